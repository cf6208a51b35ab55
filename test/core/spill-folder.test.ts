import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { ExitCode, OraccleError } from "../../src/core/errors.js";
import { readPartition, spillByKey } from "../../src/core/spill-by-key.js";
import { createSpillFolder, SPILL_PREFIX } from "../../src/core/spill-folder.js";

describe("createSpillFolder(parent)", () => {
  it("creates a folder of its own each time and removes it", () => {
    const parent = mkdtempSync(join(tmpdir(), "spill-"));
    const a = createSpillFolder(parent);
    const b = createSpillFolder(parent);
    expect(a.path).not.toBe(b.path);
    a.remove();
    b.remove();
    expect(readdirSync(parent)).toEqual([]);
  });

  it("removes the folder of a dead owner, keeps a live one's", () => {
    const parent = mkdtempSync(join(tmpdir(), "spill-"));
    // A pid that existed and is gone: a child that has already exited.
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid!;
    const stale = join(parent, `${SPILL_PREFIX}killed`);
    mkdirSync(stale);
    writeFileSync(join(stale, "owner.json"), JSON.stringify({ pid: dead }));
    const live = join(parent, `${SPILL_PREFIX}running`);
    mkdirSync(live);
    writeFileSync(join(live, "owner.json"), JSON.stringify({ pid: process.pid }));
    const spill = createSpillFolder(parent);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    spill.remove();
  });

  it("refuses an unusable parent with exit code 4 and a French message naming it", () => {
    const parent = mkdtempSync(join(tmpdir(), "spill-"));
    const file = join(parent, "fichier");
    writeFileSync(file, "pas un dossier");
    const error = (() => {
      try {
        createSpillFolder(join(file, "dessous"));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(OraccleError);
    expect((error as OraccleError).exitCode).toBe(ExitCode.output);
    expect((error as OraccleError).message).toContain("impossible de créer le dossier de débordement");
  });
});

describe("spillByKey(frame, options)", () => {
  it("puts every row of a key in one partition, the same for two tables", () => {
    const folder = mkdtempSync(join(tmpdir(), "spill-"));
    const ids = Array.from({ length: 200 }, (_, i) => `e${i % 37}`);
    const a = pl.DataFrame({ id_etu: ids, v: ids.map((_, i) => i) });
    const b = pl.DataFrame({ id_etu: ids.slice(0, 50), w: ids.slice(0, 50).map((_, i) => i) });
    const rows = spillByKey(a, { key: "id_etu", partitions: 4, folder, name: "a" });
    spillByKey(b, { key: "id_etu", partitions: 4, folder, name: "b" });
    expect(rows.reduce((s, n) => s + n, 0)).toBe(200);
    const owner = new Map<string, number>();
    for (let index = 0; index < 4; index++) {
      for (const name of ["a", "b"]) {
        for (const id of readPartition(folder, name, index).getColumn("id_etu").toArray() as string[]) {
          expect(owner.get(id) ?? index).toBe(index);
          owner.set(id, index);
        }
      }
    }
    expect(owner.size).toBe(37);
  });

  it("says in French that the partition cannot be written when the folder is gone", () => {
    const frame = pl.DataFrame({ id_etu: ["a", "b"] });
    const folder = join(mkdtempSync(join(tmpdir(), "spill-")), "absent");
    expect(() => spillByKey(frame, { key: "id_etu", partitions: 2, folder, name: "x" })).toThrow(
      /impossible d'écrire la partition/,
    );
  });
});
