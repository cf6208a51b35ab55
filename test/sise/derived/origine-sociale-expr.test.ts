import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { PCSPAR_TO_ORIGINE_SOCIALE } from "../../../src/sise/codes/origine-sociale.js";
import { PCSPAR } from "../../../src/sise/codes/pcspar.js";
import { origineSocialeExpr } from "../../../src/sise/derived/origine-sociale-expr.js";

describe("origineSocialeExpr()", () => {
  it("classes cadres as très favorisée, ouvriers as défavorisée and missing or unknown PCS as non-réponse", () => {
    const df = pl.DataFrame({ pcspar: ["38", "47", "54", "61", "99", null, "zz"] });
    const out = df.select(origineSocialeExpr()).getColumn("origine_sociale").toArray();
    expect(out).toEqual(["ORI01", "ORI02", "ORI03", "ORI04", "ORI05", "ORI05", "ORI05"]);
  });

  it("maps every labelled PCS code, and only those", () => {
    expect(Object.keys(PCSPAR_TO_ORIGINE_SOCIALE).sort()).toEqual(Object.keys(PCSPAR).sort());
  });
});
