import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import pl from "nodejs-polars";
import { InputError } from "../core/errors.js";
import { type ReleaseColumnType, readReleaseCsv } from "./read-release-csv.js";
import { TRACE_GRAMMAR, traceSteps } from "./trace-steps.js";

/**
 * Which release a folder holds: `"toolkit"` (written by `publish`, with `datapackage.json`) or
 * `"producer-2024"` (the Oraccle / UNIF files of April 2024: CSV files only).
 */
export type OpenDatasetLayout = "toolkit" | "producer-2024";

/**
 * A release read by {@link readOpenDataset}: typed frames, traces already in the long form.
 *
 * @example
 * const { cohorts, steps, formations, attributes } = readOpenDataset("out/open-data");
 */
export interface OpenDataset {
  /** The folder read. */
  folder: string;
  layout: OpenDatasetLayout;
  /** `cohortes.csv`: `cohorteid` (Int64), `trace`, `effectif` (Int64; 0 = masked, 1 to k − 1), `reussites` (text, null when absent or masked). */
  cohorts: pl.DataFrame;
  /** The traces in the long form (see `traceSteps`): one row per cohort × year × element, `reussites` as a count when the release is ours. */
  steps: pl.DataFrame;
  /** `formations.csv`: `formation` (the key used in traces) and its codes, as text. */
  formations: pl.DataFrame;
  /** The cohort × attribute tables by attribute (`sexe` for `cohorte_sexe.csv`, `spe`, `bac`…): `cohorteid`, the attribute column(s), `effectif`. */
  attributes: Record<string, pl.DataFrame>;
  /** Label tables by name (`libelles/sexe.csv` → `sexe`): `code`, `libelle`. Empty for the producer's release. */
  labels: Record<string, pl.DataFrame>;
  /** Every CSV read, by its path without `.csv` (`flux`, `devenir_l1`, `libelles/sexe`…). */
  tables: Record<string, pl.DataFrame>;
}

/** Columns that are not text, in every release file (a file-specific entry wins). */
const COLUMN_TYPES: Record<string, ReleaseColumnType> = {
  cohorteid: "integer",
  effectif: "integer",
  effectif_groupe: "integer",
  rentree: "integer",
  cohorte: "integer",
  annee: "integer",
  element: "integer",
  reussites: "integer",
  anbac: "integer",
  premiereins: "integer",
  derniereins: "integer",
  age_premiereins: "integer",
  taux: "number",
  taux_ic_bas: "number",
  taux_ic_haut: "number",
  "cohortes.reussites": "string",
};

const REQUIRED: Record<string, readonly string[]> = {
  cohortes: ["cohorteid", "trace", "effectif"],
  formations: ["formation"],
  attribute: ["cohorteid", "effectif"],
  libelles: ["code", "libelle"],
};

/**
 * Reads an Oraccle open-data release — ours (`publish`), or the producer's own April 2024 files
 * (`,`-separated, no `datapackage.json`) — into typed frames: `cohortes.csv`, `formations.csv`,
 * every `cohorte_<attribute>.csv`, the label tables of `libelles/`, and any other CSV (`flux`,
 * `devenir_l1`, `reussite_licence`) in `tables`. The traces are parsed once into the long form
 * (`steps`), so that a reuser joins steps to formations instead of splitting strings.
 *
 * @throws InputError naming the file, the line and what was expected: a missing folder or
 *   `cohortes.csv` / `formations.csv`, a missing column, a row with too few or too many fields, a
 *   value of the wrong type, a trace element that is not `degetu-diplom-uai`, `reussites` not
 *   aligned with its trace.
 * @example
 * const release = readOpenDataset("out/open-data");
 * release.steps.join(release.formations, { on: "formation", how: "left" });
 */
