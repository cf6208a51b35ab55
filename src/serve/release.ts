import type pl from "nodejs-polars";

/**
 * What the consultation service needs from a published release: its tables as polars frames,
 * read once. Built by {@link openRelease} from a release folder; tests build it from inline data.
 *
 * @example
 * const release: Release = { folder: "out/open-data", title: "Parcours…", k: 5, frames };
 */
export interface Release {
  /** Folder the release was read from (shown on the "à propos" page). */
  folder: string;
  /** Dataset title, from `datapackage.json`. */
  title: string;
  /** Dataset description, from `datapackage.json` (may be empty). */
  description: string;
  /** Masking threshold: a cohort under k students is published as `effectif = 0`. Default 5. */
  k: number;
  /** A short fingerprint of the release's files, used in ETags (changes when any file changes). */
  fingerprint: string;
  /** The tables. */
  frames: ReleaseFrames;
}

/**
 * The release's tables. Codes stay as published; labels are joined by the service.
 *
 * @example
 * frames.cohorts.columns; // ["cohorteid", "trace", "effectif"]
 */
export interface ReleaseFrames {
  /** `cohorteid`, `trace` (Utf8), `effectif` (integer, 0 = masked). */
  cohorts: pl.DataFrame;
  /**
   * The traces in long form, as `readOpenDataset` reads them (the columns of `cohorte_etapes.csv`):
   * `cohorteid`, `annee` (1-based rank of the year in the trace), `element` (1 = the principal
   * enrolment of the year), `formation` (the element's key). A year without enrolment has no row:
   * its rank is missing, and the service reads the gap from it.
   */
  steps: pl.DataFrame;
  /** `formation` (the key used in traces) and its codes: typ_dipl, diplom, discipli, etabli… */
  formations: pl.DataFrame;
  /**
   * Cohort attribute tables by attribute name (`sexe`, `bac`, `spe`…): `cohorteid`, one or more
   * value columns, `effectif` (0 = masked cohort or erased value).
   */
  attributes: Record<string, pl.DataFrame>;
  /** Indicator and flow tables by name (`devenir_l1`, `reussite_licence`, `flux`), as published. */
  indicators: Record<string, pl.DataFrame>;
  /** Code → label, by code list (`typ_dipl`, `discipli`, `etabli`, `sexe`…), from the release. */
  labels: Record<string, Record<string, string>>;
}
