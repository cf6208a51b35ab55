// Utility of the cohort release, masking vs the cell-key method, on the embedded extract and on
// benchmark extracts (cached by bench/generate.mjs):
//   node bench/utility.mjs [--sizes 10]    (sizes in % of national; the embedded extract always)
// Prints a table and writes it to docs/utility-benchmark.md. Not a speed benchmark: it measures how
// far a reuser's passage rate by formation, recomputed from the released cohort counts, is from the
// truth. The cell-key secret is a public, clearly fake one (figures only, nothing is released).
import { existsSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pl from "nodejs-polars";
import { datasetDir } from "./lib/dataset.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const t = await import(resolve(root, "dist/index.js"));
const arg = process.argv.indexOf("--sizes");
const sizes = arg > 0 ? process.argv[arg + 1].split(",").map(Number) : [10];
const FAKE_SECRET = "bench-utility-public-fake-secret-not-for-release";

const sources = [{ name: "extrait embarqué", dir: resolve(root, "data/sise") }];
for (const percent of sizes) {
  const dir = datasetDir(root, percent);
  if (existsSync(resolve(dir, "bench-dataset.json"))) sources.push({ name: `extrait ${percent} %`, dir });
  else console.warn(`${dir} absent: run node bench/generate.mjs --sizes ${percent} first`);
}

const lines = [];
for (const source of sources) {
  const { inscriptions } = await t.readSiseAsync(source.dir, { compact: true });
  const principal = t.principalEnrolments(inscriptions, { excludeCpgeDoubles: true }).enrolments;
  const students = t.traces(principal, { gapElement: "" }).select("id_etu", "trace");
  const formations = t
    .withTraceElement(principal)
    .select(pl.col("__element").alias("formation"), pl.col("gd_discipline").cast(pl.Utf8))
    .sort(["formation", "gd_discipline"])
    .unique({ subset: ["formation"], keep: "first", maintainOrder: true })
    .collectSync();
  const truth = students.groupBy("trace").agg(pl.len().cast(pl.Int64).alias("effectif"));
  const masked = truth.withColumns(
    pl.when(pl.col("effectif").lt(5)).then(pl.lit(0)).otherwise(pl.col("effectif")).alias("effectif_publie"),
  );
  const ckm = t.perturbCounts(students, {
    groupBy: ["trace"],
    id: "id_etu",
    secret: FAKE_SECRET,
    table: t.perturbationTable(),
  });
  const reports = {
    masquage: t.utilityReport({ cohorts: masked, method: "masquage", formations }),
    "cle-cellule": t.utilityReport({ cohorts: ckm, method: "cle-cellule", formations }),
  };
  const rows = [
    ["masquage k = 5, imputation 1,148", reports.masquage, "imputation_1_148"],
    ["masquage k = 5, sans imputation", reports.masquage, "sans_imputation"],
    ["masquage k = 5, bornes [1·m, 4·m] (milieu)", reports.masquage, "bornes"],
    ["clé de cellule (D = 4, sans 1–4)", reports["cle-cellule"], "publie"],
  ];
  for (const [label, report, estimator] of rows) {
    const f = report.devenir_par_formation[estimator];
    const d = report.devenir_par_discipline[estimator];
    const flux = report.flux[estimator];
    lines.push(
      `| ${source.name} | ${label} | ${f.goal.within} / ${f.goal.groups} | ${f.goal.maxErrorPoints.toFixed(1)} | ` +
        `${f.overall.meanErrorPoints.toFixed(2)} | ${(100 * f.overall.unusableShare).toFixed(1)} % | ` +
        `${f.overall.meanBoundsWidthPoints === undefined ? "" : f.overall.meanBoundsWidthPoints.toFixed(1)} | ` +
        `${d.overall.maxErrorPoints.toFixed(2)} | ${flux === undefined ? "" : `${(100 * flux.erreur_relative_totale).toFixed(1)} %`} |`,
    );
  }
  console.log(`${source.name}: ${students.height} étudiants, ${truth.height} cohortes`);
}

const header = [
  "| Données | Méthode, estimateur | formations ≥ 50 à ± 2 points | erreur max. ≥ 50 (points) | erreur moyenne (points) | formations inutilisables (> 5 points) | largeur moyenne des bornes | erreur max. par discipline (points) | erreur relative des flux |",
  "|---|---|---|---|---|---|---|---|---|",
];
const table = [...header, ...lines].join("\n");
console.log(table);
const doc = `# Utilité de la diffusion : masquage et clé de cellule

Généré par \`node bench/utility.mjs\` (${new Date().toISOString().slice(0, 10)}). Taux de passage en un an
par formation, recalculé à partir des effectifs de cohortes publiés, comparé au taux calculé sur les
effectifs avant protection (définitions : \`utilite.json\`). Clé de cellule : table de perturbation par
défaut (écart maximal 4, aucun effectif publié entre 1 et 4, sans biais ; docs/cell-key.md).

${table}

Machine partagée (${cpus().length} cœurs, charge ${loadavg()
  .map((x) => x.toFixed(2))
  .join(" ")}) ; ces chiffres ne dépendent pas de la charge.
`;
writeFileSync(resolve(root, "docs/utility-benchmark.md"), doc);
