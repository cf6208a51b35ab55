import fc from "fast-check";
import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { flows } from "../../src/trajectories/flows.js";
import { principalEnrolments } from "../../src/trajectories/principal-enrolments.js";
import { PSEUDO_STATES } from "../../src/trajectories/pseudo-states.js";
import { transitions } from "../../src/trajectories/transitions.js";
import { yearlyStates } from "../../src/trajectories/yearly-states.js";
import { twentyStudentsInscriptions, twentyStudentsResultats } from "./twenty-students.js";

const PSEUDO = new Set<string>(Object.values(PSEUDO_STATES));

interface Enrolment {
  id: number;
  rentree: number;
  typ: string;
  niveau: string;
  groupe: string;
  etabli: string;
  inspr: string;
}

const enrolment = fc.record({
  id: fc.integer({ min: 1, max: 12 }),
  rentree: fc.integer({ min: 2018, max: 2022 }),
  typ: fc.constantFrom("XA", "XB", "DR", "DP", "CV", "ZZ"),
  niveau: fc.constantFrom("01", "02", "03", "XX"),
  groupe: fc.constantFrom("1", "3", "4", "A"),
  etabli: fc.constantFrom("0931238R", "0941111X"),
  inspr: fc.constantFrom("O", "N"),
});

function frameOf(rows: Enrolment[]): pl.DataFrame {
  return pl.DataFrame({
    rentree: pl.Series(
      "rentree",
      rows.map((r) => r.rentree),
      pl.Int32,
    ),
    id_etu: rows.map((r) => `s${r.id}`),
    etabli: rows.map((r) => r.etabli),
    inspr: rows.map((r) => r.inspr),
    typ_dipl: rows.map((r) => r.typ),
    diplom: rows.map((r) => `${r.typ}${r.groupe}`),
    niveau: rows.map((r) => r.niveau),
    groupe: rows.map((r) => r.groupe),
  });
}

const noResults = () =>
  pl.DataFrame({
    rentree: pl.Series("rentree", [], pl.Int32),
    id_etu: pl.Series("id_etu", [], pl.Utf8),
    diplom: pl.Series("diplom", [], pl.Utf8),
    resdip: pl.Series("resdip", [], pl.Utf8),
  });

/** Sum of `n` per year, for flows leaving (or reaching) formation states, i.e. not pseudo-states. */
function perYear(f: pl.DataFrame, side: "from" | "to"): Map<number, number> {
  const out = new Map<number, number>();
  for (const row of f.toRecords() as Record<string, unknown>[]) {
    if (PSEUDO.has(String(row[`${side}_state`]))) continue;
    const year = Number(row[`${side}_rentree`]);
    out.set(year, (out.get(year) ?? 0) + Number(row.n));
  }
  return out;
}

describe("flows()", () => {
  it("conserves students: outflows of year t = principal enrolments of year t (property)", () => {
    fc.assert(
      fc.property(fc.array(enrolment, { minLength: 1, maxLength: 40 }), (rows) => {
        const principal = principalEnrolments(frameOf(rows)).enrolments;
        const f = flows(transitions(yearlyStates(principal, noResults())));
        const counts = new Map<number, number>();
        for (const year of principal.getColumn("rentree").toArray() as number[]) {
          counts.set(year, (counts.get(year) ?? 0) + 1);
        }
        const last = Math.max(...counts.keys());
        const out = perYear(f, "from");
        const into = perYear(f, "to");
        for (let year = Math.min(...counts.keys()); year <= last; year++) {
          // The last observed year has no outflow (censored); every earlier one sends all its students on.
          expect(out.get(year) ?? 0).toBe(year < last ? (counts.get(year) ?? 0) : 0);
          // And every enrolled student of a later year arrives from somewhere (state, gap or entry).
          if (year > Math.min(...counts.keys())) expect(into.get(year) ?? 0).toBe(counts.get(year) ?? 0);
        }
      }),
      { numRuns: 30 },
    );
  });

  it("counts the 20 students' moves between consecutive years, with shares of each node", () => {
    const principal = principalEnrolments(twentyStudentsInscriptions()).enrolments;
    const f = flows(transitions(yearlyStates(principal, twentyStudentsResultats())));
    expect(f.columns).toEqual(["from_rentree", "to_rentree", "from_state", "to_state", "n", "pct"]);
    // 2019: e01 e09 e11 e12 e19 pass to L2; e13 e14 interrupt; e16 leaves (8 students in L1).
    expect(
      f
        .filter(
          pl
            .col("from_rentree")
            .eq(2019)
            .and(pl.col("from_state").eq(pl.lit("L1"))),
        )
        .toRecords(),
    ).toEqual([
      { from_rentree: 2019, to_rentree: 2020, from_state: "L1", to_state: "L2", n: 5, pct: 62.5 },
      { from_rentree: 2019, to_rentree: 2020, from_state: "L1", to_state: "interruption", n: 2, pct: 25 },
      { from_rentree: 2019, to_rentree: 2020, from_state: "L1", to_state: "sortie", n: 1, pct: 12.5 },
    ]);
    // No flow leaves the last observed rentrée.
    expect(f.filter(pl.col("from_rentree").eq(2023)).height).toBe(0);
  });
});
