import pl from "nodejs-polars";
import { ExitCode, InputError } from "../../core/errors.js";
import { messages } from "../../core/i18n/messages.js";
import { requireColumns } from "../../core/require-columns.js";
import { measureRisk, type RiskMeasures } from "../../disclosure/microdata/measure-risk.js";
import { writeFileAtomically } from "../../publish/atomic-output.js";
import { defineCommand } from "../command.js";
import { inputFile, reportFile } from "../options.js";
import { choiceOption, integerOption, listOption } from "../parse-option.js";
import { readCsv } from "./check.js";

type RiskOptions = {
  input: string;
  keys?: string;
  weights?: string;
  missing?: string;
  maxMsu?: string;
  format: string;
  records?: string;
  report?: string;
};

/**
 * `oraccle risk`: sdcMicro's `measure_risk` view of a microdata CSV — fk/Fk, k-anonymity at 2/3/5,
 * individual and global risk, SUDA2 — in French (or JSON), with a per-record CSV. Always exits 0.
 *
 * @example
 * // oraccle risk --input etudiants.csv --keys sexe,annais,bac_rgrp --records risque.csv
 */
export const riskCommand = defineCommand<RiskOptions>({
  name: "risk",
  options: [
    inputFile,
    { name: "keys", value: "list", required: true },
    { name: "weights", value: "column" },
    { name: "missing", value: "treatment" },
    { name: "max-msu", value: "n" },
    { name: "format", value: "format", default: "text" },
    { name: "records", value: "file" },
    reportFile,
  ],
  async action(values, io) {
    const format = choiceOption("--format", values.format, ["text", "json"] as const);
    const keys = listOption("--keys", values.keys ?? "");
    const missing =
      values.missing === undefined
        ? undefined
        : choiceOption("--missing", values.missing, ["wildcard", "category"] as const);
    const maxMsu =
      values.maxMsu === undefined
        ? undefined
        : integerOption("--max-msu", values.maxMsu, { min: 0, max: keys.length });
    let frame = readCsv(values.input);
    requireColumns(frame, [...keys, ...(values.weights ? [values.weights] : [])], values.input, {
      header: true,
    });
    if (values.weights) frame = frame.withColumns(parseWeights(frame, values.weights, values.input));
    const measures = measureRisk(frame, keys, {
      weights: values.weights,
      missing,
      suda: maxMsu === 0 ? false : { maxSize: maxMsu },
    });
    const json = `${JSON.stringify(toJson(measures), null, 2)}\n`;
    if (values.report) writeFileAtomically(values.report, json);
    if (values.records) writeFileAtomically(values.records, measures.perRecord.writeCSV().toString());
    io.stdout(format === "json" ? json : riskText(measures));
    return ExitCode.ok;
  },
});

function parseWeights(frame: pl.DataFrame, column: string, file: string): pl.Series {
  const parsed = (frame.getColumn(column).toArray() as (string | null)[]).map((raw, index) => {
    const weight = raw === null ? Number.NaN : Number(raw);
    if (!Number.isFinite(weight) || weight <= 0) {
      throw new InputError("expected a weight > 0", { file, line: index + 2, column, value: raw ?? "" });
    }
    return weight;
  });
  return pl.Series(column, parsed, pl.Float64);
}

/** The measures without the per-record frame and per-record SUDA arrays (those go to --records). */
function toJson(m: RiskMeasures): Record<string, unknown> {
  const { perRecord: _perRecord, suda, ...rest } = m;
  if (suda === undefined) return rest;
  const { msus: _msus, score, disScore, contributions: _c, ...sudaRest } = suda;
  return {
    ...rest,
    suda: {
      ...sudaRest,
      recordsWithMsu: score.filter((s) => s > 0).length,
      maxScore: Math.max(0, ...score),
      disScoreTable: disScoreTable(disScore),
    },
  };
}

/** sdcMicro's print.suda2 table: DIS-SUDA scores = 0, then by steps of 0.1 up to 0.7, then above. */
function disScoreTable(scores: readonly number[]): { interval: string; records: number }[] {
  const edges = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
  const rows = [{ interval: "= 0", records: scores.filter((s) => s === 0).length }];
  edges.slice(0, -1).forEach((lo, i) => {
    const hi = edges[i + 1]!;
    rows.push({ interval: `]${lo}; ${hi}]`, records: scores.filter((s) => s > lo && s <= hi).length });
  });
  rows.push({ interval: "> 0.7", records: scores.filter((s) => s > 0.7).length });
  return rows;
}

function riskText(m: RiskMeasures): string {
  const t = messages().cli.risk;
  const q = m.individualRisk.quantiles.map((x) => x.value);
  const lines = [
    t.title(m.records, m.keys),
    t.classes(m.classes),
    t.fk(m.fk.unique, m.fk.two, m.fk.threeToFour, m.fk.fiveOrMore, m.fk.mean),
  ];
  if (m.Fk !== undefined) lines.push(t.Fk(m.Fk.mean, m.Fk.min, m.Fk.belowFive));
  lines.push(
    t.kHeading,
    ...m.kAnonymity.map((k) => t.kAnonymity(k.k, k.violatingRecords, k.share, k.violatingClasses)),
  );
  lines.push(t.riskHeading, t.quantiles(q[0]!, q[1]!, q[2]!, q[3]!, q[4]!, q[5]!, q[6]!));
  lines.push(...m.individualRisk.above.map((a) => t.above(a.threshold, a.records)));
  lines.push(t.global(m.global.expectedReidentifications, m.global.rate, m.global.highRiskRecords));
  if (m.suda === undefined) lines.push(t.sudaSkipped);
  else {
    const s = m.suda;
    lines.push(t.sudaHeading(s.maxSize, s.scoring));
    lines.push(t.suda(s.score.filter((x) => x > 0).length, Math.max(0, ...s.score), s.dis));
    lines.push(...disScoreTable(s.disScore).map((row) => t.disTable(row.interval, row.records)));
    lines.push(...s.attributeContributions.map((c) => t.contribution(c.variable, c.contribution)));
  }
  lines.push(t.note);
  return `${lines.join("\n")}\n`;
}
