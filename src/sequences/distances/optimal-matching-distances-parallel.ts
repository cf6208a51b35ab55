import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { DistanceMatrix } from "./distance-matrix.js";
import {
  normaliseOmDistances,
  type OptimalMatchingParameters,
  omRawDistances,
  optimalMatchingDistances,
} from "./optimal-matching.js";
import type { PackedSequences } from "./packed-sequences.js";

/** Below this many pairs, starting threads costs more than it saves. */
const MIN_PARALLEL_PAIRS = 20_000;

/**
 * {@link optimalMatchingDistances} on `threads` worker threads: each runs the same self-contained
 * kernel ({@link omRawDistances}, its source passed to the worker) on every `threads`-th row of the
 * matrix, writing into one shared buffer; normalisation then runs here. Same values, byte for byte.
 * Falls back to one thread for small inputs.
 *
 * @example
 * const packed = packSequences(sequences);
 * const d = await optimalMatchingDistancesParallel(packed, { costs, size: 6, indel: 1, norm: "none" }, 2);
 */
export async function optimalMatchingDistancesParallel(
  packed: PackedSequences,
  params: OptimalMatchingParameters,
  threads: number = availableParallelism(),
): Promise<DistanceMatrix> {
  const { count } = packed;
  const pairs = (count * (count - 1)) / 2;
  const workers = Math.max(1, Math.min(Math.floor(threads), count - 1));
  if (workers <= 1 || pairs < MIN_PARALLEL_PAIRS) return optimalMatchingDistances(packed, params);
  const states = shared(packed.states);
  const offsets = shared(packed.offsets);
  const costs = shared(params.costs);
  const out = new SharedArrayBuffer(pairs * Float64Array.BYTES_PER_ELEMENT);
  const source = [
    'const { parentPort, workerData: d } = require("node:worker_threads");',
    `const omRawDistances = ${omRawDistances.toString()};`,
    "omRawDistances(new Int32Array(d.states), new Int32Array(d.offsets), d.count, new Float64Array(d.costs),",
    "  d.size, d.indel, d.maxLength, new Float64Array(d.out), d.rowStart, d.rowStep);",
    "parentPort.postMessage(true);",
  ].join("\n");
  await Promise.all(
    Array.from(
      { length: workers },
      (_, w) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(source, {
            eval: true,
            workerData: {
              states,
              offsets,
              costs,
              out,
              count,
              size: params.size,
              indel: params.indel,
              maxLength: packed.maxLength,
              rowStart: w,
              rowStep: workers,
            },
          });
          worker.once("message", () => resolve());
          worker.once("error", reject);
          worker.once("exit", (code) => {
            if (code !== 0) reject(new Error(`OM worker ${w} stopped with exit code ${code}`));
          });
        }),
    ),
  );
  // A private copy: callers get an ordinary (non-shared) buffer, like the single-thread version.
  const values = new Float64Array(out).slice();
  normaliseOmDistances(values, packed.offsets, count, params);
  return { size: count, values };
}

function shared<T extends Int32Array | Float64Array>(array: T): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(array.byteLength);
  new Uint8Array(buffer).set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return buffer;
}
