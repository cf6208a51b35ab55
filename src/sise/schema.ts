import pl from "nodejs-polars";
import type { CodeListName } from "./code-lists.js";

/** Polars type of a SISE column after reading: codes are strings, years are 32-bit integers. */
export type SiseDtype = "Int32" | "Utf8";

/**
 * One column of the SISE data model (docs/data-model.md).
 *
 * @example
 * const spec: SiseColumnSpec = INSCRIPTION_COLUMNS.find((c) => c.name === "sexe")!;
 */
export interface SiseColumnSpec {
  /** Lower-case SISE variable name. */
  readonly name: string;
  /** Polars type after reading. */
  readonly dtype: SiseDtype;
  /**
   * Whether a file lacking the column is rejected. An optional column that is absent is added as
   * nulls (and noted in the validation report), so downstream modules always get every column.
   */
  readonly required: boolean;
  /** Code list the values must belong to, if the column is coded (`SISE_CODE_LISTS`). */
  readonly codes?: CodeListName;
  /** Inclusive plausible range of an integer column; values outside are rejected. */
  readonly range?: { readonly min: number; readonly max: number };
  /** Integer values accepted outside `range` because SISE uses them as "missing" (`anbac = -1`). */
  readonly sentinels?: readonly number[];
  /** Short French label. */
  readonly label: string;
  /** What the column holds (English). */
  readonly description: string;
}

function col(
  name: string,
  dtype: SiseDtype,
  required: boolean,
  label: string,
  description: string,
  extra: Pick<SiseColumnSpec, "codes" | "range" | "sentinels"> = {},
): SiseColumnSpec {
  return { name, dtype, required, label, description, ...extra };
}

/** Plausible rentrées: SISE starts in 1994-95; the upper bound leaves room for projections. */
const RENTREE_RANGE = { min: 1990, max: 2040 } as const;

/**
 * The columns of an inscriptions file (one row per enrolment), in the order `readSise()` returns
 * them — exactly docs/data-model.md. Extra columns of a real extract follow these.
 *
 * @example
 * INSCRIPTION_COLUMNS.filter((c) => c.required).map((c) => c.name); // ["rentree", "id_etu", …]
 */
