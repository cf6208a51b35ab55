import pl from "nodejs-polars";

const P13 = "0931238R"; // Sorbonne Paris Nord
const UPEC = "0941111X"; // Paris-Est Créteil

// [étudiant, rentrée, établissement, inspr, typ_dipl, niveau, diplom, groupe, par_type]
type Ligne = [string, number, string, string, string, string, string, string, string | null];
const LIGNES: readonly Ligne[] = [
  ["ines", 2019, P13, "O", "XA", "01", "2500001", "1", null], // licence de droit…
  ["ines", 2020, P13, "O", "XA", "02", "2500001", "1", null],
  ["ines", 2021, P13, "O", "XA", "03", "2500001", "1", null], // … obtenue en 2021 …
  ["ines", 2022, P13, "O", "XB", "01", "4500001", "1", null], // … puis master de droit
  ["ines", 2023, P13, "O", "XB", "02", "4500001", "1", null],
  ["yanis", 2019, P13, "O", "XA", "01", "2500300", "3", null], // psychologie, une année blanche en 2020
  ["yanis", 2021, P13, "O", "XA", "01", "2500300", "3", null],
  ["yanis", 2022, P13, "O", "XA", "02", "2500300", "3", null],
  ["yanis", 2023, P13, "O", "XA", "02", "2500300", "3", null],
  ["lea", 2020, P13, "O", "XA", "01", "2500400", "4", "0001291"], // L.AS en sciences…
  ["lea", 2021, P13, "O", "XA", "02", "2500001", "1", null], // … puis L2 de droit
  ["lea", 2022, P13, "O", "XA", "03", "2500001", "1", null],
  ["mathis", 2019, UPEC, "O", "XA", "01", "2500200", "2", null], // double inscription en 2019 :
  ["mathis", 2019, UPEC, "N", "UB", "01", "9000002", "2", null], // licence d'économie + diplôme d'université
  ["mathis", 2020, UPEC, "O", "DR", "01", "3000800", "8", null], // puis BUT
  ["mathis", 2021, UPEC, "O", "DR", "02", "3000800", "8", null],
  ["mathis", 2022, UPEC, "O", "DR", "03", "3000800", "8", null],
  ["mathis", 2023, UPEC, "O", "XB", "01", "4500200", "2", null],
  ["sarah", 2021, P13, "O", "XA", "01", "2500001", "1", null], // droit à Paris 13…
  ["sarah", 2022, UPEC, "O", "XA", "02", "2500002", "1", null], // … puis à Créteil
  ["sarah", 2023, UPEC, "O", "XA", "03", "2500002", "1", null],
  ["noah", 2022, P13, "O", "DP", "01", "2600300", "3", null], // licence professionnelle, obtenue
];

/**
 * Six imaginary but plausible students observed from rentrée 2019 to 2023 (Inès, Yanis, Léa,
 * Mathis, Sarah, Noah): 22 enrolment rows with a gap year, an L.AS, a double enrolment, a change
 * of establishment and a licence professionnelle, and two results — the worked example of
 * notebook 04, in the SISE columns the trajectories functions read.
 *
 * @example
 * const { inscriptions, resultats } = sixEtudiants();
 * principalEnrolments(inscriptions).rows; // 21 principal + 1 secondary
 */
export function sixEtudiants(): { inscriptions: pl.DataFrame; resultats: pl.DataFrame } {
  const inscriptions = pl.DataFrame({
    rentree: pl.Series(
      "rentree",
      LIGNES.map((l) => l[1]),
      pl.Int32,
    ),
    id_etu: LIGNES.map((l) => l[0]),
    etabli: LIGNES.map((l) => l[2]),
    inspr: LIGNES.map((l) => l[3]),
    sexe: LIGNES.map((l) => (["ines", "lea", "sarah"].includes(l[0]) ? "2" : "1")),
    annais: pl.Series(
      "annais",
      LIGNES.map(() => 2001),
      pl.Int32,
    ),
    anbac: pl.Series(
      "anbac",
      LIGNES.map((l) => (l[0] === "sarah" ? 2021 : 2019)),
      pl.Int32,
    ),
    bac_rgrp: LIGNES.map(() => "A"),
    typ_dipl: LIGNES.map((l) => l[4]),
    niveau: LIGNES.map((l) => l[5]),
    diplom: LIGNES.map((l) => l[6]),
    groupe: LIGNES.map((l) => l[7]),
    par_type: pl.Series(
      "par_type",
      LIGNES.map((l) => l[8]),
      pl.Utf8,
    ),
  });
  // Inès obtient sa licence à la session 2022 (rentrée 2021), Noah sa licence pro.
  const resultats = pl.DataFrame({
    rentree: pl.Series("rentree", [2021, 2022], pl.Int32),
    session: pl.Series("session", [2022, 2023], pl.Int32),
    id_etu: ["ines", "noah"],
    etabli: [P13, P13],
    diplom: ["2500001", "2600300"],
    typ_dipl: ["XA", "DP"],
    niveau: ["03", "01"],
    resdip: ["O", "O"],
    resint: ["N", "N"],
  });
  return { inscriptions, resultats };
}
