import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { licenceCohort } from "../../src/indicators/cohort-definition.js";
import { followUpInput } from "../../src/indicators/follow-up-input.js";
import { selectCohort } from "../../src/indicators/select-cohort.js";
import { combineSources } from "../../src/trajectories/combine-sources.js";
import { principalEnrolments } from "../../src/trajectories/principal-enrolments.js";

/**
 * A micro cohort of L1 néo-bacheliers 2022, followed to 2023, told student by student. The
 * expected devenirs are written by hand from the MESR definitions (docs/definitions.md §1).
 */
const U = "0931238R";
const LYCEE = "0750001U";
const LICENCE = "2500300"; // licence of groupe 3
const BUT = "3000800";
const BTS = "32031213";
const CPGE = "30000001";

interface Sise {
  id: string;
  rentree: number;
  typ: string;
  niveau: string;
  diplom: string;
  curpar?: string;
}
const sise: Sise[] = [
  // s1: L1 → L2 of the same licence: passage.
  { id: "s1", rentree: 2022, typ: "XA", niveau: "01", diplom: LICENCE },
  { id: "s1", rentree: 2023, typ: "XA", niveau: "02", diplom: LICENCE },
  // s2: L1 again: redoublement.
  { id: "s2", rentree: 2022, typ: "XA", niveau: "01", diplom: LICENCE },
  { id: "s2", rentree: 2023, typ: "XA", niveau: "01", diplom: LICENCE },
  // s3: L1 → a BTS in a lycée (BPBAC only): sortie for SISE alone, réorientation with BPBAC.
  { id: "s3", rentree: 2022, typ: "XA", niveau: "01", diplom: LICENCE },
  // s4: L1 → nowhere: sortie either way.
  { id: "s4", rentree: 2022, typ: "XA", niveau: "01", diplom: LICENCE },
  // s5: L1 → a CPGE in a lycée: sortie / réorientation.
  { id: "s5", rentree: 2022, typ: "XA", niveau: "01", diplom: LICENCE },
  // s6: L1 → BUT 1: réorientation either way.
  { id: "s6", rentree: 2022, typ: "XA", niveau: "01", diplom: LICENCE },
  { id: "s6", rentree: 2023, typ: "DR", niveau: "01", diplom: BUT },
  // s7: L1 and a BTS the same year (the licence, bac+3, is principal), then the BTS alone.
  { id: "s7", rentree: 2022, typ: "XA", niveau: "01", diplom: LICENCE },
  // s8: CPGE + licence double (university side curpar = 02): excluded from the cohort either way.
  { id: "s8", rentree: 2022, typ: "XA", niveau: "01", diplom: LICENCE, curpar: "02" },
  // s9: L2 and a BTS in 2023: the licence (bac+3) is principal, passage either way.
  { id: "s9", rentree: 2022, typ: "XA", niveau: "01", diplom: LICENCE },
  { id: "s9", rentree: 2023, typ: "XA", niveau: "02", diplom: LICENCE },
];
const bpbacRows = [
  { id: "s3", rentree: 2023, type: "STS", niveau: "01", formation: BTS },
  { id: "s5", rentree: 2023, type: "CPGE", niveau: "01", formation: CPGE },
  { id: "s7", rentree: 2022, type: "STS", niveau: "01", formation: BTS },
  { id: "s7", rentree: 2023, type: "STS", niveau: "02", formation: BTS },
  { id: "s8", rentree: 2022, type: "CPGE", niveau: "01", formation: CPGE },
  { id: "s9", rentree: 2023, type: "STS", niveau: "01", formation: BTS },
];

const inscriptions = pl.DataFrame({
  rentree: pl.Series(
    "rentree",
    sise.map((r) => r.rentree),
    pl.Int32,
  ),
  id_etu: sise.map((r) => r.id),
  etabli: sise.map(() => U),
  inspr: sise.map(() => "O"),
  sexe: sise.map(() => "2"),
  anbac: pl.Series(
    "anbac",
    sise.map(() => 2022),
    pl.Int32,
  ),
  typ_dipl: sise.map((r) => r.typ),
  diplom: sise.map((r) => r.diplom),
  niveau: sise.map((r) => r.niveau),
  groupe: sise.map((r) => (r.typ === "XA" ? "3" : "8")),
  par_type: pl.Series(
    "par_type",
    sise.map(() => null),
    pl.Utf8,
  ),
  curpar: sise.map((r) => r.curpar ?? null),
  conv: pl.Series(
    "conv",
    sise.map(() => null),
    pl.Utf8,
  ),
});
const resultats = pl.DataFrame({
  rentree: pl.Series("rentree", [], pl.Int32),
  session: pl.Series("session", [], pl.Int32),
  id_etu: pl.Series("id_etu", [], pl.Utf8),
  etabli: pl.Series("etabli", [], pl.Utf8),
  diplom: pl.Series("diplom", [], pl.Utf8),
  typ_dipl: pl.Series("typ_dipl", [], pl.Utf8),
  niveau: pl.Series("niveau", [], pl.Utf8),
  resdip: pl.Series("resdip", [], pl.Utf8),
});
const bpbac = pl.DataFrame({
  rentree: pl.Series(
    "rentree",
    bpbacRows.map((r) => r.rentree),
    pl.Int32,
  ),
  id_etu: bpbacRows.map((r) => r.id),
  etabli: bpbacRows.map(() => LYCEE),
  formation: bpbacRows.map((r) => r.formation),
  type_classe: bpbacRows.map((r) => r.type),
  niveau: bpbacRows.map((r) => r.niveau),
  statut: bpbacRows.map(() => "E"),
  resdip: bpbacRows.map((r) => (r.id === "s7" && r.rentree === 2023 ? "O" : null)),
});

