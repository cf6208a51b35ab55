import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { principalEnrolments } from "../../src/trajectories/principal-enrolments.js";
import { traces } from "../../src/trajectories/traces.js";
import { transitions } from "../../src/trajectories/transitions.js";
import { yearlyStates } from "../../src/trajectories/yearly-states.js";
import { twentyStudentsInscriptions, twentyStudentsResultats } from "./twenty-students.js";

/** The frame with its text columns as Categorical, as `readSise(dir, { compact: true })` returns them. */
function compact(frame: pl.DataFrame): pl.DataFrame {
  return frame.withColumns(
    ...frame.columns
      .filter((name) => frame.getColumn(name).dtype.variant === "String")
      .map((name) => pl.col(name).cast(pl.Categorical)),
  );
}

/** Rows as records with every categorical column read back as text, to compare both forms. */
function asText(frame: pl.DataFrame): Record<string, unknown>[] {
  return frame
    .withColumns(
      ...frame.columns
        .filter((name) => frame.getColumn(name).dtype.variant === "Categorical")
        .map((name) => pl.col(name).cast(pl.Utf8)),
    )
    .toRecords();
}

describe("trajectory stages on compact (Categorical) input", () => {
  const textPrincipal = principalEnrolments(twentyStudentsInscriptions(), { excludeCpgeDoubles: true });
  const compactPrincipal = principalEnrolments(compact(twentyStudentsInscriptions()), {
    excludeCpgeDoubles: true,
  });

  it("principalEnrolments() chooses the same enrolments with the same rules", () => {
    expect(compactPrincipal.enrolments.getColumn("id_etu").dtype.equals(pl.Categorical)).toBe(true);
    expect(asText(compactPrincipal.enrolments)).toEqual(asText(textPrincipal.enrolments));
    expect(compactPrincipal.decisions).toEqual(textPrincipal.decisions);
    expect(compactPrincipal.rows).toEqual(textPrincipal.rows);
  });

  it("yearlyStates() and transitions() give the same states, levels and devenir", () => {
    const textStates = yearlyStates(textPrincipal.enrolments, twentyStudentsResultats());
    const compactStates = yearlyStates(compactPrincipal.enrolments, compact(twentyStudentsResultats()));
    expect(asText(compactStates)).toEqual(asText(textStates));
    expect(asText(transitions(compactStates))).toEqual(asText(transitions(textStates)));
  });

  it("traces() writes the same traces (niveau read as a number, not as a category code)", () => {
    const textTraces = traces(textPrincipal.enrolments);
    expect(asText(traces(compactPrincipal.enrolments))).toEqual(asText(textTraces));
    expect(
      textTraces
        .getColumn("trace")
        .toArray()
        .some((trace) => String(trace).startsWith("1-")),
    ).toBe(true);
  });
});
