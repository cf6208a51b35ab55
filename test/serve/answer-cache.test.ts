import { describe, expect, it } from "vitest";
import { AnswerCache } from "../../src/serve/answer-cache.js";

describe("AnswerCache.get()", () => {
  it("computes once per key, drops the oldest beyond its capacity, never keeps a failure", () => {
    const cache = new AnswerCache<number>(2);
    let calls = 0;
    const compute = () => ++calls;
    expect(cache.get("a", compute)).toBe(1);
    expect(cache.get("a", compute)).toBe(1);
    cache.get("b", compute);
    cache.get("c", compute); // "a" dropped
    expect(cache.get("a", compute)).toBe(4);
    expect(() =>
      cache.get("x", () => {
        throw new Error("404");
      }),
    ).toThrow("404");
    expect(cache.get("x", () => 9)).toBe(9);
  });
});
