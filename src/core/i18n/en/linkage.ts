import type { linkageFr } from "../fr/linkage.js";

const list = (items: readonly string[]) => items.join(", ");

/** Establishment extract, keyed INE hash and record linkage with SISE (src/linkage/). */
export const linkageEn: typeof linkageFr = {
  checks: {
    ineMalformed: "malformed INE: 11 alphanumeric characters expected",
    ineHint: "correct the INE in the information system; a malformed INE cannot be linked to SISE",
    badDate: "unreadable date: YYYY-MM-DD or DD/MM/YYYY expected",
    badDateHint: "correct the date or empty the cell",
    unknownResult: "unknown result code (RESULTAT_ETAPE list: ADM, ADJ, CMP, AJ, AJAC, DEF, ABI)",
    unknownResultHint: "the row is kept; check the code in the extract",
    noDiploma:
      "no SISE diploma for this step: the row has no diplom code and the correspondence table does not list the step",
    noDiplomaHint:
      "add the step to the correspondence table (etape, diplom, niveau) or the diplom code to the row",
    duplicateStep: "step listed more than once in the correspondence table",
    duplicateStepHint: "keep one row per step: which one is right is the information system's call",
    numEtuSpaces: "the student number contains spaces or control characters",
    numEtuHint: "export the numbers without padding",
  },
  errors: {
    missingColumns: (columns: readonly string[]) =>
      `required column${columns.length > 1 ? "s" : ""} missing: ${list(columns)}`,
    missingColumnsHint: (header: readonly string[]) =>
      `add it to the header (names are case-insensitive; the header has: ${list(header)})`,
    badFormat: "unknown file format: .csv or .parquet expected",
    badFormatHint: "export the extract as CSV (UTF-8 or Windows-1252, , or ; separated) or Parquet",
    idLength: (found: number, bits: number) =>
      `SISE ids have ${found} hexadecimal characters, the INE hash gives ${bits / 4}: the bits parameter must be ${found * 4}`,
    noSiseAtUai: (uai: string, first: number, last: number) =>
      `no SISE enrolment of establishment ${uai} between rentrées ${first} and ${last}: check the uai parameter and the SISE extract`,
    emptyExtract: "the establishment extract has no accepted row: nothing to link (see the rejected rows)",
  },
  report: {
    title: (uai: string, first: number, last: number) =>
      `Linkage of establishment ${uai}'s extract with SISE (rentrées ${first} to ${last})`,
    students: "Students",
    studentYears: "Enrolment years (student × year)",
    inExtract: "in the extract",
    inSise: "in SISE (this establishment)",
    matched: "matched",
    extractOnly: "of the extract with no matching SISE id (mistyped INE?)",
    siseOnly: "of SISE missing from the extract",
    rate: (percent: string) => `match rate: ${percent} % of the extract's students`,
    yearsMatched: "on both sides",
    yearsExtractOnly: "of the extract missing from SISE (not added)",
    yearsSiseOnly: "of SISE missing from the extract (missing years)",
    diplomaConflicts: "years where the extract's diploma differs from SISE (nothing attached)",
    duplicates: "Duplicates",
    duplicateRows: "duplicated rows (same number, year and step)",
    ineSeveralNumbers: "INEs carried by several student numbers",
    numberSeveralInes: "student numbers carrying several INEs",
    rows: (read: number, rejected: number, linked: number, unlinked: number) =>
      `Rows: ${read} read = ${rejected} rejected + ${linked} attached to a SISE enrolment + ${unlinked} not attached`,
    enriched: (enriched: number, total: number) =>
      `SISE enrolments of the establishment enriched (step, results, withdrawal): ${enriched} of ${total}`,
    withdrawals: (count: number) => `of which mid-year withdrawals: ${count}`,
    examples: "Examples",
  },
};
