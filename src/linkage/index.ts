/**
 * Establishment data and record linkage: an establishment's own extract (Apogée, Pégase) read and
 * validated, its INEs turned into SISE ids by the keyed hash of the pseudonymisation, matched with
 * SISE inside the secure environment before anonymisation, and SISE enrolments enriched with what
 * SISE lacks. See docs/linkage.md.
 *
 * @module
 */
export { ENRICHMENT_COLUMNS, enrichEnrolments } from "./enrich-enrolments.js";
export { ESTABLISHMENT_COLUMNS, STEP_CORRESPONDENCE_COLUMNS } from "./establishment-columns.js";
export { formatMatchReport } from "./format-match-report.js";
export { createIneHasher, type IneHasherOptions } from "./ine-hasher.js";
export { type LinkageResult, type LinkOptions, linkEstablishmentData } from "./link-establishment-data.js";
export type { MatchReport } from "./match-report.js";
export {
  type EstablishmentExtract,
  type EstablishmentReport,
  type ReadEstablishmentOptions,
  readEstablishmentExtract,
} from "./read-establishment-extract.js";
export { RESULTAT_ETAPE } from "./step-result-codes.js";
