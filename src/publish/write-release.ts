import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ExitCode, OraccleError } from "../core/errors.js";
import { writeCatalog } from "./catalog-jsonld.js";
import { type DatasetMetadata, writeDataPackage } from "./data-package.js";
import { renderDatasetReadme } from "./dataset-readme.js";
import { ficheSourceTexts } from "./fiche-source-texts.js";
import { renderPublicationReport } from "./publication-report.js";
import { releaseReport } from "./release-report.js";
import type { ReleaseContext, ReleasedTable } from "./release-table.js";
import { type ReleaseUtility, utilityJson } from "./utility/release-utility.js";
import { utilityFicheSection, utilityReportSection } from "./utility/utility-sections.js";
import { validateDataPackage } from "./validate-package.js";

/** What {@link writeRelease} writes. */
export interface ReleaseContent {
  context: ReleaseContext;
  metadata: DatasetMetadata;
  tables: readonly ReleasedTable[];
  figures: Record<string, number>;
  /** The utility report (`utilite.json`, a section of the fiche and of the report). Default: none. */
  utility?: ReleaseUtility | undefined;
}

/**
 * Writes a release into `folder` (a temporary folder of `writeAtomically`): the data package
 * (released tables only), the fiche `README.md` from its template, `disclosure-report.json`,
 * `rapport.html` and `catalog.jsonld`; then validates the package (Frictionless profiles and
 * every row against its schema).
 *
 * @throws OraccleError (check failed) when the package does not validate: nothing is written.
 * @example
 * const files = await writeAtomically(out, (folder) => writeRelease(folder, { context, metadata, tables, figures }));
 */
export async function writeRelease(folder: string, content: ReleaseContent): Promise<string[]> {
  const { context, metadata, tables } = content;
  const written = writeDataPackage(folder, metadata, tables);
  const k = context.policy.microdata.k;
  const [first, last] = [context.paths.rentrees[0]!, context.paths.rentrees.at(-1)!];
  const fiche = renderDatasetReadme({
    metadata,
    tables: tables.map((table) => ({ ...table, frame: table.released.frame })),
    values: {
      k,
      k_minus_1: k - 1,
      first_rentree: first,
      last_rentree: last,
      policy: context.policy.name,
      utility: utilityFicheSection(content.utility),
      ...ficheSourceTexts({ bpbac: context.paths.bpbac !== undefined }),
    },
    tableRules: context.policy.table.rules.map((rule) => {
      const parameters = Object.entries(rule)
        .filter(([, value]) => typeof value !== "object")
        .map(([key, value]) => `${key} = ${value}`)
        .join(", ");
      return `| Secret primaire (${rule.kind}) | ${parameters} | les cases concernées des tables de flux et d'indicateurs sont publiées vides (statut secret_primaire) |`;
    }),
    figures: content.figures,
  });
  writeFileSync(join(folder, "README.md"), fiche);
  const extra = content.utility ? [content.utility.released] : [];
  if (content.utility) {
    const json = utilityJson(content.utility, context.policy.name);
    writeFileSync(join(folder, "utilite.json"), `${JSON.stringify(json, null, 2)}\n`);
  }
  const report = releaseReport(context.policy, tables, context.reports, extra);
  writeFileSync(join(folder, "disclosure-report.json"), `${JSON.stringify(report, null, 2)}\n`);
  const sections = content.utility ? [utilityReportSection(content.utility)] : [];
  writeFileSync(
    join(folder, "rapport.html"),
    renderPublicationReport(metadata, tables, content.figures, context.breakdown, sections),
  );
  writeCatalog(folder);
  const validation = validateDataPackage(folder);
  if (!validation.valid) {
    const first = validation.problems
      .slice(0, 5)
      .map(
        (problem) =>
          `${problem.file}${problem.line ? `:${problem.line}` : ""} ${problem.field ?? ""} ${problem.message}`,
      );
    throw new OraccleError(
      `the dataset does not validate: ${first.join("; ")}; nothing was written`,
      ExitCode.checkFailed,
    );
  }
  const files = [...written.files, "README.md", "disclosure-report.json", "rapport.html", "catalog.jsonld"];
  return (content.utility ? [...files, "utilite.json"] : files).sort();
}
