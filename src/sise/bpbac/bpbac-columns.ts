import type { SiseColumnSpec } from "../schema.js";

/**
 * The columns of a BPBAC file (one row per enrolment in a lycée post-bac class), in the order
 * `readBpbac()` returns them — exactly docs/data-model.md (BPBAC section). Extra columns of a
 * real extract follow these.
 *
 * @example
 * BPBAC_COLUMNS.filter((c) => c.required).map((c) => c.name); // ["rentree", "id_etu", "etabli", "formation", "type_classe", "niveau"]
 */
export const BPBAC_COLUMNS: readonly SiseColumnSpec[] = [
  {
    name: "rentree",
    dtype: "Int32",
    required: true,
    label: "Rentrée",
    description: "Starting calendar year of the school year (2022 = 2022-23).",
    range: { min: 1990, max: 2040 },
  },
  {
    name: "id_etu",
    dtype: "Utf8",
    required: true,
    label: "Identifiant étudiant",
    description: "Pseudonymised student id: the same keyed hash of the INE as in SISE.",
  },
  {
    name: "etabli",
    dtype: "Utf8",
    required: true,
    label: "Lycée (UAI)",
    description: "UAI of the lycée: 7 digits and a check letter.",
  },
  {
    name: "formation",
    dtype: "Utf8",
    required: true,
    label: "Formation",
    description: "Code of the formation (BCN N_FORMATION_DIPLOME style, 8 characters).",
  },
  {
    name: "lib_formation",
    dtype: "Utf8",
    required: false,
    label: "Libellé de la formation",
    description: "Label of the formation.",
  },
  {
    name: "type_classe",
    dtype: "Utf8",
    required: true,
    label: "Type de classe",
    description: "STS, CPGE, CPES, DCG, DMA, DNMADE or DTS (TYPE_CLASSE).",
    codes: "type_classe",
  },
  {
    name: "niveau",
    dtype: "Utf8",
    required: true,
    label: "Année dans la formation",
    description: "Year within the formation: 01, 02, 03.",
    codes: "niveau",
  },
  {
    name: "statut",
    dtype: "Utf8",
    required: false,
    label: "Statut",
    description: "E élève, A apprenti, P contrat de professionnalisation, S stagiaire.",
    codes: "statut_bpbac",
  },
  {
    name: "resdip",
    dtype: "Utf8",
    required: false,
    label: "Diplôme obtenu",
    description: "O diploma obtained at the session of this year, N not; null when not known.",
    codes: "resultat",
  },
];
