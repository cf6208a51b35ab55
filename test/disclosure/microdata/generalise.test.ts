import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { ageHierarchy } from "../../../src/disclosure/microdata/age-hierarchy.js";
import { generalise } from "../../../src/disclosure/microdata/generalise.js";
import { hierarchyFromLevels, hierarchyFromTable } from "../../../src/disclosure/microdata/hierarchy.js";
import { intervalHierarchy } from "../../../src/disclosure/microdata/interval-hierarchy.js";
import { prosecutorRisk } from "../../../src/disclosure/microdata/prosecutor-risk.js";
import { hasReference, readReference, referencePath } from "./reference-data.js";

describe("ageHierarchy()", () => {
  it("bands ages in nested levels up to *", () => {
    const h = ageHierarchy();
    expect([17, 18, 19, 23, 29, 30, 45].map((a) => h.generalise(String(a), 1))).toEqual([
      "<18",
      "18-19",
      "18-19",
      "22-24",
      "25-29",
      "30+",
      "30+",
    ]);
    expect(h.generalise("23", 2)).toBe("20-24");
    expect(h.generalise("23", 3)).toBe("<25");
    expect(h.generalise("23", 4)).toBe("*");
    expect(h.height).toBe(4);
    expect(() => h.generalise("23", 5)).toThrow(/0…4/);
  });

  it("refuses bands that do not nest", () => {
    expect(() => intervalHierarchy("age", [[18, 20], [19]])).toThrow(/would not nest/);
  });
});

/** A two-level hierarchy of codes: the first three characters, then a lookup (unknown prefix → error). */
const prefixHierarchy = () =>
  hierarchyFromLevels("etabli", [
    (value: string) => value.slice(0, 3),
    (value: string) => {
      const group = ({ "093": "24", "075": "01" } as Record<string, string>)[value.slice(0, 3)];
      if (group === undefined) throw new Error(`'${value.slice(0, 3)}' has no group`);
      return group;
    },
  ]);

describe("generalise()", () => {
  it("recodes the chosen columns and keeps nulls, other columns and row order", () => {
    const df = pl.DataFrame({
      id: [1, 2, 3],
      age: [19, null, 31],
      etabli: ["0931238R", "0751717J", "0931238R"],
    });
    const out = generalise(df, {
      age: { hierarchy: ageHierarchy(), level: 2 },
      etabli: { hierarchy: prefixHierarchy(), level: 2 },
    });
    expect(out.getColumn("id").toArray()).toEqual([1, 2, 3]);
    expect(out.getColumn("age").toArray()).toEqual(["<20", null, "30+"]);
    expect(out.getColumn("etabli").toArray()).toEqual(["24", "01", "24"]);
  });

  it("reports an unknown value before recoding anything", () => {
    const df = pl.DataFrame({ etabli: ["0691774D"] });
    expect(() => generalise(df, { etabli: { hierarchy: prefixHierarchy(), level: 2 } })).toThrow(/'069'/);
  });
});

// ARX's own example data and hierarchy (arx-deidentifier/arx data/test.csv, test_hierarchy_age.csv).
const ARX = "arx/test.csv";
describe.skipIf(!hasReference(ARX) || !hasReference("arx/test_hierarchy_age.csv"))(
  `generalise() with an ARX hierarchy (${ARX})`,
  () => {
    it("reads an ARX hierarchy table and raises the smallest class size", async () => {
      const { readFileSync } = await import("node:fs");
      const rows = readFileSync(referencePath("arx/test_hierarchy_age.csv"), "utf8")
        .trim()
        .split(/\r?\n/)
        .map((line) => line.split(";"));
      const age = hierarchyFromTable("age", rows);
      const data = readReference(ARX, { separator: ";" });
      const before = prosecutorRisk(data, ["age", "gender"]).smallestClass;
      const after = prosecutorRisk(generalise(data, { age: { hierarchy: age, level: age.height } }), [
        "age",
        "gender",
      ]);
      // At the top level every age is "*": the classes are the genders.
      const genders = data.getColumn("gender").unique().len();
      expect(after.classes).toBe(genders);
      expect(after.smallestClass).toBeGreaterThanOrEqual(before);
    });
  },
);
