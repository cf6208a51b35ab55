import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { checkRelease } from "../../../src/disclosure/gate/check-release.js";
import { resolvePolicy } from "../../../src/disclosure/gate/disclosure-policy.js";

const policy = resolvePolicy("oraccle-k5");
/** 40 students: (a, x) 12, (a, y) 9, (b, x) 2, (b, y) 17. */
const counted = pl.DataFrame({
  from: ["a", "a", "b", "b"],
  to: ["x", "y", "x", "y"],
  n: [12, 9, 2, 17],
});
const records = pl.DataFrame({
  from: counted
    .getColumn("from")
    .toArray()
    .flatMap((value, i) => Array(counted.getColumn("n").get(i)).fill(value)),
  to: counted
    .getColumn("to")
    .toArray()
    .flatMap((value, i) => Array(counted.getColumn("n").get(i)).fill(value)),
});

describe("checkRelease() on a count table", () => {
  it("counts every cell and margin, and suppresses the small cell with a complement", async () => {
    const verdict = await checkRelease(
      { kind: "count-table", records, dimensions: ["from", "to"], source: "t" },
      policy,
    );
    expect(verdict.report.passed).toBe(true);
    const frame = verdict.released!.frame;
    const cell = (from: string, to: string) =>
      frame
        .filter(
          pl
            .col("from")
            .eq(pl.lit(from))
            .and(pl.col("to").eq(pl.lit(to))),
        )
        .toRecords()[0];
    expect(cell("Total", "Total")).toMatchObject({ effectif: 40, statut: "publie" });
    expect(cell("a", "Total")).toMatchObject({ effectif: 21 });
    expect(cell("b", "x")).toMatchObject({ effectif: null, statut: "secret_primaire" });
    expect(frame.filter(pl.col("statut").eq(pl.lit("secret_secondaire"))).height).toBeGreaterThan(0);
  });

  it("gives the same table from counted records with `weight`", async () => {
    const fromRecords = await checkRelease(
      { kind: "count-table", records, dimensions: ["from", "to"] },
      policy,
    );
    const fromCounts = await checkRelease(
      { kind: "count-table", records: counted, weight: "n", dimensions: ["from", "to"] },
      policy,
    );
    expect(fromCounts.released!.frame.toRecords()).toEqual(fromRecords.released!.frame.toRecords());
    expect(records.height).toBe(40);
  });
});
