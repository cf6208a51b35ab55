import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/core/errors.js";
import { eraseRareAttributes } from "../../../src/disclosure/microdata/erase-rare-attributes.js";
import { maskSmallCohorts } from "../../../src/disclosure/microdata/mask-small-cohorts.js";

describe("maskSmallCohorts()", () => {
  const cohortes = pl.DataFrame({
    cohorteid: [1, 2, 3, 4],
    trace: ["a", "b", "c", "d"],
    effectif: [12, 4, 5, 1],
  });

  it("publishes counts below k as 0 (Oraccle: masked, 1–4) and keeps every cohort", () => {
    const out = maskSmallCohorts(cohortes, { k: 5, countColumn: "effectif" });
    expect(out.getColumn("effectif").toArray()).toEqual([12, 0, 5, 0]);
    expect(out.getColumn("trace").toArray()).toEqual(["a", "b", "c", "d"]);
    expect(out.getColumn("effectif").dtype.equals(cohortes.getColumn("effectif").dtype)).toBe(true);
  });

  it("flags masked rows on request and honours another k", () => {
    const out = maskSmallCohorts(cohortes, { k: 3, flagColumn: "masque" });
    expect(out.getColumn("effectif").toArray()).toEqual([12, 4, 5, 0]);
    expect(out.getColumn("masque").toArray()).toEqual([false, false, false, true]);
  });

  it("refuses a zero count, which would be read as masked, naming its line", () => {
    const bad = pl.DataFrame({ effectif: [3, 0] });
    expect(() => maskSmallCohorts(bad)).toThrow(InputError);
    expect(() => maskSmallCohorts(bad)).toThrow(/:3, colonne « effectif », valeur « 0 »/);
  });
});

describe("eraseRareAttributes()", () => {
  it("erases values with fewer than k students, merges them per cohort and masks a small merged count", () => {
    const t = pl.DataFrame({
      cohorteid: [1, 1, 1, 2, 2, 2],
      sexe: ["1", "2", "9", "1", "2", "9"],
      effectif: [9, 3, 1, 6, 3, 2],
    });
    const out = eraseRareAttributes(t, { attributes: "sexe" });
    expect(out.getColumn("cohorteid").toArray()).toEqual([1, 1, 2, 2]);
    expect(out.getColumn("sexe").toArray()).toEqual(["1", null, "1", null]);
    // cohort 1: 3 + 1 = 4 < 5 → 0; cohort 2: 3 + 2 = 5 → kept as 5
    expect(out.getColumn("effectif").toArray()).toEqual([9, 0, 6, 5]);
  });
});
