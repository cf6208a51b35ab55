import { describe, expect, test } from "vitest";
import { mix32, RandomStream } from "../../../src/sise/generator/random-stream.js";

describe("RandomStream", () => {
  test("derive() gives the same draws for the same seed and keys", () => {
    const a = RandomStream.derive(42, 2015, 3);
    const b = RandomStream.derive(42, 2015, 3);
    const drawsA = Array.from({ length: 20 }, () => a.uniform());
    const drawsB = Array.from({ length: 20 }, () => b.uniform());
    expect(drawsA).toEqual(drawsB);
  });

  test("derive() gives different streams for different keys or seeds", () => {
    const first = (random: RandomStream) => Array.from({ length: 5 }, () => random.int(1_000_000));
    const base = first(RandomStream.derive(42, 2015, 3));
    expect(first(RandomStream.derive(42, 2015, 4))).not.toEqual(base);
    expect(first(RandomStream.derive(43, 2015, 3))).not.toEqual(base);
  });

  test("uniform() stays in [0, 1) and its mean is close to 1/2", () => {
    const random = RandomStream.derive(1);
    let sum = 0;
    for (let i = 0; i < 20_000; i++) {
      const u = random.uniform();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
    }
    expect(Math.abs(sum / 20_000 - 0.5)).toBeLessThan(0.01);
  });

  test("pick() follows the weights and never returns a zero-weight index", () => {
    const random = RandomStream.derive(9);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[random.pick([1, 0, 3])]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / 30_000).toBeCloseTo(0.75, 1);
  });

  test("mix32() is a 32-bit integer function that spreads nearby inputs apart", () => {
    expect(mix32(1)).not.toBe(mix32(2));
    expect(Number.isInteger(mix32(123456))).toBe(true);
    expect(Math.abs(mix32(123456))).toBeLessThanOrEqual(2 ** 31);
  });
});
