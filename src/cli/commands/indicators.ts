import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../../core/errors.js";
import {
  butCohort,
  type CohortKind,
  licenceCohort,
  masterCohort,
} from "../../indicators/cohort-definition.js";
import { cohortIndicators } from "../../indicators/cohort-indicators.js";
import { cohortOutcomes } from "../../indicators/cohort-outcomes.js";
import { resolveBreakdown } from "../../indicators/cohort-strata.js";
import { followUpInput } from "../../indicators/follow-up-input.js";
import { indicatorByName } from "../../indicators/indicator-definitions.js";
import { selectCohort } from "../../indicators/select-cohort.js";
import {
  DEFAULT_VA_STRATA,
  type ValeurAjouteeResult,
  type ValeurAjouteeRow,
  valeurAjoutee,
} from "../../indicators/valeur-ajoutee.js";
import { readSise } from "../../sise/read-sise.js";
import type { Command } from "../command.js";

const USAGE = `oraccle indicators — MESR cohort indicators (passage en L2, réussite en licence…) with Wilson intervals

Usage: oraccle indicators --input DIR --cohort N --out FILE [options]

  --input DIR          SISE extract folder (inscriNN / resultNN, .parquet or .csv)
  --cohort N           rentrée of entry (e.g. 2018)
  --out FILE           CSV file to write (MESR open-data field names)
  --kind K             licence (default: néo-bacheliers in L1), master (first-time M1), but (BUT 1st year)
  --by LIST            breakdowns, comma-separated: etabli, gd_discipline, serie_bac (bac_rgrp),
                       serie_bac_group, mention_bac, age_au_bac, sexe, origine_sociale
  --etabli UAI         restrict the cohort to one establishment (repeatable)
  --all-entrants       keep every L1 entrant, not only néo-bacheliers entering for the first time
  --small N            flag groups with fewer than N students (default 30)
  --format F           wide (default: one row per group) or long (one row per group × indicator)
  --va INDICATOR       also compute the valeur ajoutée of each establishment for this indicator
                       (reference: all establishments of the extract) and write it to --va-out
  --va-out FILE        CSV file for the valeur ajoutée (required with --va)
  --strata LIST        strata of the valeur ajoutée (default gd_discipline,serie_bac,age_au_bac,sexe,mention_bac)

Indicators the cohort has not been followed long enough for are written empty ("not available").
Nothing is masked: run the disclosure gate before publishing the file.`;

/**
 * `oraccle indicators`: reads a SISE extract, follows one entry cohort and writes its indicators
 * (counts, rates, Wilson 95 % intervals, small-denominator flags) as CSV with MESR's field names.
 *
 * @example
 * // oraccle indicators --input data/sise --cohort 2018 --by etabli,bac_rgrp --out indicateurs-2018.csv
 */
export const indicatorsCommand: Command = {
  name: "indicators",
  summary: "MESR cohort indicators (passage, réussite, master, BUT) with Wilson intervals",
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        input: { type: "string" },
        cohort: { type: "string" },
        out: { type: "string" },
        kind: { type: "string", default: "licence" },
        by: { type: "string" },
        etabli: { type: "string", multiple: true },
        "all-entrants": { type: "boolean", default: false },
        small: { type: "string", default: "30" },
        format: { type: "string", default: "wide" },
        va: { type: "string" },
        "va-out": { type: "string" },
        strata: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    });
    if (!values.input || !values.cohort || !values.out) {
      throw new OraccleError(`--input, --cohort and --out are required\n\n${USAGE}`, ExitCode.usage);
    }
    const rentree = Number(values.cohort);
    if (!Number.isInteger(rentree) || rentree < 1990 || rentree > 2100) {
      throw new OraccleError(
        `--cohort must be a rentrée year such as 2018, got '${values.cohort}'`,
        ExitCode.usage,
      );
    }
    const small = Number(values.small);
    if (!Number.isInteger(small) || small < 0) {
      throw new OraccleError(`--small must be a non-negative integer, got '${values.small}'`, ExitCode.usage);
    }
    if (values.format !== "wide" && values.format !== "long") {
      throw new OraccleError(`--format must be wide or long, got '${values.format}'`, ExitCode.usage);
    }
    if (values.va !== undefined && !values["va-out"]) {
      throw new OraccleError("--va needs --va-out FILE", ExitCode.usage);
    }
    const vaIndicator =
      values.va === undefined ? undefined : usageErrors(() => indicatorByName(values.va!).name);
    const strata = values.strata
      ? usageErrors(() =>
          values
            .strata!.split(",")
            .filter((b) => b.trim() !== "")
            .map(resolveBreakdown),
        )
      : [...DEFAULT_VA_STRATA];
    const by = usageErrors(() =>
      values.by
        ? values.by
            .split(",")
            .filter((b) => b.trim() !== "")
            .map(resolveBreakdown)
        : [],
    );
    const kinds: Record<CohortKind, typeof licenceCohort> = {
      licence: licenceCohort,
      master: masterCohort,
      but: butCohort,
    };
    const make = kinds[values.kind as CohortKind];
    if (!make)
      throw new OraccleError(`--kind must be licence, master or but, got '${values.kind}'`, ExitCode.usage);
    const definition = make(rentree, {
      etabli: values.etabli,
      ...(values["all-entrants"] ? { neoBacheliers: false, firstEntry: false } : {}),
    });

    const { inscriptions, resultats } = readSise(values.input);
    const input = followUpInput(inscriptions, resultats);
    const { window } = input;
    if (rentree < window.firstRentree || rentree > window.lastInscriptionRentree) {
      throw new OraccleError(
        `cohort ${rentree} is outside the extract (rentrées ${window.firstRentree}–${window.lastInscriptionRentree})`,
        ExitCode.usage,
      );
    }
    const outcomes = cohortOutcomes(selectCohort(input.principal, definition), input);
    const table = cohortIndicators(outcomes, { by, smallDenominator: small });
    const frame = values.format === "wide" ? table.wide : longFrame(table.rows, by);
    const va =
      vaIndicator === undefined
        ? undefined
        : usageErrors(() => valeurAjoutee(outcomes, { indicator: vaIndicator, strata }));
    writeOrFail(values.out, frame);
    if (va && values["va-out"]) writeOrFail(values["va-out"], vaFrame(va));

    const cohortSize = outcomes.students.height;
    io.stdout(
      `cohort ${definition.kind} ${rentree}: ${cohortSize} students (data ${window.firstRentree}–${window.lastInscriptionRentree})\n`,
    );
    for (const row of cohortIndicators(outcomes, { smallDenominator: small }).rows) {
      const value = row.disponible
        ? `${pct(row.taux)} % [${pct(row.ic_bas)} ; ${pct(row.ic_haut)}]`
        : "not available (cohort not observed long enough)";
      io.stdout(`  ${row.indicateur.padEnd(28)} ${value}\n`);
    }
    if (!outcomes.historyObserved) {
      io.stderr(`warning: ${rentree} is the first rentrée of the extract: "first entry" cannot be checked\n`);
    }
    io.stdout(`wrote ${frame.height} rows to ${values.out}\n`);
    if (va) {
      io.stdout(
        `valeur ajoutée of ${va.indicator} (strata ${va.strata.join(" × ")}): ${va.rows.length} establishments written to ${values["va-out"]}\n`,
      );
    }
    return ExitCode.ok;
  },
};

