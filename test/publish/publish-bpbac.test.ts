import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { publish } from "../../src/publish/publish.js";
import { validateDataPackage } from "../../src/publish/validate-package.js";
import { extractFolder } from "../sise/sise-fixture.js";
import { BTS, bpbac, CPGE, cpgeOnly, LICENCE, LYCEE, sise } from "./bpbac-micro-extract.js";

let without: string;
let withBpbac: string;
let summaries: { without: Awaited<ReturnType<typeof publish>>; with: Awaited<ReturnType<typeof publish>> };

function filesUnder(root: string, folder = root): string[] {
  return readdirSync(folder)
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? filesUnder(root, path) : [relative(root, path)];
    })
    .sort();
}
const read = (folder: string, file: string) => readFileSync(join(folder, file), "utf8");
function csv(folder: string, file: string): Record<string, string>[] {
  const [header, ...lines] = read(folder, file).trim().split("\n");
  const names = header!.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((value, i) => [names[i]!, value])));
}

beforeAll(async () => {
  const input = extractFolder(sise);
  const bpbacDir = extractFolder(bpbac);
  const scratch = mkdtempSync(join(tmpdir(), "publish-bpbac-"));
  without = join(scratch, "sise");
  withBpbac = join(scratch, "sise-bpbac");
  summaries = {
    without: await publish({ input, out: without }),
    with: await publish({ input, bpbac: bpbacDir, out: withBpbac }),
  };
}, 300_000);

describe("publish({ bpbac })", () => {
  it("passes the gate and validates with and without BPBAC, counting the BPBAC rows apart", () => {
    for (const folder of [without, withBpbac]) {
      expect(validateDataPackage(folder).problems).toEqual([]);
      expect(JSON.parse(read(folder, "disclosure-report.json")).passed).toBe(true);
    }
    expect(summaries.without.accounting.bpbac).toBeUndefined();
    expect(summaries.with.accounting.bpbac).toEqual({ rowsRead: 24, rowsAccepted: 24, rowsRejected: 0 });
    expect(summaries.with.accounting.read).toEqual(summaries.without.accounting.read);
    // 10 + 20 + 10 SISE enrolments, then 7 + 17 lycée rows, each principal (no double enrolment).
    expect(summaries.with.accounting.principal).toEqual({
      input: 64,
      principal: 64,
      secondary: 0,
      excluded: 0,
    });
    expect(summaries.with.students).toBe(summaries.without.students + cpgeOnly.length);
  });

  it("adds libelles/diplom.csv and changes the files that describe paths, not the label tables", () => {
    const before = filesUnder(without);
    const after = filesUnder(withBpbac);
    expect(after).toEqual([...before, "libelles/diplom.csv", "schemas/libelles_diplom.schema.json"].sort());
    const changed = before.filter((file) => read(without, file) !== read(withBpbac, file));
    expect(changed).toEqual(
      expect.arrayContaining(["cohortes.csv", "formations.csv", "flux.csv", "devenir_l1.csv"]),
    );
    expect(changed).toEqual(expect.arrayContaining(["README.md", "datapackage.json"]));
    for (const file of ["libelles/sexe.csv", "libelles/typ_dipl.csv", "libelles/niveau.csv"])
      expect(changed, file).not.toContain(file);
    expect(csv(withBpbac, "libelles/diplom.csv")).toEqual([
      { code: CPGE, libelle: "CPGE MPSI" },
      { code: BTS, libelle: "BTS Services informatiques aux organisations" },
    ]);
    const typDipl = read(withBpbac, "libelles/typ_dipl.csv");
    expect(typDipl).toContain('\nSTS,"Section de technicien supérieur (BTS, BTSA)"\n');
    expect(typDipl).toContain("\nCPGE,Classe préparatoire aux grandes écoles\n");
  });

  it("puts the lycée classes in the traces and in formations.csv, with their level", () => {
    const formations = csv(withBpbac, "formations.csv");
    const lycee = formations
      .filter((row) => row.etabli === LYCEE)
      .map((row) => [row.formation, row.typ_dipl, row.degetu]);
    expect(lycee).toEqual([
      [`1-${CPGE}-${LYCEE}`, "CPGE", "1"],
      [`1-${BTS}-${LYCEE}`, "STS", "1"],
      [`2-${CPGE}-${LYCEE}`, "CPGE", "2"],
    ]);
    expect(csv(without, "formations.csv").some((row) => row.etabli === LYCEE)).toBe(false);
    const traces = csv(withBpbac, "cohortes.csv").map((row) => row.trace);
    expect(traces).toContain(`1-${LICENCE}-0931238R+1-${BTS}-${LYCEE}`);
    expect(traces).toContain(`1-${CPGE}-${LYCEE}+2-${CPGE}-${LYCEE}`);
  });

  it("turns the L1 → BTS sorties into réorientations in devenir_l1.csv", () => {
    const devenir = (folder: string) =>
      Object.fromEntries(
        csv(folder, "devenir_l1.csv")
          .filter((row) => row.cohorte === "2022" && row.gd_discipline === "Total")
          .map((row) => [row.devenir, row.effectif]),
      );
    // Categories no student is in have no row.
    expect(devenir(without)).toEqual({ passage: "10", sortie: "10", Total: "20" });
    expect(devenir(withBpbac)).toEqual({ passage: "10", reorientation: "10", Total: "20" });
  });

  it("says in the fiche and in datapackage.json which sources were used", () => {
    const sources = (folder: string) =>
      (JSON.parse(read(folder, "datapackage.json")) as { sources: { title: string }[] }).sources.map(
        (s) => s.title,
      );
    expect(sources(without)).toEqual(["SISE inscriptions (MESR-SIES)", "SISE résultats (MESR-SIES)"]);
    expect(sources(withBpbac)).toEqual([
      ...sources(without),
      expect.stringMatching(/^BPBAC, inscriptions en classes post-bac des lycées/),
    ]);
    const fiche = read(withBpbac, "README.md");
    expect(fiche).toContain("- BPBAC, inscriptions en classes post-bac des lycées");
    expect(fiche).toContain("dans les extraits lus : SISE (universités) et BPBAC");
    expect(fiche).toMatch(/\| Lignes lues dans BPBAC \(classes post-bac des lycées\) \| 24 \|/);
    expect(read(without, "README.md")).toContain("dans l'extrait SISE lu");
    expect(read(without, "README.md")).not.toContain("Lignes lues dans BPBAC");
    expect(read(without, "README.md")).not.toContain("- BPBAC");
  });
});
