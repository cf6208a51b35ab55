import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | undefined;

/**
 * Asks V8 for a full garbage collection, so that the native memory of the polars frames no longer
 * referenced is given back now. A nodejs-polars frame frees its (often large) native buffers only
 * when V8 collects its small JavaScript wrapper, and V8 does not see native memory: without this,
 * frames of earlier pipeline stages stay resident until the JavaScript heap itself fills up, which
 * at national scale means gigabytes. Call it between stages, once the previous stage's frames are
 * out of scope. Costs a few milliseconds.
 *
 * @example
 * let states = yearlyStates(principal, resultats);
 * const moves = transitions(states);
 * states = undefined;
 * releaseMemory();
 */
export function releaseMemory(): void {
  if (collect === undefined) {
    // `--expose-gc` can be turned on at run time; the gc function then exists in new contexts.
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  collect();
}
