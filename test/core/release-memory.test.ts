import { describe, expect, it } from "vitest";
import { releaseMemory } from "../../src/core/release-memory.js";

describe("releaseMemory()", () => {
  it("collects objects no longer referenced and runs their finalizers", async () => {
    let finalized = false;
    const registry = new FinalizationRegistry(() => {
      finalized = true;
    });
    let garbage: object | undefined = { payload: new Array(1000).fill(1) };
    registry.register(garbage, "garbage");
    const ref = new WeakRef(garbage);
    garbage = undefined;
    // A WeakRef target survives until the end of the current job; collect in a later one.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await releaseMemory();
    expect(ref.deref()).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(finalized).toBe(true);
  });

  it("skips the collection when memory grew less than ifGrownBy since the last release", async () => {
    await releaseMemory();
    let garbage: object | undefined = { payload: new Array(1000).fill(1) };
    const ref = new WeakRef(garbage);
    garbage = undefined;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await releaseMemory({ ifGrownBy: 2 ** 40 });
    expect(ref.deref()).toBeDefined();
    // deref() keeps the target alive until the end of this job.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await releaseMemory();
    expect(ref.deref()).toBeUndefined();
  });
});
