#!/usr/bin/env node
// Writes data/etablissement/: the synthetic establishment extract of one university (Évry,
// 0911975C), drawn from the embedded SISE files, its step → SISE-diploma correspondence table, the
// noise planted (bruit-plante.json, the truth the match report must find) and the synthetic
// pseudonymisation key (public: the data are synthetic). Run `npm run build` first; called by
// scripts/generate-data.mjs, or alone after it.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const toolkit = await import(join(root, "dist", "index.js"));
const { simulateEstablishmentExtract } = await import(
  join(root, "dist", "linkage", "simulate-establishment-extract.js")
);
const { syntheticPseudonymisationKey } = await import(
  join(root, "dist", "sise", "generator", "pseudonymous-id.js")
);

/** Seed and size of the embedded extract (as scripts/generate-data.mjs). */
const EMBEDDED = { seed: 20240901, entrants: 3000, firstRentree: 2015, lastRentree: 2024 };
const UAI = "0911975C";

const out = join(root, "data", "etablissement");
mkdirSync(out, { recursive: true });
const { inscriptions } = toolkit.readSise(join(root, "data", "sise"));
const { extract, correspondence, truth } = simulateEstablishmentExtract(inscriptions, {
  ...EMBEDDED,
  uai: UAI,
});
writeFileSync(join(out, `extrait-${UAI}.csv`), extract.writeCSV().toString());
writeFileSync(join(out, "correspondance-etapes.csv"), correspondence.writeCSV().toString());
writeFileSync(join(out, "bruit-plante.json"), `${JSON.stringify(truth, null, 2)}\n`);
writeFileSync(
  join(out, "cle-synthetique.txt"),
  `${syntheticPseudonymisationKey(EMBEDDED.seed).toString("hex")}\n`,
);
console.log(`data/etablissement: ${extract.height} rows, ${truth.etudiants} students (${UAI})`);
