import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | undefined;
let residentAfterLastRelease = 0;

/**
 * Options of {@link releaseMemory}.
 *
 * @example
 * await releaseMemory({ ifGrownBy: 256 * 2 ** 20 });
 */
export interface ReleaseMemoryOptions {
  /**
   * Do nothing when the resident memory grew by less than this many bytes since the last release:
   * a full collection costs tens of milliseconds, more than it saves on small data. Default `0`
   * (always collect).
   */
  ifGrownBy?: number;
}

/**
 * Gives back the native memory of the polars frames no longer referenced, before the next stage
 * of a long pipeline. A nodejs-polars frame frees its (often large) native buffers only when V8
 * collects its small JavaScript wrapper and then runs its finalizer — and V8 neither sees native
 * memory nor runs those finalizers before the event loop turns. So a synchronous pipeline keeps
 * every intermediate frame of every stage resident until it returns: gigabytes at national scale.
 * This asks V8 for a full collection, then yields one turn of the event loop so the finalizers
 * run. Await it between stages, once the previous stage's frames are out of scope.
 *
 * @example
 * let states = yearlyStates(principal, resultats);
 * const moves = transitions(states);
 * states = undefined;
 * await releaseMemory();
 */
export async function releaseMemory(options: ReleaseMemoryOptions = {}): Promise<void> {
  const threshold = options.ifGrownBy ?? 0;
  if (threshold > 0 && process.memoryUsage.rss() - residentAfterLastRelease < threshold) return;
  if (collect === undefined) {
    // `--expose-gc` can be turned on at run time; the gc function then exists in new contexts.
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  }
  collect();
  await new Promise((resolve) => setImmediate(resolve));
  residentAfterLastRelease = process.memoryUsage.rss();
}
