/**
 * Encoded sequences packed into one typed array, so the distance loops read contiguous memory and
 * allocate nothing per pair.
 *
 * @example
 * const packed = packSequences([Int32Array.of(0, 1), Int32Array.of(2)]);
 * packed.offsets; // Int32Array [0, 2, 3]
 */
export interface PackedSequences {
  /** Number of sequences. */
  readonly count: number;
  /** All states, one sequence after the other. */
  readonly states: Int32Array;
  /** Start of sequence k is `offsets[k]`, its end `offsets[k + 1]` (count + 1 entries). */
  readonly offsets: Int32Array;
  /** Length of the longest sequence. */
  readonly maxLength: number;
}

/**
 * Packs encoded sequences (see {@link PackedSequences}).
 *
 * @example
 * packSequences([Int32Array.of(1, 1, 0)]).maxLength; // 3
 */
export function packSequences(sequences: readonly Int32Array[]): PackedSequences {
  const count = sequences.length;
  const offsets = new Int32Array(count + 1);
  let total = 0;
  let maxLength = 0;
  for (let k = 0; k < count; k++) {
    const length = sequences[k]!.length;
    offsets[k] = total;
    total += length;
    if (length > maxLength) maxLength = length;
  }
  offsets[count] = total;
  const states = new Int32Array(total);
  for (let k = 0; k < count; k++) states.set(sequences[k]!, offsets[k]!);
  return { count, states, offsets, maxLength };
}
