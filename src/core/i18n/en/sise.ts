import { parameter } from "../format.js";
import type { siseFr } from "../fr/sise.js";

const list = (items: readonly string[]) => items.join(", ");
const s = (count: number) => (count > 1 ? "s" : "");

/** SISE and BPBAC extracts: the checks' messages and hints, reading errors, notices, the validation report. */
export const siseEn: typeof siseFr = {
  checks: {
    age: (min, max) => `age at the rentrée (rentree − annais) outside ${min}–${max}`,
    ageHint: "correct the birth year (or the rentrée) or remove the row",
    bacYear: "bac year before age 10 or after the rentrée",
    bacYearHint: "check anbac and annais for this student; âge au bac will be unknown",
    duplicate: (what, key) => `duplicate ${what}: same ${list(key)} as another row`,
    duplicateHint:
      "keep one of the copies in the source extract (rows are kept and counted twice until then)",
    fieldCount: (fields) => `the row does not have the ${fields} fields of the header`,
    fieldCountHint:
      "check for a missing or extra delimiter, or an unquoted ',' or ';' inside a value, in this row",
    formulaLike: "the value looks like a spreadsheet formula",
    formulaLikeHint:
      "check where it comes from; it is kept as text and neutralised (prefixed with ') in exported CSV files",
    idCase: "this student id differs only by letter case from another id",
    idCaseHint: "check the pseudonymisation: ids are case-sensitive, so these count as different students",
    integer: (name, label) => `not a whole number (${name}: ${label})`,
    integerHint: "write the value as digits only (for example 2022), or remove the row",
    knownCode: (name, label, codes) => `unknown code for ${name} (${label}): not in the ${codes} code list`,
    knownCodeStrictHint: (codes) =>
      `use a code of SISE_CODE_LISTS.${codes}, or drop ${parameter("strictCodes")} to keep such rows`,
    knownCodeHint: (codes) =>
      `check the code against SISE_CODE_LISTS.${codes}; rows are kept (use ${parameter("strictCodes")} to reject them)`,
    missingValue: (name, label) => `missing value in the required column ${name} (${label})`,
    missingValueHint: "fill in the value or remove the row",
    range: (name, label, min, max, sentinels) =>
      `${name} (${label}) outside the plausible range ${min}–${max}${sentinels.length > 0 ? `, or ${sentinels.join(", ")} when missing` : ""}`,
    rangeHint: "correct the value (a typo in the year?) or remove the row",
    rentreeFile: "rentree differs from the year of the file name",
    rentreeFileHint: "check that the file holds a single rentrée and is named after it",
    resultEnrolment: "result without an enrolment of the same id_etu, rentree and etabli",
    resultEnrolmentHint:
      "check that the inscriptions file of that rentrée is in the folder and holds this student",
    session: "session is not rentree + 1",
    sessionHint: "check the rentrée of the enrolment this result belongs to",
    severalPrincipal: "several principal enrolments (inspr = O) for one student in one rentrée",
    severalPrincipalHint:
      "mark the secondary enrolments inspr = N in the source; the toolkit will keep the highest diploma",
    stableAttribute: (column) => `${column} differs between enrolments of the same student`,
    stableAttributeHint:
      "check the source of this student's records; indicators use the value of each enrolment as is",
    studentId: "the student id contains spaces or control characters",
    studentIdHint: "export the ids without padding; if the spaces are meaningful, pseudonymise the ids again",
    uai: (column) => `not a valid UAI in ${column} (7 digits and a check letter)`,
    uaiHint:
      "check the code against the UAI directory (the letter is computed from the digits); fix it or remove the row",
    valueLength: (max) => `value longer than ${max} characters`,
    valueLengthHint: "the line is probably corrupt (a missing line break or pasted text); fix or remove it",
    classType: (codes) => `unknown class type (expected one of ${list(codes)})`,
    classTypeHint:
      "recode the class type to one of TYPE_CLASSE, or add the type to the toolkit's list with its level and duration",
  },
  read: {
    missingRequired: (missing) => `required column${s(missing.length)} missing: ${list(missing)}`,
    missingRequiredHint: (count, header) =>
      `add ${count > 1 ? "them" : "it"} to the file (names are case-insensitive; the header has: ${list(header)})`,
    cannotRead: (code) => `cannot read the file (${code})`,
    cannotReadHint: "check that the file exists and is readable",
    emptyFile: (bytes) => `the file is empty (${bytes} bytes): there is no header line`,
    emptyFileHint: "export the file again with its header line, or remove it from the folder",
    cannotParseCsv: (detail) => `cannot parse the CSV file: ${detail}`,
    cannotParseCsvHint: "check that it is a text CSV file with ',' or ';' between fields",
    unreliableRows: (parsed, found) =>
      `the file could not be split into rows reliably (${parsed} rows parsed, ${found} records found)`,
    unreliableRowsHint: "check the quotes and line breaks of the file, or export it again",
    unnamedColumn: (index) => `column ${index} of the header has no name`,
    unnamedColumnHint: "name every column, or remove the trailing delimiter at the end of the header",
    columnTwice: (first, second) =>
      `the column name appears twice in the header (columns ${first} and ${second}; names are compared in lower case)`,
    columnTwiceParquet: "two columns have this name (compared in lower case)",
    renameOneHint: "rename or remove one of the two columns",
    cannotReadParquet: (detail) => `cannot read the Parquet file (${detail})`,
    cannotReadParquetHint: "the file is truncated, corrupt or not Parquet: copy or export it again",
    nestedParquet: "a column has a type that cannot be read as text (nested list or struct?)",
    nestedParquetHint: "store SISE variables as plain text or integer columns",
    unclosedQuote: "a quoted field opened on this line is never closed",
    unclosedQuoteHint:
      'look for a stray \'"\' in this row: double it ("") inside a quoted value, or remove it',
    delimiterHint: "save the file with ',' or ';' between fields and the column names on the first line",
    otherDelimiter: (tabs) =>
      `the header is separated by ${tabs ? "tabs" : "'|'"}; only ',' and ';' are supported`,
    noDelimiter: "cannot find the delimiter: the header line holds neither ',' nor ';'",
    ambiguousDelimiter: "ambiguous delimiter: the header holds both ',' and ';'",
    duplicateFiles: (problem, first, second) => `${problem} ('${first}' and '${second}')`,
    keepOneHint: "keep only one of them in the folder",
    notAFolder: "not a folder",
    cannotOpenFolder: (code) => `cannot open the folder (${code})`,
    cannotWriteRejects: (path, code) =>
      `cannot write the rejects file '${path}' (${code}); choose a writable location`,
    siseFolder: {
      duplicate: "two files hold the same source and year",
      none: "no SISE file found (expected names like inscri22.csv, inscri22.parquet, result22.csv)",
      folderHint: `give ${parameter("input")} the folder holding the inscriYY/resultYY files`,
      openHint: `check the path given to ${parameter("input")}`,
      noneHint: `put the yearly inscriYY/resultYY files in this folder, or point ${parameter("input")} at the right folder`,
    },
    bpbacFolder: {
      duplicate: "two files hold the same rentrée",
      none: "no BPBAC file found (expected names like bpbac22.csv or bpbac22.parquet)",
      folderHint: "give the folder holding the bpbacYY files",
      openHint: "check the path of the BPBAC folder",
      noneHint: "put the yearly bpbacYY files in this folder, or point at the right folder",
    },
  },
  notices: {
    encodingFallback: (byte, line) =>
      `not valid UTF-8 (first invalid byte ${byte} on line ${line}): read as Windows-1252 (Latin-1); pass ${parameter("encoding", "latin1")} or ${parameter("encoding", "utf8")} to choose explicitly`,
    bom: "UTF-8 byte-order mark found and skipped",
    emptyLines: (count) => `${count} blank line(s) skipped (they hold no row)`,
    noRows: "the file has a header but no rows",
    missingOptional: (columns) => `optional columns absent, filled with nulls: ${list(columns)}`,
    notSiseFiles: (names) => `not SISE files, ignored: ${list(names)}`,
    notBpbacFiles: (names) => `not BPBAC files, ignored: ${list(names)}`,
    typeChanges: (column, types) =>
      `column '${column}' is stored with different types across years (${list(types)}); values were checked as text and cast to the data-model type`,
    sessionDerived: "session was missing in some résultats files: set to rentree + 1",
    decimalColumn: (column, decimalComma) =>
      `extra column '${column}' read as decimal numbers${decimalComma ? " (decimal comma)" : ""}`,
  },
  progress: {
    readingFile: (name, index, count) => `reading and checking ${name} (${index} of ${count})`,
    crossChecks: "checks across files (duplicates, stable attributes, principal enrolments, id case)",
    resultChecks: "checks across files (results without an enrolment)",
  },
  report: {
    title: (input) => `SISE extract: ${input}`,
    files: (count) => `Files (${count}):`,
    csv: (delimiter, encoding, bom) => `csv '${delimiter}' ${encoding}${bom ? " with BOM" : ""}`,
    inscriptions: "Inscriptions:",
    resultats: "Résultats:   ",
    total: "Total:       ",
    accounting: (read, accepted, rejected) => `read ${read} = accepted ${accepted} + rejected ${rejected}`,
    errors: "Errors (rows rejected):",
    warnings: "Warnings (rows kept):",
    rows: (count) => `${count} row${s(count)}`,
    more: (count) => `… and ${count} more`,
    unknownCodes: "Unknown codes (value: rows):",
    unknownCode: (column, code, count, files, expected) =>
      `${column} '${code}': ${count} (${list(files)}); expected one of: ${expected}`,
    notices: "Notices:",
    ok: (warningKinds) =>
      `OK: every row accepted${warningKinds > 0 ? ` (${warningKinds} kind${s(warningKinds)} of warning to review)` : ""}.`,
    failed: (rejected, rejectsFile) =>
      `FAILED: ${rejected} row${s(rejected)} rejected; fix them in the source extract (${
        rejectsFile !== undefined
          ? `every one is listed in ${rejectsFile}`
          : `rerun with ${parameter("rejectsFile")} to list every one`
      }).`,
  },
  generator: {
    seed: (seed) => `${parameter("seed")} must be an integer, got ${String(seed)}`,
    entrants: (entrants) => `${parameter("entrants")} must be a positive integer, got ${String(entrants)}`,
    rentrees: (first, last) => `rentrées must satisfy 2000 ≤ first ≤ last ≤ 2030, got ${first}-${last}`,
    cannotCreateOut: (out, reason) => `cannot create the output folder '${out}': ${reason}`,
    outHoldsSise: (out, names) =>
      `the output folder '${out}' already holds SISE files (${list(names)}…); choose an empty folder or pass ${parameter("overwrite", true)}`,
    noInscriptions: (dir) => `no inscriYY.parquet file in '${dir}': generate the SISE extract first`,
  },
};
