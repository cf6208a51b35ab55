import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { ageBacExpr } from "../../../src/sise/derived/age-bac-expr.js";

describe("ageBacExpr()", () => {
  it("classes 18 as R0, 19 as R1, 20 as R2, a bac pro as R4 and no bac as null", () => {
    const df = pl.DataFrame({
      anbac: [2020, 2020, 2020, 2020, -1, 2020, 2020],
      annais: [2002, 2001, 2000, 1995, 2000, 2015, 2003],
      bac_rgrp: ["3", "4", "1", "6", "7", "A", "A"],
    });
    const out = df.select(ageBacExpr()).getColumn("age_bac").toArray();
    expect(out).toEqual(["R0", "R1", "R2", "R4", null, null, "R0"]);
  });
});
