import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pl from "nodejs-polars";
import { afterAll, describe, expect, test } from "vitest";
import { OraccleError } from "../../../src/core/errors.js";
import { generateSise, simulateSise } from "../../../src/sise/generator/generate-sise.js";
import { INSCRIPTION_COLUMNS, RESULTAT_COLUMNS } from "../../../src/sise/schema.js";
import { isValidUai } from "../../../src/sise/uai.js";

const scratch = mkdtempSync(join(tmpdir(), "oraccle-generate-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const small = { seed: 11, entrants: 400, firstRentree: 2019, lastRentree: 2022, warmupYears: 3 };

function filesOf(dir: string): Record<string, Buffer> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name))]),
  );
}

describe("generateSise()", () => {
  test("writes byte-identical Parquet files for the same seed, and different ones for another seed", async () => {
    await generateSise(small, join(scratch, "a"));
    await generateSise(small, join(scratch, "b"));
    await generateSise({ ...small, seed: 12 }, join(scratch, "c"));
    const a = filesOf(join(scratch, "a"));
    expect(Object.keys(a)).toEqual([
      "inscri19.parquet",
      "inscri20.parquet",
      "inscri21.parquet",
      "inscri22.parquet",
      "result19.parquet",
      "result20.parquet",
      "result21.parquet",
      "result22.parquet",
    ]);
    const b = filesOf(join(scratch, "b"));
    const c = filesOf(join(scratch, "c"));
    for (const name of Object.keys(a)) {
      expect(a[name]!.equals(b[name]!), name).toBe(true);
      expect(a[name]!.equals(c[name]!), name).toBe(false);
    }
  });

  test("writes the data-model columns and types, in order", async () => {
    const inscriptions = pl.readParquet(join(scratch, "a", "inscri21.parquet"));
    expect(inscriptions.columns).toEqual(INSCRIPTION_COLUMNS.map((c) => c.name));
    INSCRIPTION_COLUMNS.forEach((spec, i) => {
      expect(String(inscriptions.dtypes[i]), spec.name).toBe(
        spec.dtype === "Int32" ? "DataType(Int32)" : "DataType(String)",
      );
    });
    const resultats = pl.readParquet(join(scratch, "a", "result21.parquet"));
    expect(resultats.columns).toEqual(RESULTAT_COLUMNS.map((c) => c.name));
  });

  test("writes the same rows as CSV on request, with a header line", async () => {
    await generateSise(small, join(scratch, "csv"), "csv");
    const fromCsv = pl.readCSV(join(scratch, "csv", "inscri20.csv"), { inferSchemaLength: 0 });
    const fromParquet = pl.readParquet(join(scratch, "a", "inscri20.parquet"));
    expect(fromCsv.height).toBe(fromParquet.height);
    expect(fromCsv.getColumn("id_etu").toArray()).toEqual(fromParquet.getColumn("id_etu").toArray());
    expect(readFileSync(join(scratch, "csv", "result22.csv"), "utf8").split("\n")[0]).toBe(
      RESULTAT_COLUMNS.map((c) => c.name).join(","),
    );
  });

  test("refuses a folder that already holds SISE files unless asked to overwrite", async () => {
    const dir = join(scratch, "occupied");
    await generateSise({ ...small, lastRentree: 2019 }, dir);
    await expect(generateSise({ ...small, lastRentree: 2019 }, dir)).rejects.toThrow(OraccleError);
    writeFileSync(join(dir, "notes.txt"), "kept");
    await generateSise({ ...small, lastRentree: 2019 }, dir, "parquet", true);
    expect(readdirSync(dir).sort()).toEqual(["inscri19.parquet", "notes.txt", "result19.parquet"]);
  });

  test("rejects a non-integer seed and an empty population", () => {
    expect(() => simulateSise({ ...small, seed: 1.5 })).toThrow(/seed/);
    expect(() => simulateSise({ ...small, entrants: 0 })).toThrow(/entrants/);
  });
});

