/**
 * Key variables as integer codes (≥ 0, best dense), one `Int32Array` per variable (`-1` = missing value), the
 * input of {@link minimalSampleUniques}.
 *
 * @example
 * const codes: KeyCodes = { records: 3, variables: [Int32Array.from([0, 0, 1]), Int32Array.from([0, 1, -1])] };
 */
export interface KeyCodes {
  /** Number of records. */
  records: number;
  /** Codes of each key variable, in key order; `-1` marks a missing value. */
  variables: Int32Array[];
}

/**
 * Minimal sample uniques of every record: `msus[r]` lists the variable subsets (bit masks over the
 * key order: bit i = variable i) that are MSUs of record r, by increasing size then mask.
 *
 * @example
 * const found: MinimalSampleUniques = minimalSampleUniques(codes, 3);
 * found.msus[4]; // e.g. [0b0001, 0b0110] — {var 0} and {var 1, var 2}
 */
export interface MinimalSampleUniques {
  /** Largest subset size searched. */
  maxSize: number;
  /** MSU masks per record (empty for records that are not sample uniques). */
  msus: number[][];
}

/**
 * Finds the minimal sample uniques (MSUs) of every record, as SUDA2 defines them (Elliot et al.
 * 2002; Manning, Haglin & Keane 2008): a non-empty set S of key variables, at most `maxSize` of them,
 * such that the record's values on S occur in no other record (sample unique on S), while on every
 * S minus one variable they are shared with another record (minimal). A missing value never takes part
 * in an MSU (sdcMicro ignores missing items); records agree on S when their codes are equal.
 *
 * Level by level (sizes 1…maxSize), the group of each record on S is derived from its group on S minus
 * its highest variable, so a level costs O(n) per subset and only two levels are kept in memory:
 * O(n · C(m, ⌊m/2⌋)) integers for m variables. Only records unique on the full key can hold an MSU
 * (uniqueness on S implies it on any superset), so uniqueness flags are kept for those alone.
 *
 * @param codes key variables as dense codes (see {@link KeyCodes})
 * @param maxSize largest MSU size searched (1 … number of variables)
 * @returns the MSU masks of every record
 * @example
 * const codes = { records: 3, variables: [Int32Array.from([0, 0, 1]), Int32Array.from([0, 1, 1])] };
 * minimalSampleUniques(codes, 2).msus; // [[], [0b11], [0b01]]
 */
export function minimalSampleUniques(codes: KeyCodes, maxSize: number): MinimalSampleUniques {
  const n = codes.records;
  const m = codes.variables.length;
  const msus: number[][] = Array.from({ length: n }, () => []);
  const candidates = fullKeyUniques(codes);
  if (candidates.length === 0) return { maxSize, msus };
  let previousGroups = new Map<number, Int32Array>([[0, new Int32Array(n)]]);
  let previousUnique = new Map<number, Uint8Array>();
  for (let size = 1; size <= maxSize; size++) {
    const groups = new Map<number, Int32Array>();
    const unique = new Map<number, Uint8Array>();
    for (const mask of subsetsOfSize(m, size)) {
      const high = 31 - Math.clz32(mask);
      const parent = previousGroups.get(mask & ~(1 << high));
      if (parent === undefined) throw new Error(`internal: no groups for subset ${mask & ~(1 << high)}`);
      const grouped = refine(parent, codes.variables[high]!);
      if (size < maxSize) groups.set(mask, grouped.groups);
      const flags = uniqueFlags(candidates, grouped, codes.variables, mask);
      unique.set(mask, flags);
      candidates.forEach((record, c) => {
        if (flags[c] === 1 && isMinimal(mask, c, previousUnique)) msus[record]!.push(mask);
      });
    }
    previousGroups = groups;
    previousUnique = unique;
  }
  return { maxSize, msus };
}

/** Records whose full key (missing as a value of its own) occurs once. */
function fullKeyUniques(codes: KeyCodes): number[] {
  let groups: { groups: Int32Array; counts: Int32Array } = {
    groups: new Int32Array(codes.records),
    counts: Int32Array.from([codes.records]),
  };
  for (const variable of codes.variables) groups = refine(groups.groups, variable);
  const out: number[] = [];
  groups.groups.forEach((g, r) => {
    if (groups.counts[g] === 1) out.push(r);
  });
  return out;
}

/** Splits every group by one more variable: dense new group ids and their sizes. */
function refine(parent: Int32Array, variable: Int32Array): { groups: Int32Array; counts: Int32Array } {
  const ids = new Map<number, number>();
  const groups = new Int32Array(parent.length);
  const counts: number[] = [];
  const radix = variable.reduce((max, code) => Math.max(max, code), -1) + 2;
  for (let r = 0; r < parent.length; r++) {
    // Codes start at -1; parent · radix stays far below 2^53.
    const key = parent[r]! * radix + variable[r]! + 1;
    let id = ids.get(key);
    if (id === undefined) {
      id = counts.length;
      ids.set(key, id);
      counts.push(0);
    }
    groups[r] = id;
    counts[id]! += 1;
  }
  return { groups, counts: Int32Array.from(counts) };
}

/** 1 for candidates unique on the subset with no missing value in it. */
function uniqueFlags(
  candidates: number[],
  grouped: { groups: Int32Array; counts: Int32Array },
  variables: Int32Array[],
  mask: number,
): Uint8Array {
  const flags = new Uint8Array(candidates.length);
  candidates.forEach((record, c) => {
    if (grouped.counts[grouped.groups[record]!] !== 1) return;
    for (let v = 0; v < variables.length; v++) {
      if ((mask & (1 << v)) !== 0 && variables[v]![record] === -1) return;
    }
    flags[c] = 1;
  });
  return flags;
}

/** True when no subset of `mask` with one variable fewer is unique for candidate c. */
function isMinimal(mask: number, c: number, previousUnique: Map<number, Uint8Array>): boolean {
  for (let rest = mask; rest !== 0; rest &= rest - 1) {
    const without = mask & ~(rest & -rest);
    if (without !== 0 && previousUnique.get(without)?.[c] === 1) return false;
  }
  return true;
}

/** Bit masks over m variables with exactly `size` bits set, ascending. */
function* subsetsOfSize(m: number, size: number): Generator<number> {
  if (size === 0 || size > m) return;
  // Gosper's hack: next integer with the same number of set bits.
  let mask = (1 << size) - 1;
  const limit = 1 << m;
  while (mask < limit) {
    yield mask;
    const low = mask & -mask;
    const ripple = mask + low;
    mask = (((ripple ^ mask) >>> 2) / low) | ripple;
  }
}
