import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { principalEnrolments } from "../../src/trajectories/principal-enrolments.js";
import { traces } from "../../src/trajectories/traces.js";
import {
  DROIT,
  DU,
  MEDECINE,
  PHYSIQUE,
  PSYCHO,
  twentyStudentsInscriptions,
  U1,
  U2,
} from "./twenty-students.js";

const traceOf = (frame: pl.DataFrame, id: string) =>
  frame
    .filter(pl.col("id_etu").eq(pl.lit(id)))
    .getColumn("trace")
    .get(0) as string;

describe("traces()", () => {
  it("joins years with + and writes each element as level-diplom-uai", () => {
    const t = traces(principalEnrolments(twentyStudentsInscriptions()).enrolments);
    // L1 (bac+1), L2, L3 of the licence, then M1 (bac+4) and M2 (bac+5) of the master.
    expect(traceOf(t, "e01")).toBe(
      `1-${DROIT}-${U1}+2-${DROIT}-${U1}+3-${DROIT}-${U1}+4-4500001-${U1}+5-4500001-${U1}`,
    );
    // LP is bac+3 in its only year.
    expect(traceOf(t, "e17")).toBe(`3-2600300-${U1}`);
    // A diploma type unknown to the code list has an unknown level ".".
    expect(traceOf(t, "e06")).toBe(`1-${PHYSIQUE}-${U1}+.-${MEDECINE}-${U1}+.-${MEDECINE}-${U1}`);
  });

  it("keeps a gap year as an empty year, so the trace keeps its timing", () => {
    const t = traces(principalEnrolments(twentyStudentsInscriptions()).enrolments);
    expect(traceOf(t, "e14")).toBe(`1-${DROIT}-${U1}+++1-${DROIT}-${U1}`);
    expect(t.filter(pl.col("id_etu").eq(pl.lit("e14"))).toRecords()[0]).toMatchObject({
      first_rentree: 2019,
      last_rentree: 2022,
      n_enrolled_years: 2,
      n_gap_years: 2,
    });
    expect(traceOf(t, "e14").split("+")).toHaveLength(2022 - 2019 + 1);
  });

  it("writes gap years with a chosen token, or drops them", () => {
    const principal = principalEnrolments(twentyStudentsInscriptions()).enrolments;
    expect(traceOf(traces(principal, { gapElement: "0-ABSENT-0" }), "e13").split("+")[1]).toBe("0-ABSENT-0");
    expect(traceOf(traces(principal, { gapElement: null }), "e14")).toBe(`1-${DROIT}-${U1}+1-${DROIT}-${U1}`);
  });

  it("joins simultaneous enrolments with &, the inspr = O one first", () => {
    const t = traces(twentyStudentsInscriptions());
    // 2019: licence droit (O) at U1 and psycho (N) at U2; 2021: two O, in text order.
    expect(traceOf(t, "e09")).toBe(
      `1-${DROIT}-${U1}&1-${PSYCHO}-${U2}+2-${DROIT}-${U1}+1-${DU}-${U1}&3-${DROIT}-${U1}`,
    );
  });

  it("uses degetu when the frame has it", () => {
    const frame = pl.DataFrame({
      rentree: pl.Series("rentree", [2020], pl.Int32),
      id_etu: ["x"],
      etabli: [U1],
      typ_dipl: ["ZZ"],
      niveau: ["01"],
      diplom: ["4000017"],
      degetu: ["17"],
    });
    expect(traceOf(traces(frame), "x")).toBe(`17-4000017-${U1}`);
  });
});
