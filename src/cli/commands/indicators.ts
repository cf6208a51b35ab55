import pl from "nodejs-polars";
import { ExitCode } from "../../core/errors.js";
import { messages } from "../../core/i18n/messages.js";
import {
  butCohort,
  type CohortKind,
  licenceCohort,
  masterCohort,
} from "../../indicators/cohort-definition.js";
import { cohortIndicators } from "../../indicators/cohort-indicators.js";
import { cohortOutcomes } from "../../indicators/cohort-outcomes.js";
import { followUpInput } from "../../indicators/follow-up-input.js";
import { indicatorByName } from "../../indicators/indicators.js";
import { selectCohort } from "../../indicators/select-cohort.js";
import {
  DEFAULT_VA_STRATA,
  type ValeurAjouteeResult,
  type ValeurAjouteeRow,
  valeurAjoutee,
} from "../../indicators/valeur-ajoutee.js";
import { resolveBreakdown } from "../../indicators/with-cohort-strata.js";
import { writeFileAtomically } from "../../publish/atomic-output.js";
import { defineCommand } from "../command.js";
import { bpbacFolder, inputFolder, outFile } from "../options.js";
import { choiceOption, integerOption, listOption, usageError } from "../parse-option.js";
import { readExtract } from "../read-extract.js";

const KINDS: Record<CohortKind, typeof licenceCohort> = {
  licence: licenceCohort,
  master: masterCohort,
  but: butCohort,
};

type IndicatorsOptions = {
  input: string;
  bpbac?: string;
  cohort: string;
  out: string;
  kind: string;
  by?: string;
  etabli?: string[];
  allEntrants: boolean;
  small: string;
  format: string;
  va?: string;
  vaOut?: string;
  strata?: string;
};

/**
 * `oraccle indicators`: reads a SISE extract (with `--bpbac`, combined with a BPBAC extract, so
 * that a move to a BTS or a CPGE is a réorientation, not a sortie), follows one entry cohort and writes its indicators
 * (counts, rates, Wilson 95 % intervals, small-denominator flags) as CSV with MESR's field names.
 *
 * @example
 * // oraccle indicators --input data/sise --cohort 2018 --by etabli,bac_rgrp --out indicateurs-2018.csv
 */
export const indicatorsCommand = defineCommand<IndicatorsOptions>({
  name: "indicators",
  options: [
    inputFolder,
    bpbacFolder,
    { name: "cohort", value: "year", required: true },
    outFile,
    { name: "kind", value: "name", default: "licence" },
    { name: "by", value: "list" },
    { name: "etabli", value: "uai", multiple: true },
    { name: "all-entrants", default: false },
    { name: "small", value: "n", default: "30" },
    { name: "format", value: "format", default: "wide" },
    { name: "va", value: "indicator" },
    { name: "va-out", value: "file" },
    { name: "strata", value: "list" },
  ],
  async action(options, io) {
    const text = messages().cli.indicators;
    const rentree = integerOption("--cohort", options.cohort, { min: 1990, max: 2100 });
    const small = integerOption("--small", options.small, { min: 0 });
    const format = choiceOption("--format", options.format, ["wide", "long"] as const);
    if (options.va !== undefined && !options.vaOut) throw usageError(text.vaNeedsOut);
    const vaIndicator = options.va === undefined ? undefined : indicatorByName(options.va).name;
    const breakdowns = (flag: string, raw: string) => listOption(flag, raw).map(resolveBreakdown);
    const strata = options.strata ? breakdowns("--strata", options.strata) : [...DEFAULT_VA_STRATA];
    const by = options.by ? breakdowns("--by", options.by) : [];
    const kind = choiceOption("--kind", options.kind, Object.keys(KINDS) as CohortKind[]);
    const definition = KINDS[kind](rentree, {
      etabli: options.etabli,
      ...(options.allEntrants ? { neoBacheliers: false, firstEntry: false } : {}),
    });

    const { inscriptions, resultats } = readExtract(options.input, options.bpbac, io);
    const input = followUpInput(inscriptions, resultats);
    const { window } = input;
    if (rentree < window.firstRentree || rentree > window.lastInscriptionRentree) {
      throw usageError(text.outsideExtract(rentree, window.firstRentree, window.lastInscriptionRentree));
    }
    const outcomes = cohortOutcomes(selectCohort(input.principal, definition), input);
    const table = cohortIndicators(outcomes, { by, smallDenominator: small });
    const frame = format === "wide" ? table.wide : longFrame(table.rows, by);
    const va =
      vaIndicator === undefined ? undefined : valeurAjoutee(outcomes, { indicator: vaIndicator, strata });
    writeFileAtomically(options.out, frame.writeCSV().toString());
    if (va && options.vaOut) writeFileAtomically(options.vaOut, vaFrame(va).writeCSV().toString());

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
    io.stdout(`wrote ${frame.height} rows to ${options.out}\n`);
    if (va) {
      io.stdout(
        `valeur ajoutée of ${va.indicator} (strata ${va.strata.join(" × ")}): ${va.rows.length} establishments written to ${options.vaOut}\n`,
      );
    }
    return ExitCode.ok;
  },
});

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
