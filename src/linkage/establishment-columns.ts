import type { SiseColumnSpec } from "../sise/schema.js";

/**
 * The columns of an establishment extract (one row per student, academic year and étape
 * enrolment, from the establishment's own information system, Apogée or Pégase), in the order
 * `readEstablishmentExtract()` returns them — exactly docs/data-model.md (section « Extrait
 * d'établissement »), which also gives the Apogée and Pégase fields they come from. `diplom` may be
 * empty when a step → SISE-diploma correspondence table is given.
 *
 * @example
 * ESTABLISHMENT_COLUMNS.filter((c) => c.required).map((c) => c.name); // ["num_etu", "ine", "annee", "etape"]
 */
export const ESTABLISHMENT_COLUMNS: readonly SiseColumnSpec[] = [
  {
    name: "num_etu",
    dtype: "Utf8",
    required: true,
    label: "Numéro d'étudiant",
    description: "Student number in the establishment (Apogée COD_ETU, Pégase code apprenant).",
  },
  {
    name: "ine",
    dtype: "Utf8",
    required: true,
    label: "INE",
    description: "Identifiant national étudiant, 11 characters; hashed with the key into the SISE id.",
  },
  {
    name: "annee",
    dtype: "Int32",
    required: true,
    label: "Année universitaire",
    description: "Starting calendar year of the academic year (2022 = 2022-23), as SISE's rentree.",
    range: { min: 1990, max: 2040 },
  },
  {
    name: "etape",
    dtype: "Utf8",
    required: true,
    label: "Code étape",
    description: "Code of the étape (year of a diploma programme) the student enrolled in.",
  },
  {
    name: "lib_etape",
    dtype: "Utf8",
    required: false,
    label: "Libellé de l'étape",
    description: "Label of the étape.",
  },
  {
    name: "diplom",
    dtype: "Utf8",
    required: false,
    label: "Diplôme SISE",
    description: "SISE diploma code (7 characters); empty when the correspondence table gives it.",
  },
  {
    name: "niveau",
    dtype: "Utf8",
    required: false,
    label: "Année dans le diplôme",
    description: "Year within the diploma: 01, 02, 03 (as SISE's niveau).",
    codes: "niveau",
  },
  ...(["resultat_s1", "resultat_s2", "resultat_annee"] as const).map(
    (name): SiseColumnSpec => ({
      name,
      dtype: "Utf8",
      required: false,
      label: name === "resultat_annee" ? "Résultat de l'année" : `Résultat du semestre ${name.slice(-1)}`,
      description: "Result code of the étape (RESULTAT_ETAPE): ADM, ADJ, CMP, AJ, AJAC, DEF, ABI.",
    }),
  ),
  {
    name: "date_inscription",
    dtype: "Utf8",
    required: false,
    label: "Date d'inscription",
    description: "Date of the administrative enrolment, AAAA-MM-JJ (JJ/MM/AAAA is accepted and converted).",
  },
  {
    name: "date_abandon",
    dtype: "Utf8",
    required: false,
    label: "Date d'abandon",
    description: "Date the enrolment was cancelled or the student withdrew, AAAA-MM-JJ; empty otherwise.",
  },
];

/**
 * The columns of a step → SISE-diploma correspondence table (one row per étape).
 *
 * @example
 * STEP_CORRESPONDENCE_COLUMNS.map((c) => c.name); // ["etape", "diplom", "niveau"]
 */
export const STEP_CORRESPONDENCE_COLUMNS: readonly SiseColumnSpec[] = [
  { name: "etape", dtype: "Utf8", required: true, label: "Code étape", description: "Code of the étape." },
  {
    name: "diplom",
    dtype: "Utf8",
    required: true,
    label: "Diplôme SISE",
    description: "SISE diploma code the étape prepares (7 characters).",
  },
  {
    name: "niveau",
    dtype: "Utf8",
    required: false,
    label: "Année dans le diplôme",
    description: "Year within the diploma of the étape: 01, 02, 03.",
    codes: "niveau",
  },
];
