import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { checkRelease } from "../../src/disclosure/gate/check-release.js";
import { type DatasetMetadata, writeDataPackage } from "../../src/publish/data-package.js";
import { validateDataPackage } from "../../src/publish/validate-package.js";

const metadata: DatasetMetadata = {
  name: "parcours-test",
  title: "Parcours (test)",
  description: "Jeu de test",
  version: "1.0.0",
  created: "2026-01-15T00:00:00Z",
  keywords: ["SISE"],
  temporal: { start: "2015-09-01", end: "2025-08-31" },
  sources: [{ title: "SISE synthétique" }],
  contributors: [{ title: "Oraccle", role: "author" }],
};

async function writeSample(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), "package-"));
  const { released } = await checkRelease(
    { kind: "cohorts", counts: pl.DataFrame({ cohorteid: ["c1", "c2"], effectif: [12, 3] }) },
    "oraccle-k5",
  );
  writeDataPackage(folder, metadata, [
    {
      name: "cohortes",
      path: "cohortes.csv",
      title: "Cohortes",
      description: "Une ligne par cohorte",
      released: released!,
      fields: {
        cohorteid: { description: "Identifiant de cohorte", constraints: { required: true, unique: true } },
        effectif: { description: "Effectif (0 = masqué)", constraints: { minimum: 0 } },
      },
      primaryKey: ["cohorteid"],
    },
  ]);
  return folder;
}

describe("validateDataPackage()", () => {
  it("accepts the package written by writeDataPackage()", async () => {
    const result = validateDataPackage(await writeSample());
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ valid: true, resources: 1, rows: 2 });
  });

  it("names file, line and field of a value that breaks its schema", async () => {
    const folder = await writeSample();
    writeFileSync(join(folder, "cohortes.csv"), "cohorteid,effectif\nc1,12\nc1,douze\n");
    const { valid, problems } = validateDataPackage(folder);
    expect(valid).toBe(false);
    expect(problems).toContainEqual({
      file: "cohortes.csv",
      line: 3,
      field: "effectif",
      message: "not an integer (value 'douze')",
    });
    expect(problems).toContainEqual({
      file: "cohortes.csv",
      line: 3,
      field: "cohorteid",
      message: "duplicate value in a unique field (value 'c1')",
    });
  });

  it("rejects a descriptor that breaks the Tabular Data Package profile", async () => {
    const folder = await writeSample();
    const descriptor = JSON.parse(readFileSync(join(folder, "datapackage.json"), "utf8"));
    descriptor.resources[0].profile = "tabular-data-resource";
    descriptor.resources[0].name = "Nom Invalide";
    writeFileSync(join(folder, "datapackage.json"), JSON.stringify(descriptor));
    const { valid, problems } = validateDataPackage(folder);
    expect(valid).toBe(false);
    expect(
      problems.some((problem) => problem.file === "datapackage.json" && /profile/.test(problem.message)),
    ).toBe(true);
  });

  it("checks enum and pattern constraints on every row, naming the line of each value that breaks them", async () => {
    const folder = await writeSample();
    const schemaFile = join(folder, "schemas", "cohortes.schema.json");
    const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
    schema.fields[0].constraints = { ...schema.fields[0].constraints, pattern: "c[0-9]+" };
    schema.fields[1].constraints = { ...schema.fields[1].constraints, enum: [0, 12] };
    writeFileSync(schemaFile, JSON.stringify(schema));
    writeFileSync(join(folder, "cohortes.csv"), "cohorteid,effectif\nc1,12\nx2,0\nc3,7\nc4x,12\n");
    expect(validateDataPackage(folder).problems).toEqual([
      {
        file: "cohortes.csv",
        line: 3,
        field: "cohorteid",
        message: "does not match the pattern (value 'x2')",
      },
      {
        file: "cohortes.csv",
        line: 5,
        field: "cohorteid",
        message: "does not match the pattern (value 'c4x')",
      },
      {
        file: "cohortes.csv",
        line: 4,
        field: "effectif",
        message: "not one of the allowed values (value '7')",
      },
    ]);
  });

  it("reports a header that differs from the schema", async () => {
    const folder = await writeSample();
    writeFileSync(join(folder, "cohortes.csv"), "effectif,cohorteid\n1,c1\n");
    expect(validateDataPackage(folder).problems[0]).toMatchObject({ file: "cohortes.csv", line: 1 });
  });
});
