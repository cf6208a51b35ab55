import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { toEtalabCsv } from "../../src/publish/etalab-csv.js";

describe("toEtalabCsv()", () => {
  it("writes comma-separated UTF-8 with a decimal point and empty cells for missing values", () => {
    const frame = pl.DataFrame({ formation: ["Licence, droit", "Master « été »"], taux: [0.408, null] });
    const { text, rows } = toEtalabCsv(frame);
    expect(text).toBe('formation,taux\n"Licence, droit",0.408\nMaster « été »,\n');
    expect(rows).toBe(2);
  });

  it("doubles quotes inside a quoted cell", () => {
    expect(toEtalabCsv(pl.DataFrame({ a: ['dit "bonjour"'] })).text).toBe('a\n"dit ""bonjour"""\n');
  });

  it("neutralises text cells that a spreadsheet would run as a formula, and counts them", () => {
    const frame = pl.DataFrame({
      libelle: ['=HYPERLINK("x")', "+33", "-1", "@SUM(A1)", "L1-2300001-0931238R"],
    });
    const { text, neutralisedCells } = toEtalabCsv(frame);
    expect(neutralisedCells).toBe(4);
    expect(text.split("\n").slice(1, 6)).toEqual([
      '"\'=HYPERLINK(""x"")"',
      "'+33",
      "'-1",
      "'@SUM(A1)",
      "L1-2300001-0931238R",
    ]);
  });

  it("leaves negative numbers alone: only text cells are neutralised", () => {
    const { text, neutralisedCells } = toEtalabCsv(pl.DataFrame({ va: [-3.5, 2] }));
    expect(text).toBe("va\n-3.5\n2\n");
    expect(neutralisedCells).toBe(0);
  });

  it("writes ISO dates and gives identical bytes for identical frames", () => {
    const frame = () => pl.DataFrame({ jour: [new Date("2023-09-07T00:00:00Z")], n: [1] });
    expect(toEtalabCsv(frame()).text).toBe("jour,n\n2023-09-07,1\n");
    expect(toEtalabCsv(frame()).text).toBe(toEtalabCsv(frame()).text);
  });
});
