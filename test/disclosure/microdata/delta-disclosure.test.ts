import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { deltaDisclosure } from "../../../src/disclosure/microdata/delta-disclosure.js";

describe("deltaDisclosure()", () => {
  const df = pl.DataFrame({ age: [20, 20, 21, 21], diag: ["a", "b", "a", "a"] });

  it("takes the largest |ln(p(s|EC)/p(s))| over values present in a class", () => {
    // class 20: a 0.5/0.75, b 0.5/0.25 → |ln 2/3|, ln 2; class 21: a 1/0.75 → ln 4/3
    expect(deltaDisclosure(df, ["age"], "diag").delta).toBeCloseTo(Math.log(2), 12);
  });

  it("uses log base 2 on request, as ARX", () => {
    expect(deltaDisclosure(df, ["age"], "diag", { base: 2 }).delta).toBeCloseTo(1, 12);
    expect(() => deltaDisclosure(df, ["age"], "diag", { base: 1 })).toThrow(/base/);
  });
});
