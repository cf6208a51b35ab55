import { appendFileSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { messages } from "../../core/i18n/messages.js";
import { INSCRIPTION_COLUMNS, polarsDtype, RESULTAT_COLUMNS, type SiseColumnSpec } from "../schema.js";
import type { Calibration } from "./calibration.js";
import { fitCalibration } from "./fit-calibration.js";
import { pseudonymousId } from "./pseudonymous-id.js";
import { RandomStream } from "./random-stream.js";
import { type CareerSink, simulateCareer } from "./simulate-career.js";
import { SiseRecordBuffer } from "./sise-record-buffer.js";
import { drawStudent, ENTRANT_POPULATIONS, type EntrantKind } from "./synthetic-student.js";

/**
 * Options of {@link generateSise} and {@link simulateSise}.
 *
 * @example
 * const options: GenerateSiseOptions = { seed: 42, entrants: 3000, firstRentree: 2015, lastRentree: 2024 };
 */
export interface GenerateSiseOptions {
  /** Seed of every random draw (an integer). Same seed and options → byte-identical files. */
  seed: number;
  /** Néo-bacheliers entering the universities each rentrée; other entrants are proportional. */
  entrants: number;
  /** First rentrée written (default 2015). */
  firstRentree?: number;
  /** Last rentrée written (default 2024). */
  lastRentree?: number;
  /**
   * Cohorts simulated before `firstRentree` so that the first files already hold L2, L3, M1…
   * students (default 5).
   */
  warmupYears?: number;
  /** Which entrants to draw: every population (default) or only néo-bacheliers (faster, for calibration). */
  populations?: "all" | "neo";
  /** Called after each chunk of students with the number done and the total. */
  onProgress?: (done: number, total: number) => void;
}

/** Students simulated per random sub-stream: the unit of work and of determinism. */
const CHUNK_SIZE = 5_000;
/** Rows kept in memory (as CSV lines) before they are appended to the part files. */
const FLUSH_ROWS = 600_000;

interface Chunk {
  cohort: number;
  population: number;
  kind: EntrantKind;
  index: number;
  first: number;
  count: number;
}

function resolved(options: GenerateSiseOptions) {
  const firstRentree = options.firstRentree ?? 2015;
  const lastRentree = options.lastRentree ?? 2024;
  const warmupYears = options.warmupYears ?? 5;
  if (!Number.isInteger(options.seed))
    throw new OraccleError(messages().sise.generator.seed(options.seed), ExitCode.usage);
  if (!Number.isInteger(options.entrants) || options.entrants < 1)
    throw new OraccleError(messages().sise.generator.entrants(options.entrants), ExitCode.usage);
  if (!(firstRentree >= 2000 && lastRentree <= 2030 && firstRentree <= lastRentree))
    throw new OraccleError(messages().sise.generator.rentrees(firstRentree, lastRentree), ExitCode.usage);
  return { ...options, firstRentree, lastRentree, warmupYears, populations: options.populations ?? "all" };
}

function chunksOf(options: ReturnType<typeof resolved>): Chunk[] {
  const chunks: Chunk[] = [];
  for (let cohort = options.firstRentree - options.warmupYears; cohort <= options.lastRentree; cohort++) {
    ENTRANT_POPULATIONS.forEach(({ kind, perNeo }, population) => {
      if (options.populations === "neo" && kind !== "neo") return;
      const total = Math.round(options.entrants * perNeo);
      for (let index = 0, first = 0; first < total; index++, first += CHUNK_SIZE) {
        chunks.push({ cohort, population, kind, index, first, count: Math.min(CHUNK_SIZE, total - first) });
      }
    });
  }
  return chunks;
}

// Every chunk of entrants in order into the sink, with progress; `afterChunk` runs between chunks
// (the file writer flushes there). Returns the number of students.
function simulateChunks(
  options: ReturnType<typeof resolved>,
  sink: CareerSink,
  afterChunk?: () => void,
): number {
  const calibration = fitCalibration();
  const chunks = chunksOf(options);
  const total = chunks.reduce((sum, c) => sum + c.count, 0);
  let done = 0;
  for (const chunk of chunks) {
    runChunk(chunk, options, calibration, sink);
    done += chunk.count;
    afterChunk?.();
    options.onProgress?.(done, total);
  }
  return total;
}

function runChunk(
  chunk: Chunk,
  options: ReturnType<typeof resolved>,
  calibration: Calibration,
  sink: CareerSink,
): void {
  const random = RandomStream.derive(options.seed, chunk.cohort, chunk.population, chunk.index);
  for (let i = 0; i < chunk.count; i++) {
    const id = pseudonymousId(options.seed, [chunk.cohort, chunk.population, chunk.first + i]);
    const student = drawStudent(random, calibration, chunk.kind, chunk.cohort, id);
    simulateCareer(student, random, calibration, options.firstRentree, options.lastRentree, sink);
  }
}

/**
 * The generated rows of each rentrée, in memory (see {@link simulateSise}).
 *
 * @example
 * simulateSise(options).inscriptions.get(2015)!.column("id_etu");
 */
export interface SimulatedSise {
  /** Inscriptions by rentrée. */
  inscriptions: Map<number, SiseRecordBuffer>;
  /** Résultats by rentrée. */
  resultats: Map<number, SiseRecordBuffer>;
}

function yearBuffers(first: number, last: number, kind: "inscriptions" | "resultats") {
  const map = new Map<number, SiseRecordBuffer>();
  for (let year = first; year <= last; year++) map.set(year, new SiseRecordBuffer(kind));
  return map;
}

/**
 * Simulates the synthetic SISE population in memory and returns the rows of each rentrée —
 * the same rows, in the same order, that {@link generateSise} writes. For small runs and tests.
 *
 * @example
 * const { inscriptions } = simulateSise({ seed: 1, entrants: 500, firstRentree: 2015, lastRentree: 2017 });
 * inscriptions.get(2015)!.length; // number of 2015-16 enrolments
 */
export function simulateSise(options: GenerateSiseOptions): SimulatedSise {
  const o = resolved(options);
  const inscriptions = yearBuffers(o.firstRentree, o.lastRentree, "inscriptions");
  const resultats = yearBuffers(o.firstRentree, o.lastRentree, "resultats");
  const sink: CareerSink = {
    inscription: (year, row) => inscriptions.get(year)!.push(row),
    resultat: (year, row) => resultats.get(year)!.push(row),
  };
  simulateChunks(o, sink);
  return { inscriptions, resultats };
}

/**
 * What {@link generateSise} wrote.
 *
 * @example
 * (await generateSise(options, "out")).rows["inscri22.parquet"]; // number of rows
 */
export interface GenerateSiseSummary {
  /** Files written, in order. */
  files: string[];
  /** Rows per file name. */
  rows: Record<string, number>;
  /** Students simulated (all entrants, including warm-up cohorts). */
  students: number;
}

/**
 * The file name of one source and rentrée, as SISE names them (`inscri15`, `result22`).
 *
 * @example
 * siseFileName("inscri", 2022, "parquet"); // "inscri22.parquet"
 */
export function siseFileName(
  source: "inscri" | "result",
  rentree: number,
  format: "parquet" | "csv",
): string {
  return `${source}${String(rentree % 100).padStart(2, "0")}.${format}`;
}

/** One CSV field: quoted only when it holds a delimiter, a quote or a line break; null is empty. */
function csvField(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Generates the synthetic SISE extract into folder `out`: one `inscriYY` and one `resultYY`
 * file per rentrée, Parquet (zstd) by default or CSV (`,`, UTF-8, header, empty field = null),
 * with the columns and types of docs/data-model.md. Students are simulated in chunks of 5,000
 * with independent random sub-streams; rows are appended as CSV text to one part file per year
 * every 600,000 rows, so memory stays bounded at national size (no polars frame is built while
 * simulating: nodejs-polars does not give their memory back). Each year is then converted to
 * Parquet by polars' streaming engine (bounded memory too). Same seed and options →
 * byte-identical files. Refuses to overwrite a folder already holding SISE files
 * unless `overwrite` is set.
 *
 * @param options generation options (see {@link GenerateSiseOptions})
 * @param out output folder (created if needed)
 * @param format `parquet` (default) or `csv`
 * @param overwrite replace existing `inscri*`/`result*` files (default false)
 * @example
 * await generateSise({ seed: 20240901, entrants: 3000 }, "data/sise");
 */
export async function generateSise(
  options: GenerateSiseOptions,
  out: string,
  format: "parquet" | "csv" = "parquet",
  overwrite = false,
): Promise<GenerateSiseSummary> {
  const o = resolved(options);
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    throw new OraccleError(
      messages().sise.generator.cannotCreateOut(out, (error as Error).message),
      ExitCode.output,
    );
  }
  const existing = readdirSync(out).filter((name) => /^(inscri|result)\d\d\.(parquet|csv)$/.test(name));
  if (existing.length > 0 && !overwrite) {
    throw new OraccleError(
      messages().sise.generator.outHoldsSise(out, existing.slice(0, 3)),
      ExitCode.output,
    );
  }
  for (const name of existing) rmSync(join(out, name));
  const partsDir = join(out, ".parts");
  rmSync(partsDir, { recursive: true, force: true });
  mkdirSync(partsDir);

  const sources = [
    { source: "inscri", columns: INSCRIPTION_COLUMNS },
    { source: "result", columns: RESULTAT_COLUMNS },
  ] as const;
  const lines = new Map<string, string[]>();
  const rows: Record<string, number> = {};
  const partOf = (source: string, year: number) =>
    join(partsDir, siseFileName(source as "inscri", year, "csv"));
  for (let year = o.firstRentree; year <= o.lastRentree; year++) {
    for (const { source, columns } of sources) {
      writeFileSync(partOf(source, year), `${columns.map((c) => c.name).join(",")}\n`);
      lines.set(`${source}${year}`, []);
      rows[siseFileName(source, year, format)] = 0;
    }
  }
  let buffered = 0;
  const flush = () => {
    for (let year = o.firstRentree; year <= o.lastRentree; year++) {
      for (const { source } of sources) {
        const pending = lines.get(`${source}${year}`)!;
        if (pending.length === 0) continue;
        rows[siseFileName(source, year, format)]! += pending.length;
        appendFileSync(partOf(source, year), `${pending.join("\n")}\n`);
        pending.length = 0;
      }
    }
    buffered = 0;
  };
  const line = (columns: readonly SiseColumnSpec[], row: Record<string, string | number | null>) =>
    columns.map((c) => csvField(row[c.name] ?? null)).join(",");
  const sink: CareerSink = {
    inscription: (year, row) => {
      lines.get(`inscri${year}`)!.push(line(INSCRIPTION_COLUMNS, row));
      buffered++;
    },
    resultat: (year, row) => {
      lines.get(`result${year}`)!.push(line(RESULTAT_COLUMNS, row));
      buffered++;
    },
  };
  const total = simulateChunks(o, sink, () => {
    if (buffered >= FLUSH_ROWS) flush();
  });
  flush();

  const files: string[] = [];
  for (let year = o.firstRentree; year <= o.lastRentree; year++) {
    for (const { source, columns } of sources) {
      const name = siseFileName(source, year, format);
      const target = join(out, name);
      const part = partOf(source, year);
      if (format === "csv") {
        renameSync(part, target);
      } else {
        const schema = Object.fromEntries(columns.map((c) => [c.name, polarsDtype(c)]));
        // polars' streaming engine: bounded memory whatever the size, and the same bytes whatever
        // the number of threads (checked with 1 and 2).
        await pl
          .scanCSV(part, { schema })
          .sinkParquet(target, { compression: "zstd", maintainOrder: true })
          .collect();
      }
      files.push(target);
    }
  }
  rmSync(partsDir, { recursive: true, force: true });
  return { files, rows, students: total };
}
