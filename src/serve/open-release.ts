import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type pl from "nodejs-polars";
import { type OpenDataset, readOpenDataset } from "../publish/read-open-dataset.js";
import { checkReleaseFolder } from "./check-release-folder.js";
import { knownLabels } from "./known-labels.js";
import type { Release, ReleaseFrames } from "./release.js";

interface PackageDescriptor {
  title?: string;
  description?: string;
  resources?: { path: string }[];
}

/**
 * Opens a published release for the consultation service: applies the refusal rules
 * ({@link checkReleaseFolder}), then reads it once with the release reader `readOpenDataset`
 * (typed frames, traces in the long form of `cohorte_etapes`) and fingerprints its files for ETags.
 *
 * @param folder a folder written by `oraccle publish` (or a release in the same layout)
 * @example
 * const release = openRelease("out/open-data");
 */
export function openRelease(folder: string): Release {
  checkReleaseFolder(folder);
  const descriptorText = readFileSync(join(folder, "datapackage.json"), "utf8");
  const descriptor = JSON.parse(descriptorText) as PackageDescriptor;
  const hash = createHash("sha256").update(descriptorText);
  for (const resource of descriptor.resources ?? []) hash.update(readFileSync(join(folder, resource.path)));
  return {
    folder,
    title: descriptor.title ?? folder,
    description: descriptor.description ?? "",
    k: 5,
    fingerprint: hash.digest("hex").slice(0, 16),
    frames: framesOf(readOpenDataset(folder)),
  };
}

/**
 * The service's frames from the reader's: the indicator and flow tables are the other tables
 * with an `effectif` column; the release's own labels win over the toolkit's code lists.
 */
function framesOf(dataset: OpenDataset): ReleaseFrames {
  const indicators: Record<string, pl.DataFrame> = {};
  for (const [name, frame] of Object.entries(dataset.tables)) {
    const isCohortTable = name === "cohortes" || name.startsWith("cohorte_") || name.startsWith("libelles/");
    if (!isCohortTable && frame.columns.includes("effectif")) indicators[name] = frame;
  }
  const published: Record<string, Record<string, string>> = {};
  for (const [list, frame] of Object.entries(dataset.labels)) {
    const texts = frame.getColumn("libelle").toArray() as unknown[];
    const codes = frame.getColumn("code").toArray() as unknown[];
    published[list] = Object.fromEntries(
      codes.map((code, row) => [String(code), String(texts[row] ?? code)]),
    );
  }
  return {
    cohorts: dataset.cohorts,
    steps: dataset.steps,
    formations: dataset.formations,
    attributes: dataset.attributes,
    indicators,
    labels: knownLabels(published),
  };
}
