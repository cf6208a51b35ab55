import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/core/errors.js";
import { aggregateTable } from "../../../src/disclosure/tables/aggregate-table.js";
import { buildTable } from "../../../src/disclosure/tables/build-table.js";
import { coordinatesKey } from "../../../src/disclosure/tables/linear-table.js";

describe("buildTable()", () => {
  it("writes one equation per row and per column of a 2×2 table with margins (5 + 1 redundant)", () => {
    const cells = [
      ["a", "x", 1],
      ["a", "y", 2],
      ["a", "T", 3],
      ["b", "x", 4],
      ["b", "y", 5],
      ["b", "T", 9],
      ["T", "x", 5],
      ["T", "y", 7],
      ["T", "T", 12],
    ].map(([r, c, value]) => ({ coordinates: { r: String(r), c: String(c) }, value: Number(value) }));
    const table = buildTable({
      dimensions: [
        { name: "r", total: "T" },
        { name: "c", total: "T" },
      ],
      cells,
    });
    const readable = table.equations.map(
      (e) =>
        `${coordinatesKey(cells[e.total]!.coordinates)} = ${e.parts.map((p) => coordinatesKey(cells[p]!.coordinates)).join(" + ")}`,
    );
    expect(readable.sort()).toEqual(
      [
        "r=a|c=T = r=a|c=x + r=a|c=y",
        "r=b|c=T = r=b|c=x + r=b|c=y",
        "r=T|c=x = r=a|c=x + r=b|c=x",
        "r=T|c=y = r=a|c=y + r=b|c=y",
        "r=T|c=T = r=a|c=T + r=b|c=T",
        "r=T|c=T = r=T|c=x + r=T|c=y",
      ].sort(),
    );
  });

  it("adds one equation per level of a hierarchy", () => {
    const table = aggregateTable({
      dimensions: [{ name: "aca", total: "France", hierarchy: { "01": "IDF", "24": "IDF", "06": "ARA" } }],
      records: [{ aca: "01" }, { aca: "24" }, { aca: "24" }, { aca: "06" }],
    });
    const byKey = (i: number) => table.cells[i]!.coordinates.aca;
    const readable = table.equations.map((e) => `${byKey(e.total)}=${e.parts.map(byKey).join("+")}`);
    expect(readable.sort()).toEqual(["ARA=06", "France=ARA+IDF", "IDF=01+24"]);
    expect(table.cells.find((c) => c.coordinates.aca === "IDF")!.value).toBe(3);
  });

  it("names the margin that is not the sum of its parts", () => {
    expect(() =>
      buildTable({
        dimensions: [{ name: "d" }],
        cells: [
          { coordinates: { d: "a" }, value: 1 },
          { coordinates: { d: "b" }, value: 2 },
          { coordinates: { d: "Total" }, value: 4 },
        ],
        source: "effectifs.csv",
      }),
    ).toThrow(/effectifs\.csv:3.*margin d=Total is 4 but its parts along 'd' add up to 3/);
  });

  it("rejects negative values and duplicated cells with an InputError", () => {
    expect(() =>
      buildTable({ dimensions: [{ name: "d" }], cells: [{ coordinates: { d: "a" }, value: -1 }] }),
    ).toThrow(InputError);
    expect(() =>
      buildTable({
        dimensions: [{ name: "d" }],
        cells: [
          { coordinates: { d: "a" }, value: 1 },
          { coordinates: { d: "a" }, value: 1 },
        ],
      }),
    ).toThrow(/appears twice/);
  });
});

describe("aggregateTable()", () => {
  it("keeps the largest contributions of each cell, largest first", () => {
    const table = aggregateTable({
      dimensions: [{ name: "d" }],
      records: [
        { d: "a", v: 5 },
        { d: "a", v: 50 },
        { d: "a", v: 7 },
        { d: "b", v: 1 },
      ],
      value: "v",
      keepTopContributions: 2,
    });
    const a = table.cells.find((c) => c.coordinates.d === "a")!;
    const total = table.cells.find((c) => c.coordinates.d === "Total")!;
    expect([a.value, a.frequency, a.topContributions]).toEqual([62, 3, [50, 7]]);
    expect([total.value, total.frequency, total.topContributions]).toEqual([63, 4, [50, 7]]);
  });

  it("names the record whose contribution is not a number", () => {
    expect(() =>
      aggregateTable({
        dimensions: [{ name: "d" }],
        records: [
          { d: "a", v: 1 },
          { d: "b", v: "n/a" },
        ],
        value: "v",
      }),
    ).toThrow(/records:3, colonne « v », valeur « n\/a »/);
  });
});
