#!/usr/bin/env node
// Regenerates the embedded synthetic SISE extract data/sise/ byte-identically (run `npm run build`
// first: this script imports the toolkit from dist/). With --calibration-table, instead writes
// docs/calibration.md: the published MESR figures against the generated rates, by stratum.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const toolkit = await import(join(root, "dist", "index.js"));

/** Seed and size of the embedded extract (documented in data/README.md). */
export const EMBEDDED = { seed: 20240901, entrants: 3000, firstRentree: 2015, lastRentree: 2024 };

if (process.argv.includes("--calibration-table")) {
  const { writeCalibrationTable } = await import(join(root, "scripts", "calibration-table.mjs"));
  // The table reads the generator's internals (targets, in-memory simulation): not public API.
  const internals = {};
  for (const name of ["generate-sise", "calibration-targets"]) {
    Object.assign(internals, await import(join(root, "dist", "sise", "generator", `${name}.js`)));
  }
  await writeCalibrationTable({ ...toolkit, ...internals }, join(root, "docs", "calibration.md"));
} else {
  const out = join(root, "data", "sise");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const started = Date.now();
  const summary = await toolkit.generateSise(
    {
      seed: EMBEDDED.seed,
      entrants: EMBEDDED.entrants,
      firstRentree: EMBEDDED.firstRentree,
      lastRentree: EMBEDDED.lastRentree,
    },
    out,
    "parquet",
  );
  // BPBAC (lycée post-bac classes) of the same students, drawn from the SISE files just written.
  const { generateBpbac } = await import(join(root, "dist", "sise", "generator", "generate-bpbac.js"));
  const bpbac = generateBpbac(out, EMBEDDED, join(root, "data", "bpbac"));
  writeFileSync(
    join(root, "data", "datapackage.json"),
    `${JSON.stringify(dataPackage(summary, bpbac), null, 2)}\n`,
  );
  const { writeBpbacCalibration } = await import(join(root, "scripts", "bpbac-calibration.mjs"));
  await writeBpbacCalibration(toolkit, join(root, "data"), join(root, "docs", "calibration.md"));
  // The establishment extract of one university, linked to these SISE files by INE.
  await import(join(root, "scripts", "generate-establishment.mjs"));
  const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
  console.log(
    `data/sise: ${summary.files.length} files, ${rows} rows, ${summary.students} students, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** A Frictionless tabular data package describing every file of data/sise/ (deterministic). */
function dataPackage(summary, bpbac) {
  const field = (spec) => {
    const constraints = { required: spec.required };
    if (spec.range) {
      constraints.minimum = spec.sentinels?.length
        ? Math.min(spec.range.min, ...spec.sentinels)
        : spec.range.min;
      constraints.maximum = spec.range.max;
    }
    return {
      name: spec.name,
      type: spec.dtype === "Int32" ? "integer" : "string",
      title: spec.label,
      description: spec.codes ? `${spec.description} Code list: ${spec.codes}.` : spec.description,
      constraints,
    };
  };
  const resources = summary.files.map((file) => {
    const name = file.split("/").pop();
    const source = name.startsWith("inscri") ? "inscriptions" : "résultats";
    const rentree = 2000 + Number(name.slice(6, 8));
    return {
      name: name.replace(".parquet", ""),
      path: `sise/${name}`,
      profile: "tabular-data-resource",
      title: `SISE synthétique, ${source}, rentrée ${rentree}-${String((rentree + 1) % 100).padStart(2, "0")}`,
      format: "parquet",
      mediatype: "application/vnd.apache.parquet",
      bytes: statSync(file).size,
      hash: `sha256:${createHash("sha256").update(readFileSync(file)).digest("hex")}`,
      rows: summary.rows[name],
      schema: {
        fields: (source === "inscriptions" ? toolkit.INSCRIPTION_COLUMNS : toolkit.RESULTAT_COLUMNS).map(
          field,
        ),
      },
    };
  });
  for (const file of bpbac.files) {
    const name = file.split("/").pop();
    const rentree = 2000 + Number(name.slice(5, 7));
    resources.push({
      name: name.replace(".parquet", ""),
      path: `bpbac/${name}`,
      profile: "tabular-data-resource",
      title: `BPBAC synthétique (classes post-bac des lycées), rentrée ${rentree}-${String((rentree + 1) % 100).padStart(2, "0")}`,
      format: "parquet",
      mediatype: "application/vnd.apache.parquet",
      bytes: statSync(file).size,
      hash: `sha256:${createHash("sha256").update(readFileSync(file)).digest("hex")}`,
      rows: bpbac.rows[name],
      schema: { fields: toolkit.BPBAC_COLUMNS.map(field) },
    });
  }
  return {
    profile: "tabular-data-package",
    name: "oraccle-sise-synthetique",
    title:
      "Extrait SISE et BPBAC synthétique (inscriptions, résultats, classes post-bac des lycées ; universités franciliennes, rentrées 2015 à 2024)",
    description:
      "Données entièrement synthétiques générées par oraccle-opendata (oraccle generate) : aucune personne réelle. " +
      "Structure des fichiers SISE inscriptions/résultats ; taux de passage et de réussite calés sur les indicateurs nationaux du MESR. Avec, pour les mêmes étudiants fictifs, leurs inscriptions en BTS, CPGE et autres classes post-bac des lycées (BPBAC). Voir data/README.md.",
    version: "1.0.0",
    licenses: [
      { name: "CC0-1.0", path: "https://creativecommons.org/publicdomain/zero/1.0/", title: "CC0 1.0" },
    ],
    sources: [
      {
        title:
          "MESR-SIES, Parcours et réussite des bacheliers en licence (fr-esr-parcours-et-reussite-des-bacheliers-en-licence)",
        path: "https://data.enseignementsup-recherche.gouv.fr/explore/dataset/fr-esr-parcours-et-reussite-des-bacheliers-en-licence/",
      },
      {
        title:
          "MESR, Effectifs d'étudiants inscrits par établissement (fr-esr-statistiques-sur-les-effectifs-d-etudiants-inscrits-par-etablissement)",
        path: "https://data.enseignementsup-recherche.gouv.fr/explore/dataset/fr-esr-statistiques-sur-les-effectifs-d-etudiants-inscrits-par-etablissement/",
      },
    ],
    generator: { command: "node scripts/generate-data.mjs", ...EMBEDDED },
    resources,
  };
}
