import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../../src/core/errors.js";
import { publish } from "../../src/publish/publish.js";
import { validateDataPackage } from "../../src/publish/validate-package.js";
import { generateSise } from "../../src/sise/generator/generate-sise.js";
import { readSise } from "../../src/sise/read-sise.js";
import { browserTestsEnabled, openOffline } from "../helpers/offline-browser.js";

let input: string;
let scratch: string;
let first: string;
let second: string;
let summary: Awaited<ReturnType<typeof publish>>;
let secondSummary: Awaited<ReturnType<typeof publish>>;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "publish-"));
  input = join(scratch, "extrait");
  await generateSise({ seed: 11, entrants: 400, firstRentree: 2016, lastRentree: 2022 }, input);
  first = join(scratch, "jeu-1");
  second = join(scratch, "jeu-2");
  summary = await publish({ input, out: first });
  // The second run rebuilds the paths in several partitions of students: same bytes expected.
  secondSummary = await publish({ input, out: second, partitionRows: 700 });
}, 300_000);

describe("publish()", () => {
  it("writes a dataset that validates, passes the LP audit and is byte-identical across runs and partitions", async () => {
    expect(summary.accounting.principal.input).toBeGreaterThan(2 * 700);
    expect(secondSummary.accounting).toEqual(summary.accounting);
    expect(validateDataPackage(first).problems).toEqual([]);
    const report = JSON.parse(readFileSync(join(first, "disclosure-report.json"), "utf8"));
    expect(report.tables.length).toBeGreaterThan(0);
    expect(report.tables.every((table: { passed: boolean }) => table.passed)).toBe(true);

    const files = filesUnder(first)
      .map((path) => relative(first, path))
      .sort();
    expect(files).toEqual(
      expect.arrayContaining(["cohortes.csv", "datapackage.json", "README.md", "rapport.html", "flux.csv"]),
    );
    for (const file of files) {
      expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file))), file).toBe(true);
    }
  });

  it("accounts for every row at every stage", () => {
    const { read, principal, cohorts, flows } = summary.accounting;
    expect(read.rowsRead).toBeGreaterThan(0);
    expect(read.rowsRead).toBe(read.rowsAccepted + read.rowsRejected);
    expect(principal.input).toBe(principal.principal + principal.secondary + principal.excluded);
    expect(principal.input).toBeLessThanOrEqual(read.rowsAccepted);
    expect(cohorts.students).toBe(summary.students);
    expect(cohorts.inPublishedCohorts + cohorts.inMaskedCohorts).toBe(cohorts.students);
    expect(flows.length).toBe(6);
    for (const year of flows) expect(year.counted, `flows of ${year.rentree}`).toBe(year.principal);
  });

  it("publishes no identifier of the input in any file", async () => {
    const out = first;
    const { inscriptions, resultats } = readSise(input);
    const ids = new Set<string>([
      ...(inscriptions.getColumn("id_etu").toArray() as string[]),
      ...(resultats.getColumn("id_etu").toArray() as string[]),
    ]);
    expect(ids.size).toBeGreaterThan(100);
    const pattern = new RegExp([...ids].map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
    for (const path of filesUnder(out)) {
      const text = readFileSync(path, "utf8");
      expect(pattern.test(text), `${relative(out, path)} contains an input identifier`).toBe(false);
    }
  });

  it("masks every cohort below k: no published cohort count is between 1 and 4", async () => {
    const out = first;
    const counts = readFileSync(join(out, "cohortes.csv"), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => Number(line.split(",").at(-1)));
    expect(counts.some((count) => count === 0)).toBe(true);
    expect(counts.filter((count) => count > 0 && count < 5)).toEqual([]);
  });

  it.skipIf(!browserTestsEnabled)(
    "writes a rapport.html that shows every plot offline, without console errors",
    async () => {
      const page = await openOffline(join(first, "rapport.html"), 2);
      expect(page.figures).toBeGreaterThanOrEqual(2);
      expect(page.figuresWithSvg).toBe(page.figures);
      expect(page.problems).toEqual([]);
      expect(page.requests).toEqual([]);
    },
  );

  it("refuses an unknown policy before writing anything", async () => {
    const out = join(scratch, "jeu-politique");
    await expect(publish({ input, out, policy: "k3" })).rejects.toMatchObject({ exitCode: ExitCode.usage });
    expect(existsSync(out)).toBe(false);
  });

  it("leaves no partial dataset when the input cannot be read", async () => {
    const broken = join(scratch, "casse");
    await generateSise({ seed: 3, entrants: 50, firstRentree: 2020, lastRentree: 2021 }, broken);
    writeFileSync(join(broken, "inscri20.parquet"), "PAR1 tronqué");
    const out = join(scratch, "jeu-casse");
    await expect(publish({ input: broken, out })).rejects.toMatchObject({ exitCode: ExitCode.input });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(scratch).filter((name) => name.includes(".tmp-"))).toEqual([]);
  });
});
