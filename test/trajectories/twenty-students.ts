import pl from "nodejs-polars";

/**
 * A hand-built extract of 20 students, rentrées 2019–2023 (first and last observed), covering
 * every principal-enrolment rule and every transition category. Each student's story is told
 * next to its rows; the expected states and transitions are written by hand in the tests.
 */

export const U1 = "0931238R"; // Sorbonne Paris Nord
export const U2 = "0941111X"; // Paris-Est Créteil

// Diplomas (7-character codes, invented): licences by groupe, a master, a BUT, a LP, PASS, médecine.
export const DROIT = "2500001"; // licence droit, groupe 1 (U1)
export const DROIT_U2 = "2500002"; // licence droit, groupe 1 (U2)
export const PSYCHO = "2500300"; // licence psychologie, groupe 3
export const PSYCHO_BIS = "2500301"; // another licence of groupe 3
export const PHYSIQUE = "2500400"; // licence physique, groupe 4
export const BIO = "2500401"; // licence biologie, groupe 4
export const MASTER_DROIT = "4500001";
export const BUT_GEII = "3000800";
export const LP_COM = "2600300";
export const PASS = "1000500";
export const MEDECINE = "6000011"; // 2nd year onwards of médecine (type "MD", unknown to the code list)
export const DU = "9000003";
export const IFSI = "2700010";

interface Row {
  id: string;
  rentree: number;
  typ: string;
  niveau: string;
  diplom: string;
  groupe: string;
  etabli?: string;
  inspr?: string;
  par_type?: string | null;
  curpar?: string | null;
  discipli?: string | null;
}

