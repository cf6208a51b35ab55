import { ExitCode } from "../../core/errors.js";
import { sequenceDistances } from "../../sequences/distances/sequence-distances.js";
import { readSequenceCsv } from "../../sequences/read-sequence-csv.js";
import { type SequenceStatistics, sequenceStatistics } from "../../sequences/sequence-statistics.js";
import { writeDistanceMatrixCsv } from "../../sequences/write-distance-matrix-csv.js";
import { defineCommand } from "../command.js";
import { inputFile, outFile, withRequired } from "../options.js";
import { integerOption } from "../parse-option.js";
import { channelDistances, channelSummary, readChannels } from "./sequence-channels.js";
import { distanceRequest } from "./sequence-distance-request.js";

type SequencesOptions = {
  input: string;
  columns: string;
  id?: string;
  weights?: string;
  alphabet?: string;
  labels?: string;
  left?: string;
  gaps?: string;
  right?: string;
  top: string;
  json: boolean;
  distance?: string;
  out?: string;
  sm?: string;
  indel: string;
  norm: string;
  withMissing: boolean;
  channels?: string;
  channelNames?: string;
  channelWeights?: string;
  channelSm?: string;
};

/**
 * `oraccle sequences`: reads a wide CSV of state sequences and prints cross-sectional statistics
 * (state distribution, transition rates, mean time, frequent sequences, modal sequence) and
 * per-sequence indicators (length, transitions, entropy, turbulence, complexity), as text or JSON.
 *
 * @example
 * // oraccle sequences --input mvad.csv --id id --columns Sep.93:Jun.99 --weights weight --json
 */
export const sequencesCommand = defineCommand<SequencesOptions>({
  name: "sequences",
  options: [
    inputFile,
    { name: "columns", value: "columns", required: true },
    { name: "id", value: "column" },
    { name: "weights", value: "column" },
    { name: "alphabet", value: "list" },
    { name: "labels", value: "list" },
    { name: "left", value: "treatment" },
    { name: "gaps", value: "treatment" },
    { name: "right", value: "treatment" },
    { name: "top", value: "n", default: "10" },
    { name: "json", default: false },
    { name: "distance", value: "method" },
    withRequired(outFile, false),
    { name: "sm", value: "name" },
    { name: "indel", value: "cost", default: "auto" },
    { name: "norm", value: "name", default: "none" },
    { name: "with-missing", default: false },
    { name: "channels", value: "list" },
    { name: "channel-names", value: "list" },
    { name: "channel-weights", value: "list" },
    { name: "channel-sm", value: "list" },
  ],
  async action(values, io) {
    const top = integerOption("--top", values.top, { min: 0 });
    const distance = values.distance === undefined ? undefined : distanceRequest(values);
    const list = (text: string | undefined) => text?.split(",").map((item) => item.trim());
    const set = readSequenceCsv(values.input, {
      columns: values.columns,
      id: values.id,
      weights: values.weights,
      alphabet: list(values.alphabet),
      labels: list(values.labels),
      left: values.left,
      gaps: values.gaps,
      right: values.right,
    });
    const stats = sequenceStatistics(set, { top });
    const channels =
      values.channels === undefined
        ? undefined
        : readChannels(set, values.input, { ...values, channels: values.channels });
    let distanceReport: Record<string, unknown> | undefined;
    if (distance) {
      const matrix = channels
        ? channelDistances(
            channels,
            values as typeof values & { channels: string },
            distance,
            values.withMissing,
          )
        : sequenceDistances(set.sequences, {
            alphabetSize: set.alphabet.length,
            withMissing: values.withMissing,
            method: distance.method,
            sm: distance.sm,
            indel: distance.indel,
            norm: distance.norm,
            weights: set.weights,
          });
      writeDistanceMatrixCsv(matrix, set.ids, distance.out);
      distanceReport = {
        method: distance.method,
        sm: distance.sm ?? null,
        indel: distance.indel,
        norm: distance.norm,
        out: distance.out,
        ...(channels
          ? {
              channels: channels.names,
              channelSm: values.channelSm ?? null,
              channelWeights: values.channelWeights ?? null,
            }
          : {}),
      };
    }
    if (values.json) {
      io.stdout(
        `${toJson({ input: values.input, missing: missingTreatment(values), ...stats, channels: channels && channelSummary(channels), distance: distanceReport })}\n`,
      );
    } else {
      io.stdout(formatText(values.input, stats));
      if (channels) {
        io.stdout(
          `\nChannels: ${channels.names.map((name, c) => `${name} (${channels.channels[c]!.alphabet.length} states)`).join(", ")}\n`,
        );
      }
      if (distanceReport) {
        io.stdout(
          `\nWrote the ${set.sequences.length} × ${set.sequences.length} ${distance?.method} distance matrix to ${distance?.out}\n`,
        );
      }
    }
    return ExitCode.ok;
  },
});

function missingTreatment(values: { left?: string; gaps?: string; right?: string }) {
  return { left: values.left ?? "NA", gaps: values.gaps ?? "NA", right: values.right ?? "DEL" };
}

/**
 * JSON with NaN and infinities written as `null` (JSON has no NaN), two-space indented.
 *
 * @example
 * toJson({ share: Number.NaN }); // '{\n  "share": null\n}'
 */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2);
}

