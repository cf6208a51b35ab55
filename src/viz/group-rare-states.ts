import type { FlowRow } from "./flow-row.js";
import { OTHER_STATE } from "./sankey-options.js";
import { PSEUDO } from "./state-order.js";

/** Merges formation states whose largest node is below `threshold` into {@link OTHER_STATE}. */
export function groupRareStates(rows: FlowRow[], threshold: number): FlowRow[] {
  if (threshold <= 0) return rows.filter((r) => r.n > 0);
  const pseudo = new Set<string>([...PSEUDO, OTHER_STATE]);
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  for (const r of rows) {
    const from = `${r.from_rentree}\u0000${r.from_state}`;
    const to = `${r.from_rentree + 1}\u0000${r.to_state}`;
    outflow.set(from, (outflow.get(from) ?? 0) + r.n);
    inflow.set(to, (inflow.get(to) ?? 0) + r.n);
  }
  const largest = new Map<string, number>();
  for (const [key, value] of [...inflow, ...outflow]) {
    const state = key.split("\u0000")[1] as string;
    largest.set(state, Math.max(largest.get(state) ?? 0, value));
  }
  const rename = (state: string) =>
    !pseudo.has(state) && (largest.get(state) ?? 0) < threshold ? OTHER_STATE : state;
  const merged = new Map<string, FlowRow>();
  for (const r of rows) {
    const from_state = rename(r.from_state);
    const to_state = rename(r.to_state);
    const key = `${r.from_rentree}\u0000${from_state}\u0000${to_state}`;
    const previous = merged.get(key);
    if (previous) previous.n += r.n;
    else merged.set(key, { from_rentree: r.from_rentree, from_state, to_state, n: r.n });
  }
  return [...merged.values()].filter((r) => r.n > 0);
}