const rows: Row[] = [
  // e01 linear path: L1 → L2 → L3 (licence obtained) → M1 → M2, still enrolled at the last rentrée.
  { id: "e01", rentree: 2019, typ: "XA", niveau: "01", diplom: DROIT, groupe: "1" },
  { id: "e01", rentree: 2020, typ: "XA", niveau: "02", diplom: DROIT, groupe: "1" },
  { id: "e01", rentree: 2021, typ: "XA", niveau: "03", diplom: DROIT, groupe: "1" },
  { id: "e01", rentree: 2022, typ: "XB", niveau: "01", diplom: MASTER_DROIT, groupe: "1" },
  { id: "e01", rentree: 2023, typ: "XB", niveau: "02", diplom: MASTER_DROIT, groupe: "1" },
  // e02 enters in 2020, repeats L1, passes, repeats L2.
  { id: "e02", rentree: 2020, typ: "XA", niveau: "01", diplom: PSYCHO, groupe: "3" },
  { id: "e02", rentree: 2021, typ: "XA", niveau: "01", diplom: PSYCHO, groupe: "3" },
  { id: "e02", rentree: 2022, typ: "XA", niveau: "02", diplom: PSYCHO, groupe: "3" },
  { id: "e02", rentree: 2023, typ: "XA", niveau: "02", diplom: PSYCHO, groupe: "3" },
  // e03 L1 droit → L1 psycho (another groupe: réorientation) → L2 psycho → leaves for good.
  { id: "e03", rentree: 2020, typ: "XA", niveau: "01", diplom: DROIT, groupe: "1" },
  { id: "e03", rentree: 2021, typ: "XA", niveau: "01", diplom: PSYCHO, groupe: "3" },
  { id: "e03", rentree: 2022, typ: "XA", niveau: "02", diplom: PSYCHO, groupe: "3" },
  // e04 L1 sciences → BUT1 (réorientation to IUT) → BUT2.
  { id: "e04", rentree: 2021, typ: "XA", niveau: "01", diplom: PHYSIQUE, groupe: "4" },
  { id: "e04", rentree: 2022, typ: "DR", niveau: "01", diplom: BUT_GEII, groupe: "7" },
  { id: "e04", rentree: 2023, typ: "DR", niveau: "02", diplom: BUT_GEII, groupe: "7" },
  // e05 L1 physique → L2 biologie: another licence of the same groupe is a passage.
  { id: "e05", rentree: 2021, typ: "XA", niveau: "01", diplom: PHYSIQUE, groupe: "4" },
  { id: "e05", rentree: 2022, typ: "XA", niveau: "02", diplom: BIO, groupe: "4" },
  { id: "e05", rentree: 2023, typ: "XA", niveau: "03", diplom: BIO, groupe: "4" },
  // e06 L.AS → 2nd then 3rd year of médecine: passage by the L.AS rule.
  { id: "e06", rentree: 2021, typ: "XA", niveau: "01", diplom: PHYSIQUE, groupe: "4", par_type: "0001291" },
  { id: "e06", rentree: 2022, typ: "MD", niveau: "02", diplom: MEDECINE, groupe: "A", discipli: "11" },
  { id: "e06", rentree: 2023, typ: "MD", niveau: "03", diplom: MEDECINE, groupe: "A", discipli: "11" },
  // e07 L.AS (groupe 4) → L2 droit (groupe 1): passage for a L.AS student, then leaves.
  { id: "e07", rentree: 2021, typ: "XA", niveau: "01", diplom: PHYSIQUE, groupe: "4", par_type: "0001291" },
  { id: "e07", rentree: 2022, typ: "XA", niveau: "02", diplom: DROIT, groupe: "1" },
  // e08 L.AS → PASS: a first year of health access is a réorientation, not a passage.
  { id: "e08", rentree: 2022, typ: "XA", niveau: "01", diplom: BIO, groupe: "4", par_type: "0001291" },
  { id: "e08", rentree: 2023, typ: "CV", niveau: "01", diplom: PASS, groupe: "A", discipli: "11" },
  // e09 double enrolments: 2019 one O + one N (inspr decides); 2021 two O (highest diploma: L3 beats a DU bac+3 1st year); licence obtained in 2021, then leaves.
  { id: "e09", rentree: 2019, typ: "XA", niveau: "01", diplom: DROIT, groupe: "1", inspr: "O" },
  { id: "e09", rentree: 2019, typ: "XA", niveau: "01", diplom: PSYCHO, groupe: "3", etabli: U2, inspr: "N" },
  { id: "e09", rentree: 2020, typ: "XA", niveau: "02", diplom: DROIT, groupe: "1" },
  { id: "e09", rentree: 2021, typ: "UD", niveau: "01", diplom: DU, groupe: "1", inspr: "O" },
  { id: "e09", rentree: 2021, typ: "XA", niveau: "03", diplom: DROIT, groupe: "1", inspr: "O" },
  // e10 two enrolments flagged N at the same level: tie-break keeps the smallest diplom (U2's PSYCHO_BIS loses).
  {
    id: "e10",
    rentree: 2022,
    typ: "XA",
    niveau: "01",
    diplom: PSYCHO_BIS,
    groupe: "3",
    etabli: U2,
    inspr: "N",
  },
  { id: "e10", rentree: 2022, typ: "XA", niveau: "01", diplom: PSYCHO, groupe: "3", inspr: "N" },
  { id: "e10", rentree: 2023, typ: "XA", niveau: "02", diplom: PSYCHO, groupe: "3" },
  // e11 a single enrolment flagged N (only_enrolment), then L2.
  { id: "e11", rentree: 2019, typ: "XA", niveau: "01", diplom: BIO, groupe: "4", inspr: "N" },
  { id: "e11", rentree: 2020, typ: "XA", niveau: "02", diplom: BIO, groupe: "4" },
  // e12 transfer: L1 droit U1 → L2 droit U2 (transfert; MESR passage), L3, M1, M1 again.
  { id: "e12", rentree: 2019, typ: "XA", niveau: "01", diplom: DROIT, groupe: "1" },
  { id: "e12", rentree: 2020, typ: "XA", niveau: "02", diplom: DROIT_U2, groupe: "1", etabli: U2 },
  { id: "e12", rentree: 2021, typ: "XA", niveau: "03", diplom: DROIT_U2, groupe: "1", etabli: U2 },
  { id: "e12", rentree: 2022, typ: "XB", niveau: "01", diplom: MASTER_DROIT, groupe: "1", etabli: U2 },
  { id: "e12", rentree: 2023, typ: "XB", niveau: "01", diplom: MASTER_DROIT, groupe: "1", etabli: U2 },
  // e13 gap year: L1 2019, nothing in 2020, L1 again 2021, L2, L3.
  { id: "e13", rentree: 2019, typ: "XA", niveau: "01", diplom: PSYCHO, groupe: "3" },
  { id: "e13", rentree: 2021, typ: "XA", niveau: "01", diplom: PSYCHO, groupe: "3" },
  { id: "e13", rentree: 2022, typ: "XA", niveau: "02", diplom: PSYCHO, groupe: "3" },
  { id: "e13", rentree: 2023, typ: "XA", niveau: "03", diplom: PSYCHO, groupe: "3" },
  // e14 two-year gap, re-entry in 2022, then leaves.
  { id: "e14", rentree: 2019, typ: "XA", niveau: "01", diplom: DROIT, groupe: "1" },
  { id: "e14", rentree: 2022, typ: "XA", niveau: "01", diplom: DROIT, groupe: "1" },
  // e15 first enrolled in the last observed rentrée: an entry, then censoring (never an exit).
  { id: "e15", rentree: 2023, typ: "XA", niveau: "01", diplom: BIO, groupe: "4" },
  // e16 one year of L1 then gone.
  { id: "e16", rentree: 2019, typ: "XA", niveau: "01", diplom: PHYSIQUE, groupe: "4" },
  // e17 licence pro obtained in 2021, then leaves: diplômé then exit.
  { id: "e17", rentree: 2021, typ: "DP", niveau: "01", diplom: LP_COM, groupe: "3" },
  // e18 nursing: IFSI (inspr O) with a secondary L1; IFSI 2nd year; then leaves.
  { id: "e18", rentree: 2020, typ: "PJ", niveau: "01", diplom: IFSI, groupe: "A", inspr: "O" },
  { id: "e18", rentree: 2020, typ: "XA", niveau: "01", diplom: BIO, groupe: "4", inspr: "N" },
  { id: "e18", rentree: 2021, typ: "PJ", niveau: "02", diplom: IFSI, groupe: "A" },
  // e19 CPGE double enrolment in 2019 (curpar 02 on the university side), then L2 alone.
  { id: "e19", rentree: 2019, typ: "XA", niveau: "01", diplom: PHYSIQUE, groupe: "4", curpar: "02" },
  { id: "e19", rentree: 2020, typ: "XA", niveau: "02", diplom: PHYSIQUE, groupe: "4" },
  // e20 L1 biologie U1 → L1 physique U2: a transfer that the MESR counts as redoublement (same groupe), then leaves.
  { id: "e20", rentree: 2021, typ: "XA", niveau: "01", diplom: BIO, groupe: "4" },
  { id: "e20", rentree: 2022, typ: "XA", niveau: "01", diplom: PHYSIQUE, groupe: "4", etabli: U2 },
];

