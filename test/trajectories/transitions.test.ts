import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { principalEnrolments } from "../../src/trajectories/principal-enrolments.js";
import { censure, passage, TransitionRuleError } from "../../src/trajectories/rules/index.js";
import { transitions } from "../../src/trajectories/transitions.js";
import { yearlyStates } from "../../src/trajectories/yearly-states.js";
import { twentyStudentsInscriptions, twentyStudentsResultats } from "./twenty-students.js";

type Expected = [
  id: string,
  rentree: number,
  state: string,
  next: string | null,
  transition: string,
  devenir: string | null,
];

// Written by hand from the definitions (docs/definitions.md §1 and the rule files), one line per move.
// Rentrées observed: 2019 (first) … 2023 (last).
const EXPECTED: Expected[] = [
  // e01 linear; L3 → M1 is a final year (devenir null); M2 in 2023 is censored, not an exit.
  ["e01", 2019, "L1", "L2", "passage", "passage"],
  ["e01", 2020, "L2", "L3", "passage", "passage"],
  ["e01", 2021, "L3", "M1", "passage", null],
  ["e01", 2022, "M1", "M2", "passage", "passage"],
  ["e01", 2023, "M2", null, "censure", null],
  // e02 enters in 2020 (entry row in 2019), repeats L1 then L2.
  ["e02", 2019, "entree", "L1", "entree", null],
  ["e02", 2020, "L1", "L1", "redoublement", "redoublement"],
  ["e02", 2021, "L1", "L2", "passage", "passage"],
  ["e02", 2022, "L2", "L2", "redoublement", "redoublement"],
  ["e02", 2023, "L2", null, "censure", null],
  // e03 L1 of another groupe = réorientation; leaves after L2 (not enrolled in 2023).
  ["e03", 2019, "entree", "L1", "entree", null],
  ["e03", 2020, "L1", "L1", "reorientation", "reorientation"],
  ["e03", 2021, "L1", "L2", "passage", "passage"],
  ["e03", 2022, "L2", "sortie", "sortie", "sortie"],
  // e04 L1 → BUT1 is a réorientation.
  ["e04", 2020, "entree", "L1", "entree", null],
  ["e04", 2021, "L1", "BUT1", "reorientation", "reorientation"],
  ["e04", 2022, "BUT1", "BUT2", "passage", "passage"],
  ["e04", 2023, "BUT2", null, "censure", null],
  // e05 L2 of another licence of the same groupe = passage.
  ["e05", 2020, "entree", "L1", "entree", null],
  ["e05", 2021, "L1", "L2", "passage", "passage"],
  ["e05", 2022, "L2", "L3", "passage", "passage"],
  ["e05", 2023, "L3", null, "censure", null],
  // e06 L.AS → 2nd year of médecine = passage (L.AS rule); médecine's type is unknown to the code list: no devenir.
  ["e06", 2020, "entree", "LAS1", "entree", null],
  ["e06", 2021, "LAS1", "MD2", "passage", "passage"],
  ["e06", 2022, "MD2", "MD3", "passage", null],
  ["e06", 2023, "MD3", null, "censure", null],
  // e07 L.AS → L2 of another groupe = passage for a L.AS student.
  ["e07", 2020, "entree", "LAS1", "entree", null],
  ["e07", 2021, "LAS1", "L2", "passage", "passage"],
  ["e07", 2022, "L2", "sortie", "sortie", "sortie"],
  // e08 L.AS → PASS = réorientation (PASS is not a 2nd year of health studies).
  ["e08", 2021, "entree", "LAS1", "entree", null],
  ["e08", 2022, "LAS1", "PASS", "reorientation", "reorientation"],
  ["e08", 2023, "PASS", null, "censure", null],
  // e09 double enrolments resolved to the licence; licence obtained in 2021, then gone: diplômé then exit.
  ["e09", 2019, "L1", "L2", "passage", "passage"],
  ["e09", 2020, "L2", "L3", "passage", "passage"],
  ["e09", 2021, "L3", "sortie_diplome", "diplome_sortie", null],
  // e10 tie-break keeps the U1 licence.
  ["e10", 2021, "entree", "L1", "entree", null],
  ["e10", 2022, "L1", "L2", "passage", "passage"],
  ["e10", 2023, "L2", null, "censure", null],
  // e11
  ["e11", 2019, "L1", "L2", "passage", "passage"],
  ["e11", 2020, "L2", "sortie", "sortie", "sortie"],
  // e12 transfer U1 → U2: transition transfert, MESR passage; M1 repeated = redoublement.
  ["e12", 2019, "L1", "L2", "transfert", "passage"],
  ["e12", 2020, "L2", "L3", "passage", "passage"],
  ["e12", 2021, "L3", "M1", "passage", null],
  ["e12", 2022, "M1", "M1", "redoublement", "redoublement"],
  ["e12", 2023, "M1", null, "censure", null],
  // e13 gap year: MESR sortie in 1 year, toolkit interruption, then reprise.
  ["e13", 2019, "L1", "interruption", "interruption", "sortie"],
  ["e13", 2020, "interruption", "L1", "reprise", null],
  ["e13", 2021, "L1", "L2", "passage", "passage"],
  ["e13", 2022, "L2", "L3", "passage", "passage"],
  ["e13", 2023, "L3", null, "censure", null],
  // e14 two gap years, re-entry, then gone.
  ["e14", 2019, "L1", "interruption", "interruption", "sortie"],
  ["e14", 2020, "interruption", "interruption", "absence", null],
  ["e14", 2021, "interruption", "L1", "reprise", null],
  ["e14", 2022, "L1", "sortie", "sortie", "sortie"],
  // e15 enters in the last observed rentrée: censored, never an exit.
  ["e15", 2022, "entree", "L1", "entree", null],
  ["e15", 2023, "L1", null, "censure", null],
  // e16
  ["e16", 2019, "L1", "sortie", "sortie", "sortie"],
  // e17 licence pro (one-year diploma: no devenir) obtained, then gone.
  ["e17", 2020, "entree", "LP", "entree", null],
  ["e17", 2021, "LP", "sortie_diplome", "diplome_sortie", null],
  // e18 nursing kept by default (inspr = O).
  ["e18", 2019, "entree", "IFSI1", "entree", null],
  ["e18", 2020, "IFSI1", "IFSI2", "passage", "passage"],
  ["e18", 2021, "IFSI2", "sortie", "sortie", "sortie"],
  // e19 CPGE double kept by default.
  ["e19", 2019, "L1", "L2", "passage", "passage"],
  ["e19", 2020, "L2", "sortie", "sortie", "sortie"],
  // e20 transfer that the MESR counts as redoublement (L1 again, same groupe).
  ["e20", 2020, "entree", "L1", "entree", null],
  ["e20", 2021, "L1", "L1", "transfert", "redoublement"],
  ["e20", 2022, "L1", "sortie", "sortie", "sortie"],
];

