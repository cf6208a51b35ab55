import { ExitCode, OraccleError } from "../core/errors.js";
import { releaseMemory } from "../core/release-memory.js";
import { resolvePolicy } from "../disclosure/gate/disclosure-policy.js";
import { assertOutputFolderUsable, writeAtomically } from "./atomic-output.js";
import { countPaths, IF_GROWN } from "./count-paths.js";
import { datasetMetadata } from "./dataset-metadata.js";
import type { PublishConfig } from "./publish-config.js";
import {
  type PublishOptions,
  type PublishSummary,
  publishSummary,
  summaryFigures,
} from "./publish-summary.js";
import { createReleaseContext } from "./release-context.js";
import type { ReleaseContext, ReleasedTable, ReleaseTable } from "./release-table.js";
import { ATTRIBUTE_TABLES, RELEASE_TABLES } from "./tables/index.js";
import { releaseUtility, utilityHeadline } from "./utility/release-utility.js";
import { writeRelease } from "./write-release.js";

const DEFAULT_ATTRIBUTES = ["sexe", "anbac", "bac", "premiereins", "derniereins", "age_premiereins"];

/**
 * The working group's main job in one call: reads and validates a SISE extract (and, with
 * `bpbac`, a BPBAC extract of lycée post-bac classes, combined with it), rebuilds the
 * students' paths, builds every table of the registry (`RELEASE_TABLES`: counts, then the
 * disclosure gate), and writes a data.gouv.fr-ready open dataset in the producer's layout:
 * `cohortes.csv`, `cohorte_etapes.csv`, `formations.csv`, the `cohorte_<attribut>.csv` tables,
 * `flux.csv`, `devenir_l1.csv`, `reussite_licence.csv`, the label tables of `libelles/`, with
 * `datapackage.json`, Table Schemas, the French fiche `README.md`, `disclosure-report.json` (every
 * file with its rules and verdict), the offline `rapport.html`, `catalog.jsonld` (DCAT) and
 * `utilite.json` (what the protection changes to a reuser's figures; see `releaseUtility`).
 *
 * Atomic: everything is written in a temporary folder, validated, and moved into place only when
 * every table passed the gate. Deterministic: same input, same bytes (no clock).
 *
 * @throws OraccleError when a gate fails (exit code 1) or the output cannot be written (4);
 * InputError when the extract cannot be read (3).
 * @example
 * const summary = await publish({ input: "data/sise", out: "out/open-data", policy: "oraccle-k5" });
 */
export async function publish(options: PublishOptions): Promise<PublishSummary> {
  const step = options.progress ?? (() => {});
  const policy = resolvePolicy(options.policy ?? "oraccle-k5");
  const config = options.config ?? {};
  const overwrite = options.overwrite ?? false;
  const breakdown = config.indicatorBreakdown ?? "gd_discipline";
  // Fail fast, before minutes of work, when the output folder cannot receive the dataset.
  assertOutputFolderUsable(options.out, { overwrite });

  step("reading and validating the extract");
  const { readReport, principalRows, paths } = await countPaths({ ...options, breakdown, progress: step });
  await releaseMemory();
  const context = createReleaseContext(paths, policy, config);
  const tables = await buildTables(context, selectedTables(config), step);
  step("measuring the utility of the release");
  const utility = options.utility === false ? undefined : await releaseUtility(context);

  const totals = readReport.totals.all;
  const read = {
    rowsRead: totals.rowsRead,
    rowsAccepted: totals.rowsAccepted,
    rowsRejected: totals.rowsRejected,
  };
  const summary = {
    ...publishSummary({ options, context, read, principalRows, tables: tables.length, files: [] }),
    ...(utility ? { utility: utilityHeadline(utility) } : {}),
  };
  const metadata = datasetMetadata(config, paths.rentrees[0]!, paths.rentrees.at(-1)!, {
    bpbac: paths.bpbac !== undefined,
  });
  step("writing and validating the dataset");
  const files = await writeAtomically(
    options.out,
    (folder) =>
      writeRelease(folder, { context, metadata, tables, figures: summaryFigures(summary), utility }),
    { overwrite },
  );
  return { ...summary, files };
}

/** The registry's tables, without the attribute tables the configuration leaves out. */
function selectedTables(config: PublishConfig): ReleaseTable[] {
  const wanted = new Set(
    (config.cohortAttributes ?? DEFAULT_ATTRIBUTES).flatMap((name) => ATTRIBUTE_TABLES[name] ?? []),
  );
  const attributeTables = new Set(Object.values(ATTRIBUTE_TABLES).flat());
  return RELEASE_TABLES.filter((table) => !attributeTables.has(table.name) || wanted.has(table.name));
}

/**
 * Builds every table in order, each through the gate. When any verdict fails, throws after the
 * last table (so the error names every refused table) and nothing is written.
 */
async function buildTables(
  context: ReleaseContext,
  tables: readonly ReleaseTable[],
  step: (message: string) => void,
): Promise<ReleasedTable[]> {
  const released: ReleasedTable[] = [];
  for (const table of tables) {
    step(`building and protecting ${table.path ?? `${table.name}.csv`}`);
    const frame = await table.build(context);
    await releaseMemory(IF_GROWN);
    if (!frame) continue;
    context.released.set(table.name, frame);
    released.push({
      name: table.name,
      path: table.path ?? `${table.name}.csv`,
      title: table.title,
      description: table.description,
      fields: table.fields(context),
      ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
      released: frame,
    });
  }
  const refused = context.reports.filter((report) => !report.passed);
  if (refused.length > 0) {
    throw new OraccleError(
      `the disclosure gate refused ${refused.length} table(s): ${refused.map((report) => report.source).join(", ")}; nothing was written`,
      ExitCode.checkFailed,
    );
  }
  return released;
}