export const INSCRIPTION_COLUMNS: readonly SiseColumnSpec[] = [
  col("rentree", "Int32", true, "Rentrée", "Starting calendar year of the academic year (2022 = 2022-23).", {
    range: RENTREE_RANGE,
  }),
  col("id_etu", "Utf8", true, "Identifiant étudiant", "Pseudonymised student id (keyed hash of the INE)."),
  col(
    "etabli",
    "Utf8",
    true,
    "Établissement (UAI)",
    "UAI of the establishment: 7 digits and a check letter.",
  ),
  col("compos", "Utf8", false, "Composante (UAI)", "UAI of the composante; may be null."),
  col("inspr", "Utf8", true, "Inscription principale", "O principal enrolment, N secondary.", {
    codes: "inspr",
  }),
  col("sexe", "Utf8", true, "Sexe", "1 homme, 2 femme.", { codes: "sexe" }),
  col("annais", "Int32", true, "Année de naissance", "Birth year.", { range: { min: 1920, max: 2030 } }),
  col("anbac", "Int32", true, "Année du bac", "Year of the bac; -1 when there is none.", {
    range: { min: 1940, max: 2040 },
    sentinels: [-1],
  }),
  col("bac_rgrp", "Utf8", true, "Série du bac", "Bac group: series before 2021, A = bac général since.", {
    codes: "bac_rgrp",
  }),
  col("bac_spe1", "Utf8", false, "Spécialité du bac 1", "First post-2021 bac speciality; null before 2021.", {
    codes: "bac_spe",
  }),
  col(
    "bac_spe2",
    "Utf8",
    false,
    "Spécialité du bac 2",
    "Second post-2021 bac speciality; null before 2021.",
    {
      codes: "bac_spe",
    },
  ),
  col("mention_bac", "Utf8", false, "Mention au bac", "Mention (matched from the bac files).", {
    codes: "mention_bac",
  }),
  col("acabac", "Utf8", false, "Académie du bac", "Académie where the bac was obtained; 00 abroad.", {
    codes: "academie",
  }),
  col("pcspar", "Utf8", false, "PCS du parent", "2-digit PCS of the parent (N_PCS); 99 missing.", {
    codes: "pcspar",
  }),
  col("nation", "Utf8", false, "Nationalité", "Nationality (G_PAYS code); 100 = France."),
  col("typ_dipl", "Utf8", true, "Type de diplôme", "SISE diploma type (XA licence, XB master, DR BUT…).", {
    codes: "typ_dipl",
  }),
  col("diplom", "Utf8", true, "Diplôme", "7-character SISE diploma code."),
  col("niveau", "Utf8", true, "Niveau", "Year within the diploma: 01, 02, 03…", { codes: "niveau" }),
  col("cursus_lmd", "Utf8", false, "Cursus LMD", "L, M or D.", { codes: "cursus_lmd" }),
  col("sectdis", "Utf8", false, "Secteur disciplinaire", "Secteur disciplinaire of the diploma.", {
    codes: "sectdis",
  }),
  col("discipli", "Utf8", false, "Discipline", "Discipline of the diploma (01…90).", { codes: "discipli" }),
  col("groupe", "Utf8", false, "Groupe disciplinaire", "Groupe disciplinaire (1…8, A, B).", {
    codes: "groupe",
  }),
  col("gd_discipline", "Utf8", false, "Grande discipline", "DSA, LLSH, SI, STAPS or SANTE.", {
    codes: "gd_discipline",
  }),
  col("regime", "Utf8", false, "Régime d'inscription", "10 formation initiale, 12 apprentissage…", {
    codes: "regime",
  }),
  col("amena", "Utf8", false, "Aménagement", "Study arrangement; 3 = césure; null = none.", {
    codes: "amena",
  }),
  col("par_type", "Utf8", false, "Type de parcours", "L.AS, L.SPS or CPES track; null = none.", {
    codes: "par_type",
  }),
  col("curpar", "Utf8", false, "Cursus parallèle", "02 marks a CPGE enrolment."),
  col("conv", "Utf8", false, "Convention", "P marks a CPGE convention enrolment."),
];

/**
 * The columns of a résultats file (one row per diploma result), in the order `readSise()`
 * returns them — exactly docs/data-model.md.
 *
 * @example
 * RESULTAT_COLUMNS.map((c) => c.name); // ["rentree", "session", "id_etu", …]
 */
export const RESULTAT_COLUMNS: readonly SiseColumnSpec[] = [
  col("rentree", "Int32", true, "Rentrée", "Rentrée of the enrolment the result belongs to.", {
    range: RENTREE_RANGE,
  }),
  col("session", "Int32", false, "Session", "Examination session: rentree + 1.", {
    range: { min: RENTREE_RANGE.min + 1, max: RENTREE_RANGE.max + 1 },
  }),
  col("id_etu", "Utf8", true, "Identifiant étudiant", "Same pseudonymised id as the inscriptions."),
  col("etabli", "Utf8", true, "Établissement (UAI)", "UAI of the establishment."),
  col("diplom", "Utf8", true, "Diplôme", "Diploma whose result is recorded."),
  col("typ_dipl", "Utf8", true, "Type de diplôme", "Type of the diploma whose result is recorded.", {
    codes: "typ_dipl",
  }),
  col("niveau", "Utf8", false, "Niveau", "Year within the diploma.", { codes: "niveau" }),
  col("resdip", "Utf8", true, "Diplôme obtenu", "O final diploma obtained, N not.", { codes: "resultat" }),
  col("resint", "Utf8", false, "Diplôme intermédiaire obtenu", "O intermediate diploma obtained, N not.", {
    codes: "resultat",
  }),
];

/**
 * The polars data type of a column spec.
 *
 * @example
 * polarsDtype(INSCRIPTION_COLUMNS[0]!); // pl.Int32
 */
export function polarsDtype(spec: SiseColumnSpec): pl.DataType {
  return spec.dtype === "Int32" ? pl.Int32 : pl.Utf8;
}