describe("simulateSise()", () => {
  const { inscriptions, resultats } = simulateSise({ ...small, entrants: 800 });

  test("emits valid UAIs, pseudonymous hex ids and one principal enrolment per student and year", () => {
    for (const [, rows] of inscriptions) {
      const etabli = rows.column("etabli") as string[];
      const compos = rows.column("compos") as string[];
      expect(etabli.every(isValidUai)).toBe(true);
      expect(compos.every(isValidUai)).toBe(true);
      expect((rows.column("id_etu") as string[]).every((id) => /^[0-9a-f]{16}$/.test(id))).toBe(true);
      const principal = new Map<string, number>();
      const ids = rows.column("id_etu") as string[];
      const inspr = rows.column("inspr") as string[];
      ids.forEach((id, i) => {
        if (inspr[i] === "O") principal.set(id, (principal.get(id) ?? 0) + 1);
      });
      expect(Math.max(...principal.values())).toBe(1);
      expect(inspr.filter((v) => v === "N").length).toBeGreaterThan(0);
    }
  });

  test("gives every result a matching enrolment, session = rentree + 1, and diplomas only in final years", () => {
    for (const [rentree, rows] of resultats) {
      const enrolled = new Set<string>();
      const ins = inscriptions.get(rentree)!;
      const [id, etab, diplom, niveau] = ["id_etu", "etabli", "diplom", "niveau"].map((c) => ins.column(c));
      id!.forEach((_, i) => {
        enrolled.add(`${id![i]}|${etab![i]}|${diplom![i]}|${niveau![i]}`);
      });
      const r = Object.fromEntries(
        ["id_etu", "etabli", "diplom", "niveau", "session", "typ_dipl", "resdip"].map((c) => [
          c,
          rows.column(c),
        ]),
      );
      for (let i = 0; i < rows.length; i++) {
        expect(enrolled.has(`${r.id_etu![i]}|${r.etabli![i]}|${r.diplom![i]}|${r.niveau![i]}`)).toBe(true);
        expect(r.session![i]).toBe(rentree + 1);
        if (r.resdip![i] === "O" && r.typ_dipl![i] === "XA") expect(r.niveau![i]).toBe("03");
        if (r.resdip![i] === "O" && r.typ_dipl![i] === "XB") expect(r.niveau![i]).toBe("02");
      }
    }
  });

  test("uses bac général A with specialities for the 2021+ bacheliers and the old series before", () => {
    const rows = inscriptions.get(2022)!;
    const anbac = rows.column("anbac") as number[];
    const bac = rows.column("bac_rgrp") as string[];
    const spe1 = rows.column("bac_spe1") as (string | null)[];
    for (let i = 0; i < rows.length; i++) {
      if (anbac[i]! >= 2021) expect(["1", "2", "3"]).not.toContain(bac[i]);
      if (anbac[i]! <= 2020) expect(bac[i]).not.toBe("A");
      if (bac[i] === "A") expect(spe1[i]).not.toBeNull();
    }
    expect(bac.filter((b) => b === "A").length).toBeGreaterThan(100);
  });

  test("contains the awkward cases: césure, CPGE doubles, L.AS, PASS, BUT, licence pro, stop-outs", () => {
    const all = [...inscriptions.values()];
    const count = (column: string, value: string) =>
      all.reduce(
        (n, rows) => n + (rows.column(column) as (string | null)[]).filter((v) => v === value).length,
        0,
      );
    expect(count("amena", "3")).toBeGreaterThan(0);
    expect(count("curpar", "02")).toBeGreaterThan(0);
    expect(count("conv", "P")).toBe(count("curpar", "02"));
    expect(count("par_type", "0001291")).toBeGreaterThan(0);
    expect(count("typ_dipl", "CV")).toBeGreaterThan(0);
    expect(count("typ_dipl", "DR")).toBeGreaterThan(0);
    expect(count("typ_dipl", "DP")).toBeGreaterThan(0);
    expect(count("regime", "12")).toBeGreaterThan(0);
    // A stop-out: enrolled in 2019, absent in 2020, enrolled again in 2021.
    const ids = (year: number) => new Set(inscriptions.get(year)!.column("id_etu") as string[]);
    const [y19, y20, y21] = [ids(2019), ids(2020), ids(2021)];
    expect([...y19].some((id) => !y20.has(id) && y21.has(id))).toBe(true);
  });
});
