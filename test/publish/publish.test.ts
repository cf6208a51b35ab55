import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../../src/core/errors.js";
import { publish } from "../../src/publish/publish.js";
import { readOpenDataset } from "../../src/publish/read-open-dataset.js";
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
  secondSummary = await publish({ input, out: second, partitions: 3 });
}, 600_000);

describe("publish()", () => {
  it("writes a dataset that validates, passes the LP audit and is byte-identical across runs and partitions", async () => {
    expect(summary.accounting.principal.input).toBeGreaterThan(2 * 700);
    expect(secondSummary.accounting).toEqual(summary.accounting);
    expect(validateDataPackage(first).problems).toEqual([]);
    const report = JSON.parse(readFileSync(join(first, "disclosure-report.json"), "utf8"));
    expect(report.tables.length).toBeGreaterThan(0);
    expect(report.tables.every((table: { passed: boolean }) => table.passed)).toBe(true);
    expect(report.passed).toBe(true);

    const files = filesUnder(first)
      .map((path) => relative(first, path))
      .sort();
    expect(files).toEqual(
      expect.arrayContaining([
        "cohortes.csv",
        "cohorte_etapes.csv",
        "formations.csv",
        "cohorte_sexe.csv",
        "cohorte_anbac.csv",
        "cohorte_bac.csv",
        "cohorte_spe.csv",
        "cohorte_premiereins.csv",
        "cohorte_derniereins.csv",
        "cohorte_age_premiereins.csv",
        "flux.csv",
        "devenir_l1.csv",
        "reussite_licence.csv",
        "libelles/sexe.csv",
        "catalog.jsonld",
        "datapackage.json",
        "README.md",
        "rapport.html",
        "utilite.json",
      ]),
    );
    for (const file of files) {
      expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file))), file).toBe(true);
    }
  });

  it("lists every released CSV and utilite.json in the disclosure report, with its rules and a passing verdict", () => {
    const report = JSON.parse(readFileSync(join(first, "disclosure-report.json"), "utf8")) as {
      files: { file: string; passed: boolean; rules: string[]; verdicts: string[] }[];
      tables: { source: string }[];
    };
    const csvFiles = filesUnder(first)
      .map((path) => relative(first, path))
      .filter((file) => file.endsWith(".csv"))
      .sort();
    expect(csvFiles.length).toBeGreaterThan(20);
    expect(report.files.map((entry) => entry.file).sort()).toEqual([...csvFiles, "utilite.json"].sort());
    const sources = new Set(report.tables.map((table) => table.source));
    for (const entry of report.files) {
      expect(entry.passed, entry.file).toBe(true);
      expect(entry.rules.length, entry.file).toBeGreaterThan(0);
      for (const verdict of entry.verdicts)
        expect(sources.has(verdict), `${entry.file}: ${verdict}`).toBe(true);
    }
    const rulesOf = (file: string) => report.files.find((entry) => entry.file === file)!.rules;
    expect(rulesOf("cohortes.csv")).toContain("k-masking");
    expect(rulesOf("cohorte_sexe.csv")).toEqual(expect.arrayContaining(["coverage", "differencing"]));
    expect(rulesOf("flux.csv")).toEqual(expect.arrayContaining(["primary-suppression", "lp-audit"]));
    expect(rulesOf("libelles/sexe.csv")).toEqual(["no-statistic"]);
    expect(rulesOf("utilite.json")).toEqual(["min-groups", "statistics-only"]);
  });

  it("measures the utility of the release: utilite.json, the fiche's section, the summary's headline", () => {
    const utility = JSON.parse(readFileSync(join(first, "utilite.json"), "utf8")) as {
      methode: string;
      seuil_groupes: number;
      statistiques: {
        indicateur: string;
        estimateur: string;
        tranche: string;
        groupes: number;
        dans_objectif: number | null;
      }[];
    };
    expect(utility.methode).toBe("masquage");
    const goal = utility.statistiques.find(
      (row) => row.estimateur === "imputation_1_148" && row.tranche === "objectif",
    )!;
    expect(summary.utility).toMatchObject({ formations: goal.groupes, estimator: "imputation_1_148" });
    if (goal.groupes >= utility.seuil_groupes) expect(summary.utility!.within).toBe(goal.dans_objectif);
    for (const row of utility.statistiques) expect(Object.keys(row)).not.toContain("formation");
    const fiche = readFileSync(join(first, "README.md"), "utf8");
    expect(fiche).toContain("## Utilité : ce que la protection change aux chiffres");
    expect(readFileSync(join(first, "rapport.html"), "utf8")).toContain(
      "Utilité : l&#39;erreur due à la protection",
    );
  });

  it("reads as a reuser's script would: traces split on '+' and '&', every element and cohort id joins", () => {
    const table = (file: string) => {
      const [header, ...lines] = readFileSync(join(first, file), "utf8").trim().split("\n");
      const names = header!.split(",");
      return lines.map((line) => Object.fromEntries(line.split(",").map((value, i) => [names[i]!, value])));
    };
    const cohortes = table("cohortes.csv");
    const formations = new Set(table("formations.csv").map((row) => row.formation));
    let elements = 0;
    for (const cohort of cohortes) {
      for (const element of cohort
        .trace!.split("+")
        .flatMap((year) => (year === "" ? [] : year.split("&")))) {
        const diplom = element.slice(element.indexOf("-") + 1, element.lastIndexOf("-"));
        expect(diplom.length, element).toBeGreaterThan(0);
        expect(formations.has(element), element).toBe(true);
        elements += 1;
      }
    }
    expect(elements).toBe(table("cohorte_etapes.csv").length);
    const ids = new Set(cohortes.map((row) => row.cohorteid));
    for (const file of ["sexe", "anbac", "bac", "spe", "premiereins", "derniereins", "age_premiereins"]) {
      const rows = table(`cohorte_${file}.csv`);
      // A pair of specialities shared by k students of a cohort is rare in a small extract.
      if (file !== "spe") expect(rows.length, file).toBeGreaterThan(0);
      for (const row of rows)
        expect(ids.has(row.cohorteid), `cohorte_${file}.csv: ${row.cohorteid}`).toBe(true);
    }
  });

  it("writes reussites aligned with the trace, never for a masked cohort, never a count of 1 to k − 1", () => {
    const release = readOpenDataset(first);
    expect(release.layout).toBe("toolkit");
    const k = 5;
    for (const cohort of release.cohorts.toRecords() as {
      trace: string;
      effectif: number;
      reussites: string | null;
    }[]) {
      const n = Number(cohort.effectif);
      if (n === 0) {
        expect(cohort.reussites).toBeNull();
        continue;
      }
      expect(cohort.reussites!.split("+").length).toBe(cohort.trace.split("+").length);
      for (const count of cohort
        .reussites!.split(/[+&]/)
        .filter((part) => /^\d+$/.test(part))
        .map(Number)) {
        for (const side of [count, n - count]) expect(side === 0 || side >= k, cohort.trace).toBe(true);
      }
    }
    expect(release.steps.height).toBe(release.tables.cohorte_etapes!.height);
  });

  it("describes the dataset in DCAT (catalog.jsonld) with one distribution per resource", () => {
    const catalog = JSON.parse(readFileSync(join(first, "catalog.jsonld"), "utf8"));
    const pkg = JSON.parse(readFileSync(join(first, "datapackage.json"), "utf8"));
    const dataset = catalog["dcat:dataset"][0];
    expect(catalog["@type"]).toBe("dcat:Catalog");
    expect(dataset["dct:title"]).toBe(pkg.title);
    expect(
      dataset["dcat:distribution"].map((d: { "dcat:accessURL": string }) => d["dcat:accessURL"]),
    ).toEqual(pkg.resources.map((r: { path: string }) => r.path));
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