export function readOpenDataset(folder: string): OpenDataset {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new InputError("not a folder", { file: folder }, "expected the folder of an Oraccle release");
  }
  const layout: OpenDatasetLayout = existsSync(join(folder, "datapackage.json"))
    ? "toolkit"
    : "producer-2024";
  const tables: Record<string, pl.DataFrame> = {};
  for (const file of csvFiles(folder)) {
    const name = file.replace(/\.csv$/, "");
    tables[name] = readReleaseCsv(join(folder, file), file, specFor(name));
  }
  for (const required of ["cohortes", "formations"]) {
    if (!tables[required]) {
      throw new InputError(
        "file missing",
        { file: join(folder, `${required}.csv`) },
        "expected an Oraccle release: cohortes.csv, formations.csv and the cohorte_<attribut>.csv files",
      );
    }
  }
  const cohorts = tables.cohortes!.withColumns(
    ...(tables.cohortes!.columns.includes("reussites")
      ? []
      : [pl.lit(null).cast(pl.Utf8).alias("reussites")]),
  );
  checkTraces(cohorts, layout);
  const attributes: Record<string, pl.DataFrame> = {};
  const labels: Record<string, pl.DataFrame> = {};
  for (const [name, frame] of Object.entries(tables)) {
    const attribute = /^cohorte_(.+)$/.exec(name)?.[1];
    if (attribute && attribute !== "etapes") attributes[attribute] = frame;
    const label = /^libelles\/(.+)$/.exec(name)?.[1];
    if (label) labels[label] = frame;
  }
  return {
    folder,
    layout,
    cohorts,
    steps: traceSteps(cohorts, { reussites: layout === "toolkit" }),
    formations: tables.formations!,
    attributes,
    labels,
    tables,
  };
}

/** The CSV files of the folder and of its `libelles/` folder, sorted. */
function csvFiles(folder: string): string[] {
  const inFolder = (sub: string) =>
    existsSync(join(folder, sub))
      ? readdirSync(join(folder, sub))
          .filter((name) => name.toLowerCase().endsWith(".csv"))
          .map((name) => (sub === "" ? name : `${sub}/${name}`))
      : [];
  return [...inFolder(""), ...inFolder("libelles")].sort();
}

function specFor(name: string) {
  const kind = name.startsWith("libelles/")
    ? "libelles"
    : /^cohorte_/.test(name) && name !== "cohorte_etapes"
      ? "attribute"
      : name;
  const types: Record<string, ReleaseColumnType> = {};
  for (const [key, type] of Object.entries(COLUMN_TYPES)) {
    if (!key.includes(".")) types[key] = COLUMN_TYPES[`${name}.${key}`] ?? type;
  }
  return { required: REQUIRED[kind] ?? [], types };
}

/** Every trace element is `degetu-diplom-uai` (or an empty gap year); our `reussites` follow the trace. */
function checkTraces(cohorts: pl.DataFrame, layout: OpenDatasetLayout): void {
  const traces = cohorts.getColumn("trace").toArray() as (string | null)[];
  const reussites = cohorts.getColumn("reussites").toArray() as (string | null)[];
  const expected =
    "expected years joined by '+', simultaneous elements by '&', each element 'degetu-diplom-uai' ('.' for an unknown part)";
  traces.forEach((trace, row) => {
    const where = { file: "cohortes.csv", line: row + 2, column: "trace", value: trace ?? "" };
    if (trace === null) throw new InputError("empty trace", where, expected);
    const years = trace.split(TRACE_GRAMMAR.year);
    for (const element of years.flatMap((year) =>
      year === "" ? [] : year.split(TRACE_GRAMMAR.simultaneous),
    )) {
      if (!TRACE_GRAMMAR.element.test(element)) {
        throw new InputError(`element '${element}' is not 'degetu-diplom-uai'`, where, expected);
      }
    }
    const counts = reussites[row] ?? null;
    if (layout !== "toolkit" || counts === null) return;
    const shape = (text: string) =>
      text
        .split(TRACE_GRAMMAR.year)
        .map((year) => (year === "" ? 0 : year.split(TRACE_GRAMMAR.simultaneous).length))
        .join(",");
    const wellFormed = counts
      .split(/[+&]/)
      .every((part, _, parts) => /^(\d+|\.)$/.test(part) || (part === "" && parts.length > 1));
    if (!wellFormed || shape(counts) !== shape(trace)) {
      throw new InputError(
        "reussites does not follow its trace",
        { file: "cohortes.csv", line: row + 2, column: "reussites", value: counts },
        "expected one count (or '.', not communicated) per element of the trace, with the same '+' and '&'",
      );
    }
  });
}
