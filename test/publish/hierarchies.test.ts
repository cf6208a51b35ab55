import { describe, expect, it } from "vitest";
import { diplomHierarchy } from "../../src/publish/hierarchies/diplom-hierarchy.js";
import { rentreeHierarchy } from "../../src/publish/hierarchies/rentree-hierarchy.js";
import { uaiHierarchy } from "../../src/publish/hierarchies/uai-hierarchy.js";

describe("uaiHierarchy()", () => {
  it("maps a UAI to its département then its Île-de-France académie", () => {
    const h = uaiHierarchy();
    expect(h.generalise("0931238R", 1)).toBe("093");
    expect(h.generalise("0931238R", 2)).toBe("24");
    expect(h.generalise("0751717J", 2)).toBe("01");
    expect(h.generalise("0921204J", 2)).toBe("25");
    expect(h.generalise("0921204J", 3)).toBe("*");
    expect(() => h.generalise("0691774D", 2)).toThrow(/'069'.*no académie/);
    expect(uaiHierarchy({ departementToAcademie: { "069": "10" } }).generalise("0691774D", 2)).toBe("10");
  });
});

describe("diplomHierarchy() and rentreeHierarchy()", () => {
  it("maps diplom to typ_dipl through the lookup, then cursus", () => {
    const h = diplomHierarchy(
      { "2500001": "XA", "3000002": "XB" },
      { typDiplToCursus: { XA: "L", XB: "M" } },
    );
    expect(h.generalise("3000002", 1)).toBe("XB");
    expect(h.generalise("3000002", 2)).toBe("M");
    expect(() => h.generalise("9999999", 1)).toThrow(/no typ_dipl/);
  });

  it("groups rentrées in aligned bands", () => {
    const h = rentreeHierarchy();
    expect(["2010", "2011", "2012", "2013", "2022"].map((y) => h.generalise(y, 1))).toEqual([
      "2010-2011",
      "2010-2011",
      "2012-2013",
      "2012-2013",
      "2022-2023",
    ]);
    expect(h.generalise("2013", 2)).toBe("2010-2013");
    expect(() => rentreeHierarchy({ widths: [2, 5] })).toThrow(/multiple/);
  });
});