function formatText(input: string, stats: SequenceStatistics): string {
  const out: string[] = [];
  const lengths = stats.sequences.map((s) => s.length);
  const weightNote = stats.weighted ? `, weighted (total weight ${fmt(stats.totalWeight, 2)})` : "";
  out.push(`${input}: ${stats.sequenceCount} sequences${weightNote}`);
  out.push(
    `positions: ${stats.positions.length} (${stats.positions[0] ?? "–"} … ${stats.positions[stats.positions.length - 1] ?? "–"}); lengths ${minimum(lengths)}–${maximum(lengths)}${stats.hasMissing ? "; missing cells kept as *" : ""}`,
  );
  out.push(
    `alphabet: ${stats.alphabet.map((s, i) => (stats.labels[i] === s ? s : `${s} (${stats.labels[i]})`)).join(", ")}`,
  );
  const width = Math.max(6, ...stats.alphabet.map((s) => s.length));
  const cell = (text: string) => text.padStart(9);

  out.push("", "State distribution (%, seqstatd) at selected positions:");
  const picks = pickPositions(stats.positions.length);
  out.push(`  ${"".padEnd(width)}${picks.map((t) => cell(stats.positions[t] as string)).join("")}`);
  stats.alphabet.forEach((state, s) => {
    const row = stats.crossSectional.stateDistribution.frequencies[s] as number[];
    out.push(`  ${state.padEnd(width)}${picks.map((t) => cell(fmt((row[t] as number) * 100, 1))).join("")}`);
  });
  out.push(
    `  ${"N".padEnd(width)}${picks.map((t) => cell(fmt(stats.crossSectional.stateDistribution.validStates[t] as number, 1))).join("")}`,
  );
  out.push(
    `  ${"entropy".padEnd(width)}${picks.map((t) => cell(fmt(stats.crossSectional.stateDistribution.entropy[t] as number, 3))).join("")}`,
  );

  out.push("", "Transition rates (seqtrate, row = from, column = to):");
  out.push(`  ${"".padEnd(width)}${stats.alphabet.map((s) => cell(s.slice(0, 8))).join("")}`);
  stats.crossSectional.transitionRates.forEach((row, i) => {
    out.push(`  ${(stats.alphabet[i] as string).padEnd(width)}${row.map((p) => cell(fmt(p, 3))).join("")}`);
  });

  out.push("", "Mean time in each state (seqmeant):");
  for (const row of stats.crossSectional.meanTimeInStates) {
    out.push(`  ${row.state.padEnd(width)}${cell(fmt(row.mean, 2))}  (SE ${fmt(row.standardError, 2)})`);
  }

  out.push("", `Most frequent sequences (seqtab, top ${stats.crossSectional.sequenceFrequencies.length}):`);
  for (const row of stats.crossSectional.sequenceFrequencies) {
    out.push(`  ${fmt(row.percent, 1).padStart(5)} %  ${fmt(row.frequency, 2).padStart(8)}  ${row.sps}`);
  }

  const modal = stats.crossSectional.modalStateSequence;
  out.push(
    "",
    `Modal state sequence (seqmodst, ${modal.occurrences} identical sequences): ${spsOfStates(modal.states)}`,
  );

  out.push("", "Per-sequence indicators (mean / min / max):");
  const summary = (name: string, values: number[]) => {
    const finite = values.filter(Number.isFinite);
    const mean = finite.reduce((a, b) => a + b, 0) / Math.max(1, finite.length);
    out.push(
      `  ${name.padEnd(22)}${cell(fmt(mean, 3))}${cell(fmt(minimum(finite), 3))}${cell(fmt(maximum(finite), 3))}`,
    );
  };
  summary("length", lengths);
  summary(
    "transitions",
    stats.sequences.map((s) => s.transitions),
  );
  summary(
    "entropy",
    stats.sequences.map((s) => s.entropy),
  );
  summary(
    "turbulence",
    stats.sequences.map((s) => s.turbulence),
  );
  summary(
    "normalized turbulence",
    stats.sequences.map((s) => s.normalisedTurbulence),
  );
  summary(
    "complexity",
    stats.sequences.map((s) => s.complexity),
  );
  out.push("", "Use --json for every value, per position and per sequence.");
  return `${out.join("\n")}\n`;
}

function spsOfStates(states: readonly (string | null)[]): string {
  const spells: string[] = [];
  let t = 0;
  while (t < states.length) {
    let end = t + 1;
    while (end < states.length && states[end] === states[t]) end++;
    spells.push(`(${states[t] ?? "%"},${end - t})`);
    t = end;
  }
  return spells.join("-");
}

// Loops rather than Math.min(...values): a spread of 100 000 values overflows the call stack.
function minimum(values: readonly number[]): number {
  let m = Number.POSITIVE_INFINITY;
  for (const v of values) if (v < m) m = v;
  return m;
}

function maximum(values: readonly number[]): number {
  let m = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > m) m = v;
  return m;
}

function pickPositions(count: number): number[] {
  if (count <= 8) return Array.from({ length: count }, (_, t) => t);
  return Array.from({ length: 8 }, (_, k) => Math.round((k * (count - 1)) / 7));
}

function fmt(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : "–";
}
