import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { principalEnrolments } from "../../src/trajectories/principal-enrolments.js";
import { transitions } from "../../src/trajectories/transitions.js";
import { yearlyStates } from "../../src/trajectories/yearly-states.js";
import { twentyStudentsInscriptions, twentyStudentsResultats, U1 } from "./twenty-students.js";

function twentyStudentStates(options: Parameters<typeof yearlyStates>[2] = {}) {
  const principal = principalEnrolments(twentyStudentsInscriptions()).enrolments;
  return yearlyStates(principal, twentyStudentsResultats(), options);
}

const rowsOf = (states: pl.DataFrame, id: string, columns: string[]) =>
  states
    .filter(pl.col("id_etu").eq(pl.lit(id)))
    .select(...columns)
    .toRecords();

describe("yearlyStates()", () => {
  it("runs from the first enrolment to the last observed rentrée, telling gaps from departures", () => {
    const states = twentyStudentStates();
    expect(rowsOf(states, "e14", ["rentree", "status", "enrolled", "state", "situation"])).toEqual([
      { rentree: 2019, status: "enrolled", enrolled: true, state: "L1", situation: "SIT01" },
      { rentree: 2020, status: "gap", enrolled: false, state: "interruption", situation: "SIT13" },
      { rentree: 2021, status: "gap", enrolled: false, state: "interruption", situation: "SIT13" },
      { rentree: 2022, status: "enrolled", enrolled: true, state: "L1", situation: "SIT01" },
      { rentree: 2023, status: "left", enrolled: false, state: "sortie", situation: "SIT13" },
    ]);
  });

  it("keeps a student enrolled in the last observed rentrée enrolled (censoring is not an exit)", () => {
    const states = twentyStudentStates();
    expect(rowsOf(states, "e15", ["rentree", "status", "state"])).toEqual([
      { rentree: 2023, status: "enrolled", state: "L1" },
    ]);
  });

  it("reads diplomas from the résultats and ends a graduate's path in sortie_diplome", () => {
    const states = twentyStudentStates();
    expect(rowsOf(states, "e17", ["rentree", "diplome", "diplome_principal", "state"])).toEqual([
      { rentree: 2021, diplome: true, diplome_principal: true, state: "LP" },
      { rentree: 2022, diplome: false, diplome_principal: false, state: "sortie_diplome" },
      { rentree: 2023, diplome: false, diplome_principal: false, state: "sortie_diplome" },
    ]);
    // A failed result (resdip = N) is not a diploma.
    expect(rowsOf(states, "e03", ["rentree", "diplome"]).every((r) => r.diplome === false)).toBe(true);
  });

  it("names states at the three granularities", () => {
    const at = (granularity: "niveau" | "groupe" | "etablissement") =>
      rowsOf(twentyStudentStates({ granularity }), "e06", ["state"]).map((r) => r.state);
    expect(at("niveau")).toEqual(["LAS1", "MD2", "MD3"]);
    expect(at("groupe")).toEqual(["LAS1 G4", "MD2 GA", "MD3 GA"]);
    expect(at("etablissement")).toEqual([`LAS1 G4 ${U1}`, `MD2 GA ${U1}`, `MD3 GA ${U1}`]);
  });

  it("gives the MESR situations of licence, master, IUT, LP, santé and CPGE enrolments", () => {
    const states = twentyStudentStates().filter(pl.col("enrolled"));
    const situationOf = (id: string, rentree: number) =>
      states
        .filter(pl.col("id_etu").eq(pl.lit(id)).and(pl.col("rentree").eq(rentree)))
        .getColumn("situation")
        .get(0);
    expect(situationOf("e01", 2021)).toBe("SIT03"); // L3
    expect(situationOf("e01", 2023)).toBe("SIT05"); // M2
    expect(situationOf("e04", 2022)).toBe("SIT08"); // BUT → IUT
    expect(situationOf("e17", 2021)).toBe("SIT09"); // LP
    expect(situationOf("e08", 2023)).toBe("SIT10"); // PASS → cursus santé
    expect(situationOf("e06", 2022)).toBe("SIT10"); // médecine
    expect(situationOf("e19", 2019)).toBe("SIT07"); // curpar 02 → CPGE
  });

  it("stops at lastRentree and adds years up to it", () => {
    const cut = twentyStudentStates({ lastRentree: 2021 });
    expect(Number(cut.getColumn("rentree").max())).toBe(2021);
    // e03 is enrolled in 2021 and, seen from 2021, has not left.
    expect(rowsOf(cut, "e03", ["rentree", "status"]).at(-1)).toEqual({ rentree: 2021, status: "enrolled" });
    const longer = twentyStudentStates({ lastRentree: 2024 });
    expect(rowsOf(longer, "e01", ["rentree", "status"]).at(-1)).toEqual({ rentree: 2024, status: "left" });
  });

  it("has one row per student and year between first enrolment and the last rentrée", () => {
    const states = twentyStudentStates();
    // Σ over the 20 students of (2023 − first rentrée + 1), first rentrées counted by hand.
    const firsts = [
      2019, 2020, 2020, 2021, 2021, 2021, 2021, 2022, 2019, 2022, 2019, 2019, 2019, 2019, 2023, 2019, 2021,
      2020, 2019, 2021,
    ];
    expect(states.height).toBe(firsts.reduce((sum, first) => sum + 2023 - first + 1, 0));
  });

  it("refuses raw inscriptions with several rows per student and year", () => {
    expect(() => yearlyStates(twentyStudentsInscriptions(), twentyStudentsResultats())).toThrow(
      /4 rows repeat a student and rentrée; pass principalEnrolments/,
    );
  });

  it("carries only the principal columns named in `columns`, with the same states", () => {
    const all = twentyStudentStates();
    const narrow = twentyStudentStates({ columns: ["sexe", "typ_dipl"] });
    expect(narrow.columns.slice(10)).toEqual(["sexe", "typ_dipl"]);
    expect(narrow.select(...all.columns.slice(0, 10), "sexe", "typ_dipl").toRecords()).toEqual(
      all.select(...all.columns.slice(0, 10), "sexe", "typ_dipl").toRecords(),
    );
    expect(all.columns).toContain("anbac");
  });

  it("stops each path one year after the last enrolment with untilFirstExit, same transitions()", () => {
    const all = twentyStudentStates();
    const short = twentyStudentStates({ untilFirstExit: true });
    expect(short.height).toBeLessThan(all.height);
    const lastOf = (states: pl.DataFrame) =>
      states.groupBy("id_etu").agg(
        pl.col("status").sortBy("rentree").last().alias("last"),
        pl
          .col("status")
          .filter(pl.col("status").eq(pl.lit("left")))
          .count()
          .alias("left"),
      );
    expect(
      lastOf(all)
        .toRecords()
        .some((row) => Number(row.left) > 1),
    ).toBe(true);
    for (const row of lastOf(short).toRecords()) expect(Number(row.left)).toBeLessThanOrEqual(1);
    expect(transitions(short).toRecords()).toEqual(transitions(all).toRecords());
  });

  it("returns the rows sorted by id_etu then rentree, whatever the input order", () => {
    const principal = principalEnrolments(twentyStudentsInscriptions()).enrolments;
    const shuffled = principal.sample({ n: principal.height, seed: 7, shuffle: true });
    const states = yearlyStates(shuffled, twentyStudentsResultats());
    expect(states.select("id_etu", "rentree").toRecords()).toEqual(
      states.sort(["id_etu", "rentree"]).select("id_etu", "rentree").toRecords(),
    );
    expect(states.toRecords()).toEqual(twentyStudentStates().toRecords());
  });
});
