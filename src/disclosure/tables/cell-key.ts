import { createHmac } from "node:crypto";

/** 2^32: record keys are 32-bit integers, cell keys their sum modulo 2^32, scaled to [0, 1). */
const MODULUS = 2 ** 32;

/**
 * Record keys of the cell-key method: a 32-bit integer per record, drawn once and kept with the
 * record, here derived as `HMAC-SHA-256(secret, context ‖ 0x00 ‖ id)` (first 4 bytes). The same
 * record always gets the same key, so the same cell always gets the same noise: repeating or
 * overlapping queries cannot average it away. The secret never leaves the secure environment.
 *
 * @param ids record identifiers (student ids, pseudonyms…)
 * @param secret the perturbation secret (≥ 32 bytes recommended)
 * @param context a label mixed in (for example the release), default `"cell-key"`
 * @returns one integer key in [0, 2^32) per id
 * @example
 * const keys = recordKeys(["a", "b"], secret); // Uint32Array [ 2364012297, 771090712 ]
 */
export function recordKeys(
  ids: readonly string[],
  secret: Uint8Array | string,
  context = "cell-key",
): Uint32Array {
  const prefix = Buffer.from(`${context}\u0000`, "utf8");
  return Uint32Array.from(ids, (id) =>
    createHmac("sha256", secret)
      .update(Buffer.concat([prefix, Buffer.from(id, "utf8")]))
      .digest()
      .readUInt32BE(0),
  );
}

/**
 * Cell key of a cell: the sum of its records' keys modulo 2^32, divided by 2^32 (a number in [0, 1)).
 * It depends only on the set of records, not on their order; a cell of many records gets a key
 * close to uniform.
 *
 * @param keys the record keys of the records in the cell
 * @example
 * cellKey([2 ** 31, 2 ** 31 + 5]); // 5 / 2^32
 */
export function cellKey(keys: Iterable<number>): number {
  let sum = 0;
  // Integer sums stay exact below 2^53; reducing at each step keeps them there.
  for (const key of keys) sum = (sum + key) % MODULUS;
  return sum / MODULUS;
}
