import type pl from "nodejs-polars";
import { currentLanguage, type Language } from "../core/i18n/language.js";
import { messages } from "../core/i18n/messages.js";
import { LOCATION_COLUMNS } from "./cast-to-schema-exprs.js";
import { duplicateCheck } from "./checks/duplicate-check.js";
import { idCaseCheck } from "./checks/id-case-check.js";
import { resultEnrolmentCheck, withEnrolmentFlag } from "./checks/result-enrolment-check.js";
import { severalPrincipalCheck } from "./checks/several-principal-check.js";
import { stableAttributeCheck } from "./checks/stable-attribute-check.js";
import { evaluateChecks, type PreparedChecks, prepareChecks } from "./evaluate-checks.js";
import type { SiseSource } from "./list-sise-files.js";
import type { ValidationIssue } from "./validation-report.js";

// Built once per language: the checks carry their messages.
const CROSS_CHECKS = new Map<Language, Record<SiseSource, PreparedChecks[]>>();

const ORPHAN_CHECK = new Map<Language, PreparedChecks>();

function orphanCheck(): PreparedChecks {
  const language = currentLanguage();
  let prepared = ORPHAN_CHECK.get(language);
  if (prepared === undefined) {
    prepared = prepareChecks([resultEnrolmentCheck()]);
    ORPHAN_CHECK.set(language, prepared);
  }
  return prepared;
}

/**
 * The checks across rows and files that do not depend on the data (built once per language).
 *
 * @example
 * for (const prepared of crossChecks().inscriptions) evaluateChecks(inscriptions, prepared, "inscriptions", 5);
 */
export function crossChecks(): Record<SiseSource, PreparedChecks[]> {
  const language = currentLanguage();
  const built = CROSS_CHECKS.get(language);
  if (built !== undefined) return built;
  const checks = {
    inscriptions: [
      duplicateCheck("enrolment"),
      stableAttributeCheck("sexe"),
      stableAttributeCheck("annais"),
      severalPrincipalCheck(),
      idCaseCheck(),
    ].map((check) => prepareChecks([check])),
    resultats: [duplicateCheck("result"), idCaseCheck()].map((check) => prepareChecks([check])),
  };
  CROSS_CHECKS.set(language, checks);
  return checks;
}

/** Columns the checks across rows and files read: kept until they ran, whatever `columns` asks. */
const CROSS_CHECK_COLUMNS = [
  "id_etu",
  "rentree",
  "session",
  "diplom",
  "etabli",
  "sexe",
  "annais",
  "inspr",
  ...LOCATION_COLUMNS,
];

/**
 * Whether a column is kept in the accepted frames when `columns` asks for `wanted`: the wanted ones
 * and those the checks across rows and files read.
 *
 * @example
 * keepColumn("id_etu", ["sexe"]); // true: the cross-file checks read it
 */
export function keepColumn(column: string, wanted: readonly string[]): boolean {
  return wanted.includes(column) || CROSS_CHECK_COLUMNS.includes(column);
}

/**
 * Runs the checks across rows and files on the accepted rows and adds their problems to `issues`
 * (reported, never fixed), pausing after each rule so that its memory can be given back.
 *
 * @example
 * yield* runCrossChecks(inscriptions, resultats, issues, 5, progress);
 */
export function* runCrossChecks(
  inscriptions: pl.DataFrame,
  resultats: pl.DataFrame,
  issues: ValidationIssue[],
  maxExamples: number,
  progress: (step: string) => void,
): Generator<void, void> {
  progress(messages().sise.progress.crossChecks);
  // One rule at a time, memory released in between: each window over 30 M rows (national scale)
  // needs gigabytes of group indices, which must not all be alive at once.
  for (const [source, frame] of [
    ["inscriptions", inscriptions],
    ["resultats", resultats],
  ] as const) {
    for (const prepared of crossChecks()[source]) {
      issues.push(...evaluateChecks(frame, prepared, source, maxExamples).issues);
      yield;
    }
  }
  progress(messages().sise.progress.resultChecks);
  const orphanResults = evaluateChecks(
    withEnrolmentFlag(resultats, inscriptions),
    orphanCheck(),
    "resultats",
    maxExamples,
  );
  issues.push(...orphanResults.issues);
  yield;
}
