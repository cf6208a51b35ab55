import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { serieBacGroupExpr } from "../../../src/sise/derived/serie-bac-group-expr.js";

describe("serieBacGroupExpr()", () => {
  it("groups L/ES/S/A as general, STMG and other techno as techno, 6 as pro, the rest as autre", () => {
    const df = pl.DataFrame({ bac_rgrp: ["1", "2", "3", "A", "4", "5", "6", "7", "9", null, "X"] });
    const out = df.select(serieBacGroupExpr()).getColumn("serie_bac_group").toArray();
    expect(out).toEqual([
      "general",
      "general",
      "general",
      "general",
      "techno",
      "techno",
      "pro",
      "autre",
      "autre",
      "autre",
      "autre",
    ]);
  });
});
