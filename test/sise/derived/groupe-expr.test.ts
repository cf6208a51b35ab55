import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import {
  gdDisciplineFromDiscipliExpr,
  groupeFromDiscipliExpr,
} from "../../../src/sise/derived/groupe-expr.js";

describe("groupeFromDiscipliExpr()", () => {
  it("rolls disciplines up to their groupe, and DUT/BUT to IUT secondaire or tertiaire", () => {
    const df = pl.DataFrame({
      discipli: ["01", "03", "06", "10", "11", "15", "02", "88", "zz"],
      typ_dipl: ["XA", "XA", "XA", "XA", "CV", "DR", "DR", "XA", "DR"],
    });
    expect(df.select(groupeFromDiscipliExpr()).getColumn("groupe").toArray()).toEqual([
      "1",
      "2",
      "3",
      "4",
      "A",
      "7",
      "8",
      null,
      null,
    ]);
  });
});

describe("gdDisciplineFromDiscipliExpr()", () => {
  it("gives the grande discipline of MESR's open dataset, null when there is none", () => {
    const df = pl.DataFrame({ discipli: ["03", "32", "09", "10", "13", "90", null] });
    expect(df.select(gdDisciplineFromDiscipliExpr()).getColumn("gd_discipline").toArray()).toEqual([
      "DSA",
      "LLSH",
      "SI",
      "STAPS",
      "SANTE",
      null,
      null,
    ]);
  });
});
