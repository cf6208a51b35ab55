import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { lDiversity } from "../../../src/disclosure/microdata/l-diversity.js";
import { hasReference, readReference } from "./reference-data.js";

describe("lDiversity()", () => {
  // Class A: x x x y (counts 3, 1); class B: x y z z (2, 1, 1); class C: x y z w (1, 1, 1, 1).
  const df = pl.DataFrame({
    k: ["A", "A", "A", "A", "B", "B", "B", "B", "C", "C", "C", "C"],
    s: ["x", "x", "x", "y", "x", "y", "z", "z", "x", "y", "z", "w"],
  });

  it("reports distinct l per class and the worst class", () => {
    const l = lDiversity(df, ["k"], "s");
    expect(l.bySensitive[0]!.classes.map((c) => c.distinct)).toEqual([2, 3, 4]);
    expect(l.distinct).toBe(2);
  });

  it("reports entropy l as exp(H) of the worst class", () => {
    const l = lDiversity(df, ["k"], "s");
    const hA = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
    expect(l.entropy).toBeCloseTo(Math.exp(hA), 12); // ≈ 1.755
    expect(l.entropyL).toBe(1);
    expect(l.bySensitive[0]!.classes[2]!.entropy).toBeCloseTo(4, 12);
  });

  it("uses descending counts for recursive (c,l): r1 < c·(r_l + … + r_m)", () => {
    // A (3,1), c = 2: l = 1: 3 < 2·4 ✓; l = 2: 3 < 2·1 ✗ → 1.
    // B (2,1,1): l = 2: 2 < 2·2 ✓; l = 3: 2 < 2·1 ✗ → 2.  C (1,1,1,1): l = 4: 1 < 2·1 ✓ → 4.
    const l = lDiversity(df, ["k"], "s", { c: 2 });
    expect(l.bySensitive[0]!.classes.map((c) => c.recursive)).toEqual([1, 2, 4]);
    expect(l.recursive).toBe(1);
    // With c = 4: A l = 2 (3 < 4·1), B l = 3 (2 < 4·1).
    expect(lDiversity(df, ["k"], "s", { c: 4 }).bySensitive[0]!.classes.map((c) => c.recursive)).toEqual([
      2, 3, 4,
    ]);
  });

  it("never reports a recursive l below 1, as sdcMicro's measure_risk_cpp", () => {
    const single = pl.DataFrame({ k: ["A", "A"], s: ["x", "x"] });
    expect(lDiversity(single, ["k"], "s", { c: 0.5 }).recursive).toBe(1);
  });

  it("gives the smallest c that makes the frame (c, distinct l)-diverse", () => {
    // distinct l = 2: A 3/1, B 2/(1+1), C 1/3 → 3 (any c > 3).
    expect(lDiversity(df, ["k"], "s").bySensitive[0]!.recursiveCForDistinct).toBe(3);
  });

  it("takes the minimum over several sensitive attributes", () => {
    const two = df.withColumns(pl.Series("t", ["u", "v", "u", "v", "u", "u", "u", "u", "u", "v", "w", "u"]));
    const l = lDiversity(two, ["k"], ["s", "t"]);
    expect(l.bySensitive.map((d) => d.distinct)).toEqual([2, 1]);
    expect(l.distinct).toBe(1);
  });

  it("refuses a sensitive attribute that is also a key", () => {
    expect(() => lDiversity(df, ["k", "s"], "s")).toThrow(/also a key/);
  });
});

// ihsn/SDCPractice docs/measure_risk.rst, Table 4.3 and Example 4.6: Health_Distinct_Ldiversity
// per record = 1 1 1 2 1 2 1 1 2 2.
const FILE = "sdcpractice/sdc_practice_guide_tab41_43_45.csv";
describe.skipIf(!hasReference(FILE))(`lDiversity() on the SDC Practice Guide Table 4.3 (${FILE})`, () => {
  it("gives each record the published distinct l-diversity of its class", () => {
    const frame = readReference(FILE);
    const keys = ["Residence", "Gender", "Education", "Labor"];
    const l = lDiversity(frame, keys, "Health");
    const byRep = new Map(l.bySensitive[0]!.classes.map((c) => [c.representative, c.distinct]));
    // record → its class's first record, from the keys of Table 4.1
    const firstOfClass = [0, 0, 2, 3, 4, 3, 6, 7, 8, 8];
    expect(firstOfClass.map((rep) => byRep.get(rep))).toEqual([1, 1, 1, 2, 1, 2, 1, 1, 2, 2]);
    expect(l.distinct).toBe(1);
  });
});
