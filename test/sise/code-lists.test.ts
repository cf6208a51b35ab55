import { describe, expect, it } from "vitest";
import { codeLabel, SISE_CODE_LISTS } from "../../src/sise/code-lists.js";
import { DISCIPLI } from "../../src/sise/codes/discipli.js";
import { IDF_UNIVERSITIES } from "../../src/sise/codes/idf-universities.js";
import { SECTDIS } from "../../src/sise/codes/sectdis.js";
import { TYP_DIPL } from "../../src/sise/codes/typ-dipl.js";
import { isValidUai } from "../../src/sise/uai.js";

describe("SISE code lists", () => {
  it("codeLabel() gives the French label of a known code and undefined otherwise", () => {
    expect(codeLabel("typ_dipl", "DR")).toBe("Bachelor universitaire de technologie (BUT)");
    expect(codeLabel("mention_bac", "P")).toBe("Passable deuxième groupe");
    expect(codeLabel("sexe", "3")).toBeUndefined();
    expect(codeLabel("sexe", "toString")).toBeUndefined();
  });

  it("gives licence 3 years at bac+3, licence pro 1 year, master 2 years at bac+5 (BCN)", () => {
    expect([TYP_DIPL.XA.cursus, TYP_DIPL.XA.bacPlus, TYP_DIPL.XA.years]).toEqual(["L", 3, 3]);
    expect([TYP_DIPL.DP.bacPlus, TYP_DIPL.DP.years]).toEqual([3, 1]);
    expect([TYP_DIPL.XB.cursus, TYP_DIPL.XB.bacPlus, TYP_DIPL.XB.years]).toEqual(["M", 5, 2]);
    expect([TYP_DIPL.CB.lastRentree, TYP_DIPL.DR.firstRentree]).toEqual([2022, 2021]);
  });

  it("rolls every secteur up to a known discipline and every discipline to a known groupe", () => {
    for (const info of Object.values(SECTDIS)) expect(Object.hasOwn(DISCIPLI, info.discipli)).toBe(true);
    for (const info of Object.values(DISCIPLI)) {
      if (info.groupe !== null) expect(Object.hasOwn(SISE_CODE_LISTS.groupe, info.groupe)).toBe(true);
    }
    expect(DISCIPLI["06"].gd_discipline).toBe("LLSH");
  });

  it("lists ten Île-de-France universities with valid UAIs whose shares add up to about 100 %", () => {
    expect(IDF_UNIVERSITIES).toHaveLength(10);
    for (const u of IDF_UNIVERSITIES) {
      expect(isValidUai(u.uai), u.uai).toBe(true);
      const lmd = u.pctCursus.L + u.pctCursus.M + u.pctCursus.D;
      expect(Math.abs(lmd - 100), u.name).toBeLessThan(1.5);
      const bac = Object.values(u.pctBac).reduce((a, b) => a + b, 0);
      expect(Math.abs(bac - 100), u.name).toBeLessThanOrEqual(1);
    }
  });
});
