import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ExitCode, OraccleError } from "../core/errors.js";
import { validateDataPackage } from "../publish/validate-package.js";

/** How many package problems the refusal message lists before "…". */
const SHOWN_PROBLEMS = 5;

/**
 * The refusal rules of the consultation service: it serves a **published** release only. The
 * folder must hold a `datapackage.json` that validates (descriptor, Table Schemas, every CSV
 * against its schema) and a `disclosure-report.json` whose verdict is `passed`, with no table
 * failing. A microdata folder (SISE files) has neither and is refused. Throws an
 * {@link OraccleError} (exit code 1, or 3 when the folder is missing) with a French message.
 *
 * @example
 * checkReleaseFolder("out/open-data"); // throws when the release is not servable
 */
export function checkReleaseFolder(folder: string): void {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new OraccleError(
      `le dossier '${folder}' n'existe pas. Publiez d'abord le jeu de données (npm start ou oraccle publish).`,
      ExitCode.input,
    );
  }
  if (!existsSync(join(folder, "datapackage.json"))) {
    throw refusal(
      folder,
      "il ne contient pas de datapackage.json : ce n'est pas un jeu de données publié (le service ne sert jamais de microdonnées)",
    );
  }
  const validation = validateDataPackage(folder);
  if (!validation.valid) {
    const listed = validation.problems
      .slice(0, SHOWN_PROBLEMS)
      .map(
        (p) => `  - ${p.file}${p.line ? `:${p.line}` : ""}${p.field ? ` (${p.field})` : ""} : ${p.message}`,
      );
    const more = validation.problems.length > SHOWN_PROBLEMS ? ["  - …"] : [];
    throw refusal(
      folder,
      `le paquet de données ne se valide pas (${validation.problems.length} problème(s)) :\n${[...listed, ...more].join("\n")}`,
    );
  }
  checkDisclosureReport(folder);
}

function checkDisclosureReport(folder: string): void {
  const path = join(folder, "disclosure-report.json");
  if (!existsSync(path)) {
    throw refusal(folder, "le rapport de la barrière de diffusion (disclosure-report.json) est absent");
  }
  let report: { passed?: unknown; tables?: { passed?: unknown; source?: unknown }[] };
  try {
    report = JSON.parse(readFileSync(path, "utf8")) as typeof report;
  } catch {
    throw refusal(folder, "le rapport disclosure-report.json n'est pas un JSON lisible");
  }
  if (report.passed !== true) {
    throw refusal(folder, "le rapport de la barrière de diffusion ne donne pas un verdict « passed »");
  }
  const failing = (report.tables ?? []).filter((table) => table.passed !== true);
  if (failing.length > 0) {
    const names = failing.map((table) => String(table.source ?? "?")).join(", ");
    throw refusal(folder, `des tables échouent à la barrière de diffusion : ${names}`);
  }
}

function refusal(folder: string, reason: string): OraccleError {
  return new OraccleError(`le service refuse de démarrer sur '${folder}' : ${reason}.`, ExitCode.checkFailed);
}
