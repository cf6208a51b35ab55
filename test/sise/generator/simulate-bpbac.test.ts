import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { licenceCohort } from "../../../src/indicators/cohort-definition.js";
import { followUpInput } from "../../../src/indicators/follow-up-input.js";
import { selectCohort } from "../../../src/indicators/select-cohort.js";
import { readBpbac } from "../../../src/sise/bpbac/read-bpbac.js";
import { simulateBpbac } from "../../../src/sise/generator/simulate-bpbac.js";
import { readSise } from "../../../src/sise/read-sise.js";
import { isValidUai } from "../../../src/sise/uai.js";
import { combineSources } from "../../../src/trajectories/combine-sources.js";

/** The ministry's devenir en 1 an of the L1 néo-bacheliers 2023 (docs/sources.md §3), in %. */
const MINISTRY_2023 = { passage: 49.1, redoublement: 25.4, reorientation: 10.8, sortie: 14.7 };

function devenir2023(inscriptions: pl.DataFrame, resultats: pl.DataFrame): Record<string, number> {
  const input = followUpInput(inscriptions, resultats);
  const cohort = selectCohort(input.principal, licenceCohort(2023));
  const rows = cohort.students
    .select("id_etu")
    .join(input.transitions.filter(pl.col("rentree").eq(2023)).select("id_etu", "devenir"), {
      on: "id_etu",
      how: "left",
    });
  const out: Record<string, number> = {};
  for (const r of rows.groupBy("devenir").len().toRecords())
    out[String(r.devenir)] = (100 * Number(r.len)) / rows.height;
  return out;
}

describe("the embedded extract with BPBAC (data/sise + data/bpbac)", () => {
  it("gives the ministry's L1 devenir 2023 within ±2 points with BPBAC; SISE alone keeps its bias", () => {
    const sise = readSise("data/sise");
    const bpbac = readBpbac("data/bpbac");
    expect(bpbac.report.totals.rowsRejected).toBe(0);
    const both = combineSources(sise, bpbac.enrolments);
    const withLycee = devenir2023(both.inscriptions, both.resultats);
    for (const [category, target] of Object.entries(MINISTRY_2023))
      expect(Math.abs(withLycee[category]! - target), category).toBeLessThanOrEqual(2);
    const alone = devenir2023(sise.inscriptions, sise.resultats);
    expect(alone.sortie! - MINISTRY_2023.sortie).toBeGreaterThan(2);
    expect(MINISTRY_2023.reorientation - alone.reorientation!).toBeGreaterThan(2);
    // BPBAC adds no passage nor redoublement: those come from SISE alone.
    expect(withLycee.passage).toBeCloseTo(alone.passage!, 10);
    expect(withLycee.redoublement).toBeCloseTo(alone.redoublement!, 10);
  }, 300_000);
});

describe("simulateBpbac()", () => {
  // Twelve students: CPGE doubles, L1 leavers, LP and external L3 entrants.
  interface Row {
    id_etu: string;
    rentree: number;
    typ_dipl: string;
    niveau: string;
    curpar: string | null;
  }
  const rows = Array.from({ length: 12 }, (_, i) => i).flatMap((i): Row[] => {
    const id = `s${String(i).padStart(2, "0")}`;
    if (i < 3) return [{ id_etu: id, rentree: 2019, typ_dipl: "XA", niveau: "01", curpar: "02" }];
    if (i < 8) return [{ id_etu: id, rentree: 2019, typ_dipl: "XA", niveau: "01", curpar: null }];
    if (i < 10) return [{ id_etu: id, rentree: 2020, typ_dipl: "DP", niveau: "01", curpar: null }];
    return [{ id_etu: id, rentree: 2020, typ_dipl: "XA", niveau: "03", curpar: null }];
  });
  const inscriptions = pl.DataFrame({
    id_etu: rows.map((r) => r.id_etu),
    rentree: pl.Series(
      "rentree",
      rows.map((r) => r.rentree),
      pl.Int32,
    ),
    inspr: rows.map(() => "O"),
    typ_dipl: rows.map((r) => r.typ_dipl),
    niveau: rows.map((r) => r.niveau),
    curpar: pl.Series(
      "curpar",
      rows.map((r) => r.curpar),
      pl.Utf8,
    ),
  });
  const options = { seed: 5, entrants: 10, firstRentree: 2018, lastRentree: 2021 };

  it("is deterministic and does not depend on the order of the input rows", () => {
    const a = simulateBpbac(inscriptions, options);
    const b = simulateBpbac(inscriptions.reverse(), options);
    expect(a.toRecords()).toEqual(b.toRecords());
  });

  it("gives every CPGE double its CPGE row, never a lycée class in a year the student is in SISE", () => {
    const bpbac = simulateBpbac(inscriptions, options);
    for (const id of ["s00", "s01", "s02"]) {
      const cpge = bpbac.filter(pl.col("id_etu").eq(pl.lit(id)).and(pl.col("rentree").eq(2019)));
      expect(cpge.getColumn("type_classe").toArray()).toEqual(["CPGE"]);
    }
    const clash = bpbac.join(inscriptions.filter(pl.col("curpar").isNull()), {
      on: ["id_etu", "rentree"],
      how: "inner",
    }).height;
    expect(clash).toBe(0);
    expect(
      bpbac
        .getColumn("etabli")
        .toArray()
        .every((u) => isValidUai(String(u))),
    ).toBe(true);
    // Rows only inside the rentrées asked for; LP entrants' BTS comes before their LP year.
    const years = bpbac.getColumn("rentree").toArray().map(Number);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2018);
    expect(Math.max(...years)).toBeLessThanOrEqual(2021);
    const lp = bpbac.filter(pl.col("id_etu").isIn(["s08", "s09"]));
    expect(
      lp
        .getColumn("rentree")
        .toArray()
        .every((y) => Number(y) < 2020),
    ).toBe(true);
    expect(
      lp
        .getColumn("type_classe")
        .toArray()
        .every((t) => t === "STS"),
    ).toBe(true);
  });
});
