import { ExitCode, OraccleError } from "../../core/errors.js";
import { checkEncodedSequences } from "./encoded-sequences.js";
import { normaliseDistance } from "./normalise-distance.js";
import { maximalSubstitutionCost, omRawDistances } from "./optimal-matching.js";
import { packSequences } from "./packed-sequences.js";
import { prepareDistances } from "./prepare-distances.js";
import type { SequenceDistanceOptions } from "./sequence-distance-options.js";

/**
 * Distance of every sequence to one reference sequence, as TraMineR's `seqdist(refseq = …)`: the
 * reference is either the index of a sequence of the set or an external encoded sequence (which, as in
 * TraMineR, does not enter the TRATE costs). Same methods, costs and normalisations as
 * `sequenceDistances`; one value per case.
 *
 * @example
 * const sequences = [Int32Array.of(0, 0, 1), Int32Array.of(1, 1, 1)];
 * distancesToReference(sequences, 0, { alphabetSize: 2, method: "HAM" }); // Float64Array [0, 2]
 */
export function distancesToReference(
  sequences: readonly Int32Array[],
  reference: number | Int32Array,
  options: SequenceDistanceOptions,
): Float64Array {
  let ref: Int32Array;
  if (typeof reference === "number") {
    if (!Number.isInteger(reference) || reference < 0 || reference >= sequences.length) {
      throw new OraccleError(`reference index ${reference} is not a sequence of the set`, ExitCode.usage);
    }
    ref = sequences[reference]!;
  } else {
    checkEncodedSequences([reference], options);
    ref = reference;
  }
  const prepared = prepareDistances(sequences, options);
  const unique = Array.from(prepared.cases.aggIndex, (i) => sequences[i]!);
  const packed = packSequences([ref, ...unique]);
  const count = packed.count;
  const out = new Float64Array(count - 1);
  if (prepared.kind === "om") {
    const params = prepared.om;
    // Row 0 only (rowStep = count): the kernel then writes the pairs (0, j) at positions j − 1.
    omRawDistances(
      packed.states,
      packed.offsets,
      count,
      params.costs,
      params.size,
      params.indel,
      packed.maxLength,
      out,
      0,
      count,
    );
    if (params.norm !== "none") {
      const maxSubstitution = maximalSubstitutionCost(params);
      const m = ref.length;
      for (let j = 1; j < count; j++) {
        const n = packed.offsets[j + 1]! - packed.offsets[j]!;
        const maxDistance = Math.abs(n - m) * params.indel + maxSubstitution * Math.min(m, n);
        out[j - 1] = normaliseDistance(
          out[j - 1]!,
          maxDistance,
          m * params.indel,
          n * params.indel,
          params.norm,
        );
      }
    }
  } else {
    const { costs, size, length, norm } = prepared.hamming;
    if (ref.length !== length) {
      throw new OraccleError(
        `the reference has ${ref.length} positions, the sequences ${length}: HAM and DHD need equal lengths`,
        ExitCode.input,
      );
    }
    const square = size * size;
    let maxDistance = 0;
    for (let t = 0; t < length; t++) {
      let max = 0;
      for (let c = 0; c < square; c++) if (costs[t * square + c]! > max) max = costs[t * square + c]!;
      maxDistance += max;
    }
    for (let j = 1; j < count; j++) {
      const start = packed.offsets[j]!;
      let raw = 0;
      for (let t = 0; t < length; t++) raw += costs[t * square + ref[t]! * size + packed.states[start + t]!]!;
      out[j - 1] =
        norm === "none" ? raw : normaliseDistance(raw, maxDistance, maxDistance, maxDistance, norm);
    }
  }
  return Float64Array.from(prepared.cases.disaggIndex, (u) => out[u]!);
}
