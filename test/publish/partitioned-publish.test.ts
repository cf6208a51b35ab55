import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ProgressDetail } from "../../src/publish/count-paths.js";
import { publish } from "../../src/publish/publish.js";
import { generateSise } from "../../src/sise/generator/generate-sise.js";

let scratch: string;
let input: string;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function contents(folder: string): Record<string, string> {
  return Object.fromEntries(
    filesUnder(folder)
      .sort()
      .map((path) => [relative(folder, path), readFileSync(path, "utf8")]),
  );
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "publish-partitions-"));
  input = join(scratch, "extrait");
  await generateSise({ seed: 23, entrants: 300, firstRentree: 2017, lastRentree: 2022 }, input);
}, 300_000);

describe("publish({ partitions })", () => {
  it("writes byte-identical files with 1, 3 and 16 partitions of students", async () => {
    const released: Record<string, string>[] = [];
    for (const partitions of [1, 3, 16]) {
      const out = join(scratch, `jeu-${partitions}`);
      await publish({ input, out, partitions });
      released.push(contents(out));
    }
    expect(Object.keys(released[0]!)).toContain("cohortes.csv");
    expect(released[0]!["cohortes.csv"]!.split("\n").length).toBeGreaterThan(50);
    expect(released[1]).toEqual(released[0]);
    expect(released[2]).toEqual(released[0]);
    // The run's spill folder, next to the output, is gone.
    expect(readdirSync(scratch).filter((name) => name.startsWith(".oraccle-spill-"))).toEqual([]);
  }, 600_000);

  it("counts every partition once when partitionRows is tiny, each holding part of the enrolments", async () => {
    const seen = new Map<number, ProgressDetail>();
    const summary = await publish({
      input,
      out: join(scratch, "jeu-petit"),
      partitionRows: 700,
      progress: (step, detail) => {
        if (step === "counting paths" && detail) seen.set(detail.partition, detail);
      },
    });
    const enrolments = summary.accounting.principal.input;
    const expected = Math.ceil(enrolments / 700);
    expect(expected).toBeGreaterThan(2);
    const details = [...seen.values()];
    expect(details.every((detail) => detail.partitions === expected)).toBe(true);
    // A hash partition may be empty (then skipped); on this extract every one holds students.
    expect(seen.size).toBe(expected);
    expect(details.reduce((total, detail) => total + detail.rows, 0)).toBe(enrolments);
    expect(Math.max(...details.map((detail) => detail.rows))).toBeLessThan(enrolments / 2);
  }, 600_000);
});