function writeOrFail(path: string, frame: pl.DataFrame): void {
  try {
    writeFileSync(path, frame.writeCSV().toString());
  } catch (error) {
    throw new OraccleError(`cannot write ${path}: ${(error as Error).message}`, ExitCode.output, {
      cause: error,
    });
  }
}

// One row per establishment, in the order of ValeurAjouteeRow's fields.
function vaFrame(result: ValeurAjouteeResult): pl.DataFrame {
  const rows = result.rows;
  const number = (name: keyof ValeurAjouteeRow) =>
    pl.Series(
      name,
      rows.map((row) => (Number.isFinite(row[name] as number) ? (row[name] as number) : null)),
      pl.Float64,
    );
  const count = (name: keyof ValeurAjouteeRow) =>
    pl.Series(
      name,
      rows.map((row) => row[name] as number),
      pl.Int32,
    );
  return pl.DataFrame([
    pl.Series(
      "etabli",
      rows.map((row) => row.unit),
      pl.Utf8,
    ),
    pl.Series(
      "indicateur",
      rows.map(() => result.indicator),
      pl.Utf8,
    ),
    count("effectif"),
    count("effectif_standardise"),
    count("effectif_hors_reference"),
    ...(
      [
        "taux_brut",
        "observe",
        "simule",
        "va",
        "va_se",
        "va_ic_bas",
        "va_ic_haut",
        "se_reference",
        "z",
      ] as const
    ).map(number),
  ]);
}

function pct(value: number | null): string {
  return value === null ? "–" : (value * 100).toFixed(1);
}

function usageErrors<T>(f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (error instanceof RangeError) throw new OraccleError(error.message, ExitCode.usage, { cause: error });
    throw error;
  }
}

// The long table flattened for CSV: breakdown columns, then one row per indicator.
function longFrame(rows: ReturnType<typeof cohortIndicators>["rows"], by: string[]): pl.DataFrame {
  const column = <T>(name: string, values: T[], type: pl.DataType) => pl.Series(name, values, type);
  return pl.DataFrame([
    ...by.map((key) =>
      column(
        key,
        rows.map((row) => row.group[key] ?? null),
        pl.Utf8,
      ),
    ),
    column(
      "cohorte",
      rows.map((row) => row.cohorte),
      pl.Int32,
    ),
    column(
      "indicateur",
      rows.map((row) => row.indicateur),
      pl.Utf8,
    ),
    column(
      "libelle",
      rows.map((row) => row.libelle),
      pl.Utf8,
    ),
    column(
      "disponible",
      rows.map((row) => row.disponible),
      pl.Bool,
    ),
    column(
      "effectif",
      rows.map((row) => row.effectif),
      pl.Int32,
    ),
    column(
      "nombre",
      rows.map((row) => row.nombre),
      pl.Int32,
    ),
    column(
      "taux",
      rows.map((row) => row.taux),
      pl.Float64,
    ),
    column(
      "ic_bas",
      rows.map((row) => row.ic_bas),
      pl.Float64,
    ),
    column(
      "ic_haut",
      rows.map((row) => row.ic_haut),
      pl.Float64,
    ),
    column(
      "petit_effectif",
      rows.map((row) => row.petit_effectif),
      pl.Bool,
    ),
  ]);
}
