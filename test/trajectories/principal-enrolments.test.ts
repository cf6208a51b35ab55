import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { ExitCode, OraccleError } from "../../src/core/errors.js";
import { principalEnrolments } from "../../src/trajectories/principal-enrolments.js";
import { DROIT, DU, PSYCHO, twentyStudentsInscriptions, U1 } from "./twenty-students.js";

const pick = (frame: pl.DataFrame, id: string, rentree: number) =>
  frame.filter(pl.col("id_etu").eq(pl.lit(id)).and(pl.col("rentree").eq(rentree))).toRecords()[0] as
    | Record<string, unknown>
    | undefined;

describe("principalEnrolments()", () => {
  it("keeps one row per student and rentrée and says which rule decided each", () => {
    const { enrolments, decisions, rows } = principalEnrolments(twentyStudentsInscriptions());
    // 56 rows; e09 (2019, 2021), e10 (2022) and e18 (2020) have two enrolments in a year.
    expect(rows).toEqual({ input: 56, principal: 52, secondary: 4, excluded: 0 });
    expect(enrolments.height).toBe(52);
    expect(enrolments.select("id_etu", "rentree").unique().height).toBe(52);
    // Hand count: 52 cases, of which e11-2019 (single N), e09-2021 (two O, highest), e10-2022 (tie).
    expect(decisions).toEqual({ inspr: 49, only_enrolment: 1, highest_diploma: 1, tie_break: 1 });
  });

  it("keeps the enrolment flagged inspr = O when there is exactly one", () => {
    const { enrolments } = principalEnrolments(twentyStudentsInscriptions());
    expect(pick(enrolments, "e09", 2019)).toMatchObject({ diplom: DROIT, principal_rule: "inspr" });
    expect(pick(enrolments, "e18", 2020)).toMatchObject({ typ_dipl: "PJ", principal_rule: "inspr" });
  });

  it("keeps the enrolment leading to the highest diploma when several are flagged O", () => {
    const { enrolments, secondary } = principalEnrolments(twentyStudentsInscriptions());
    // Licence L3 (bac+3, year 3) beats a DU bac+3 in its first year.
    expect(pick(enrolments, "e09", 2021)).toMatchObject({
      typ_dipl: "XA",
      principal_rule: "highest_diploma",
    });
    expect(pick(secondary, "e09", 2021)).toMatchObject({ diplom: DU });
  });

  it("prefers the higher diploma over the higher year when no enrolment is flagged O", () => {
    const inscriptions = pl.DataFrame({
      rentree: pl.Series("rentree", [2022, 2022], pl.Int32),
      id_etu: ["x", "x"],
      etabli: [U1, U1],
      inspr: ["N", "N"],
      typ_dipl: ["DR", "XB"], // BUT3 (bac+3, year 3) vs M1 (bac+5, year 1)
      niveau: ["03", "01"],
      diplom: ["3000800", "4500001"],
    });
    const { enrolments, decisions } = principalEnrolments(inscriptions);
    expect(enrolments.getColumn("typ_dipl").toArray()).toEqual(["XB"]);
    expect(decisions.highest_diploma).toBe(1);
  });

  it("breaks a tie by the smallest diplom, whatever the row order", () => {
    const inscriptions = twentyStudentsInscriptions();
    const reversed = inscriptions.reverse();
    for (const frame of [inscriptions, reversed]) {
      const { enrolments } = principalEnrolments(frame);
      expect(pick(enrolments, "e10", 2022)).toMatchObject({
        diplom: PSYCHO,
        etabli: U1,
        principal_rule: "tie_break",
      });
    }
  });

  it("gives the same bytes whatever the input row order", () => {
    const a = principalEnrolments(twentyStudentsInscriptions()).enrolments.writeCSV().toString();
    const b = principalEnrolments(twentyStudentsInscriptions().reverse()).enrolments.writeCSV().toString();
    expect(b).toBe(a);
  });

  it("drops nursing enrolments with excludeNursing and reports them", () => {
    const { enrolments, excluded, rows } = principalEnrolments(twentyStudentsInscriptions(), {
      excludeNursing: true,
    });
    expect(excluded.select("id_etu", "rentree", "exclusion_reason").toRecords()).toEqual([
      { id_etu: "e18", rentree: 2020, exclusion_reason: "nursing" },
      { id_etu: "e18", rentree: 2021, exclusion_reason: "nursing" },
    ]);
    // 2020: the secondary L1 becomes the only enrolment; 2021: no enrolment left.
    expect(pick(enrolments, "e18", 2020)).toMatchObject({ typ_dipl: "XA", principal_rule: "only_enrolment" });
    expect(pick(enrolments, "e18", 2021)).toBeUndefined();
    expect(rows.input).toBe(rows.principal + rows.secondary + rows.excluded);
  });

  it("drops the university side of CPGE double enrolments with excludeCpgeDoubles", () => {
    const { enrolments, excluded } = principalEnrolments(twentyStudentsInscriptions(), {
      excludeCpgeDoubles: true,
    });
    expect(excluded.select("id_etu", "rentree", "exclusion_reason").toRecords()).toEqual([
      { id_etu: "e19", rentree: 2019, exclusion_reason: "cpge_double" },
    ]);
    expect(pick(enrolments, "e19", 2019)).toBeUndefined();
    expect(pick(enrolments, "e19", 2020)).toBeDefined();
  });

  it("keeps the input columns, in order, plus principal_rule", () => {
    const inscriptions = twentyStudentsInscriptions();
    const { enrolments } = principalEnrolments(inscriptions);
    expect(enrolments.columns).toEqual([...inscriptions.columns, "principal_rule"]);
  });

  it("names the missing column when the frame is not an inscriptions table", () => {
    const frame = pl.DataFrame({ ine: ["x"], annee: [2022] });
    expect(() => principalEnrolments(frame)).toThrow(/colonnes manquantes : « id_etu », « rentree »/);
    try {
      principalEnrolments(frame);
    } catch (error) {
      expect(error).toBeInstanceOf(OraccleError);
      expect((error as OraccleError).exitCode).toBe(ExitCode.input);
    }
  });
});