/** Devenir en 1 an of the L1 néo-bacheliers 2022, by student. */
function devenirs(ins: pl.DataFrame, res: pl.DataFrame): Record<string, string> {
  const input = followUpInput(ins, res);
  const cohort = selectCohort(input.principal, licenceCohort(2022));
  const rows = cohort.students
    .select("id_etu")
    .join(input.transitions.filter(pl.col("rentree").eq(2022)).select("id_etu", "devenir"), {
      on: "id_etu",
      how: "left",
    })
    .sort("id_etu")
    .toRecords();
  return Object.fromEntries(rows.map((r) => [String(r.id_etu), String(r.devenir)]));
}

function counts(byStudent: Record<string, string>): Record<string, number> {
  const out: Record<string, number> = { passage: 0, redoublement: 0, reorientation: 0, sortie: 0 };
  for (const d of Object.values(byStudent)) out[d] = (out[d] ?? 0) + 1;
  return out;
}

describe("combineSources() and the MESR devenir", () => {
  it("SISE alone: BTS and CPGE leavers are sorties (2 passages, 1 redoublement, 1 réorientation, 4 sorties)", () => {
    const byStudent = devenirs(inscriptions, resultats);
    expect(Object.keys(byStudent)).toEqual(["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s9"]);
    expect(counts(byStudent)).toEqual({ passage: 2, redoublement: 1, reorientation: 1, sortie: 4 });
  });

  it("SISE + BPBAC: the same cohort, BTS and CPGE moves become réorientations (2, 1, 4, 1)", () => {
    const both = combineSources({ inscriptions, resultats }, bpbac);
    const byStudent = devenirs(both.inscriptions, both.resultats);
    expect(Object.keys(byStudent)).toEqual(["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s9"]);
    expect(byStudent).toMatchObject({ s3: "reorientation", s5: "reorientation", s7: "reorientation" });
    expect(byStudent).toMatchObject({ s4: "sortie", s9: "passage" });
    expect(counts(byStudent)).toEqual({ passage: 2, redoublement: 1, reorientation: 4, sortie: 1 });
  });

  it("puts BPBAC rows in the SISE columns with source, situations STS/CPGE and results", () => {
    const both = combineSources({ inscriptions, resultats }, bpbac);
    expect(both.inscriptions.height).toBe(inscriptions.height + bpbac.height);
    const lycee = both.inscriptions.filter(pl.col("source").eq(pl.lit("bpbac")));
    expect(lycee.getColumn("typ_dipl").toArray()).toEqual(bpbacRows.map((r) => r.type));
    expect(
      lycee
        .getColumn("regime")
        .toArray()
        .every((r) => r === "10"),
    ).toBe(true);
    // SISE attributes copied onto the lycée rows of known students.
    expect(
      lycee
        .getColumn("anbac")
        .toArray()
        .every((a) => a === 2022),
    ).toBe(true);
    expect(both.resultats.select("id_etu", "session", "typ_dipl", "resdip").toRecords()).toEqual([
      { id_etu: "s7", session: 2024, typ_dipl: "STS", resdip: "O" },
    ]);
    const input = followUpInput(both.inscriptions, both.resultats);
    const situation2023 = Object.fromEntries(
      input.transitions
        .filter(
          pl
            .col("rentree")
            .eq(2022)
            .and(pl.col("id_etu").isIn(["s3", "s5", "s4"])),
        )
        .select("id_etu", "next_situation")
        .toRecords()
        .map((r) => [r.id_etu, r.next_situation]),
    );
    expect(situation2023).toEqual({ s3: "SIT06", s4: "SIT13", s5: "SIT07" });
  });

  it("chooses the principal enrolment across sources: highest diploma, CPGE doubles excluded", () => {
    const both = combineSources({ inscriptions, resultats }, bpbac);
    const { enrolments, decisions } = principalEnrolments(both.inscriptions, { excludeCpgeDoubles: true });
    const chosen = (id: string, rentree: number) =>
      enrolments
        .filter(pl.col("id_etu").eq(pl.lit(id)).and(pl.col("rentree").eq(rentree)))
        .select("source", "typ_dipl", "principal_rule")
        .toRecords()[0];
    expect(chosen("s7", 2022)).toEqual({ source: "sise", typ_dipl: "XA", principal_rule: "highest_diploma" });
    expect(chosen("s9", 2023)).toEqual({ source: "sise", typ_dipl: "XA", principal_rule: "highest_diploma" });
    expect(chosen("s8", 2022)).toEqual({ source: "bpbac", typ_dipl: "CPGE", principal_rule: "inspr" });
    expect(decisions.highest_diploma).toBe(2);
  });
});