function twentyStudentMoves(): pl.DataFrame {
  const principal = principalEnrolments(twentyStudentsInscriptions()).enrolments;
  return transitions(yearlyStates(principal, twentyStudentsResultats()));
}

describe("transitions()", () => {
  it("gives exactly the hand-written states, transitions and devenirs of the 20 students", () => {
    const moves = twentyStudentMoves();
    const actual = (moves.toRecords() as Record<string, unknown>[]).map((r) => [
      r.id_etu,
      r.rentree,
      r.state,
      r.next_state,
      r.transition,
      r.devenir,
    ]);
    expect(actual).toEqual(EXPECTED);
  });

  it("uses every transition category and every MESR devenir at least once in the 20 students", () => {
    const moves = twentyStudentMoves();
    expect(new Set(moves.getColumn("transition").toArray())).toEqual(
      new Set([
        "censure",
        "entree",
        "reprise",
        "absence",
        "diplome_sortie",
        "sortie",
        "interruption",
        "transfert",
        "passage",
        "redoublement",
        "reorientation",
      ]),
    );
    expect(new Set(moves.getColumn("devenir").toArray())).toEqual(
      new Set([null, "passage", "redoublement", "reorientation", "sortie"]),
    );
  });

  it("classes a student who changes groupe as réorientation", () => {
    const moves = twentyStudentMoves().filter(
      pl.col("id_etu").eq(pl.lit("e03")).and(pl.col("rentree").eq(2020)),
    );
    expect(moves.getColumn("next_groupe").get(0)).toBe("3");
    expect(moves.getColumn("devenir").get(0)).toBe("reorientation");
  });

  it("never gives a devenir nor an exit to a student enrolled in the last observed rentrée", () => {
    const last = twentyStudentMoves().filter(pl.col("rentree").eq(2023));
    expect(last.height).toBe(10);
    expect(last.getColumn("transition").toArray()).toEqual(Array(10).fill("censure"));
    expect(last.getColumn("devenir").nullCount()).toBe(10);
  });

  it("flags the change of establishment next to the MESR devenir", () => {
    const moves = twentyStudentMoves().filter(pl.col("changement_etablissement"));
    expect(moves.select("id_etu", "rentree", "devenir").toRecords()).toEqual([
      { id_etu: "e12", rentree: 2019, devenir: "passage" },
      { id_etu: "e20", rentree: 2021, devenir: "redoublement" },
    ]);
  });

  it("counts entries only after the first observed rentrée, or after the one given in options", () => {
    const principal = principalEnrolments(twentyStudentsInscriptions()).enrolments;
    const states = yearlyStates(principal, twentyStudentsResultats());
    const entriesFrom = (moves: pl.DataFrame) =>
      moves.filter(pl.col("transition").eq(pl.lit("entree"))).height;
    expect(entriesFrom(transitions(states))).toBe(12);
    // Declaring 2018 as the first observed rentrée turns the 2019 students into entrants too.
    expect(entriesFrom(transitions(states, { firstRentree: 2018 }))).toBe(12 + 8);
  });

  it("rejects a rule list naming the same rule twice", () => {
    const principal = principalEnrolments(twentyStudentsInscriptions()).enrolments;
    const states = yearlyStates(principal, twentyStudentsResultats());
    expect(() => transitions(states, { rules: [censure, passage, passage] })).toThrow(TransitionRuleError);
  });

  it("returns only the columns named in `columns`, in that order, with the same rows", () => {
    const states = yearlyStates(
      principalEnrolments(twentyStudentsInscriptions()).enrolments,
      twentyStudentsResultats(),
    );
    const all = transitions(states);
    const some = transitions(states, { columns: ["devenir", "id_etu", "next_situation"] });
    expect(some.columns).toEqual(["devenir", "id_etu", "next_situation"]);
    expect(some.toRecords()).toEqual(all.select("devenir", "id_etu", "next_situation").toRecords());
  });
});
