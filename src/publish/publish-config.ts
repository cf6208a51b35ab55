import { readFileSync } from "node:fs";
import { ExitCode, OraccleError } from "../core/errors.js";
import type { DatasetMetadata } from "./data-package.js";

/** Settings of a publication, usually read from `--config FILE` (JSON). Every field is optional. */
export interface PublishConfig {
  /** Dataset metadata overriding the defaults (title, description, version, `created` date…). */
  metadata?: Partial<DatasetMetadata>;
  /**
   * Cohort × attribute tables to publish, by attribute. Default: sexe, anbac, bac (writes
   * `cohorte_bac.csv` and `cohorte_spe.csv`), premiereins, derniereins, age_premiereins.
   */
  cohortAttributes?: string[];
  /** Breakdown of the indicator tables. Default `"gd_discipline"`. */
  indicatorBreakdown?: string;
}

/**
 * Reads a publication configuration file (JSON).
 *
 * @throws OraccleError (usage) when the file cannot be read or is not JSON.
 * @example
 * const config = readPublishConfig("publication.json");
 */
export function readPublishConfig(path: string): PublishConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new OraccleError(`configuration file '${path}' cannot be read`, ExitCode.usage);
  }
  try {
    return JSON.parse(text) as PublishConfig;
  } catch (error) {
    throw new OraccleError(
      `configuration file '${path}' is not valid JSON: ${(error as Error).message}`,
      ExitCode.usage,
    );
  }
}