/** The inscriptions of the 20 students, in the data-model column types. */
export function twentyStudentsInscriptions(): pl.DataFrame {
  return pl.DataFrame({
    rentree: pl.Series(
      "rentree",
      rows.map((r) => r.rentree),
      pl.Int32,
    ),
    id_etu: rows.map((r) => r.id),
    etabli: rows.map((r) => r.etabli ?? U1),
    inspr: rows.map((r) => r.inspr ?? "O"),
    sexe: rows.map((r) => (Number(r.id.slice(1)) % 2 === 0 ? "2" : "1")),
    annais: pl.Series(
      "annais",
      rows.map(() => 2001),
      pl.Int32,
    ),
    anbac: pl.Series(
      "anbac",
      rows.map(() => 2019),
      pl.Int32,
    ),
    bac_rgrp: rows.map(() => "3"),
    typ_dipl: rows.map((r) => r.typ),
    diplom: rows.map((r) => r.diplom),
    niveau: rows.map((r) => r.niveau),
    discipli: rows.map((r) => r.discipli ?? null),
    groupe: rows.map((r) => r.groupe),
    par_type: pl.Series(
      "par_type",
      rows.map((r) => r.par_type ?? null),
      pl.Utf8,
    ),
    curpar: pl.Series(
      "curpar",
      rows.map((r) => r.curpar ?? null),
      pl.Utf8,
    ),
  });
}

/** Diplomas obtained (résultats `resdip = O`): e01's licence 2021, e09's licence 2021, e17's LP 2021. */
export function twentyStudentsResultats(): pl.DataFrame {
  const obtained = [
    { id: "e01", rentree: 2021, diplom: DROIT, typ: "XA", niveau: "03", resdip: "O" },
    { id: "e09", rentree: 2021, diplom: DROIT, typ: "XA", niveau: "03", resdip: "O" },
    { id: "e17", rentree: 2021, diplom: LP_COM, typ: "DP", niveau: "01", resdip: "O" },
    // A failed result must not count as a diploma.
    { id: "e03", rentree: 2022, diplom: PSYCHO, typ: "XA", niveau: "02", resdip: "N" },
  ];
  return pl.DataFrame({
    rentree: pl.Series(
      "rentree",
      obtained.map((r) => r.rentree),
      pl.Int32,
    ),
    session: pl.Series(
      "session",
      obtained.map((r) => r.rentree + 1),
      pl.Int32,
    ),
    id_etu: obtained.map((r) => r.id),
    etabli: obtained.map(() => U1),
    diplom: obtained.map((r) => r.diplom),
    typ_dipl: obtained.map((r) => r.typ),
    niveau: obtained.map((r) => r.niveau),
    resdip: obtained.map((r) => r.resdip),
    resint: obtained.map(() => "N"),
  });
}
