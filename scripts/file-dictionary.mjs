#!/usr/bin/env node
// The dictionary of the released files (docs/dictionnaire-des-fichiers.md): every file of the
// open dataset with its title, description and columns, written from the dataset's own
// datapackage.json and Table Schemas, so it cannot drift from what publish writes.
//
// Usage: node scripts/file-dictionary.mjs [DATASET_DIR]
//   DATASET_DIR: a published dataset (default out/open-data, as `npm start` writes it; when it is
//   missing, the embedded extract is published into a temporary folder first).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "./notebook-files.mjs";

const requested = process.argv[2] ?? join(root, "out", "open-data");
let dataset = requested;
let scratch;
if (!existsSync(join(dataset, "datapackage.json"))) {
  const { publish } = await import(join(root, "dist", "index.js"));
  scratch = mkdtempSync(join(tmpdir(), "oraccle-dictionnaire-"));
  dataset = join(scratch, "jeu");
  await publish({ input: join(root, "data", "sise"), out: dataset });
}

const cell = (text) =>
  String(text ?? "")
    .replace(/\|/g, "\\|")
    .replace(/\n/g, " ");
const pkg = JSON.parse(readFileSync(join(dataset, "datapackage.json"), "utf8"));
const sections = pkg.resources.map((resource) => {
  const schema =
    typeof resource.schema === "string"
      ? JSON.parse(readFileSync(join(dataset, resource.schema), "utf8"))
      : (resource.schema ?? { fields: [] });
  const rows = schema.fields.map(
    (field) =>
      `| \`${field.name}\` | ${cell(field.type)} | ${cell(field.description)} | ${field.example === undefined ? "" : `\`${cell(field.example)}\``} |`,
  );
  const key = schema.primaryKey
    ? `\n\nClé : ${[schema.primaryKey]
        .flat()
        .map((name) => `\`${name}\``)
        .join(", ")}.`
    : "";
  return `## \`${resource.path}\` — ${resource.title ?? resource.name}

${resource.description ?? ""}${key}

| Colonne | Type | Description | Exemple |
|---|---|---|---|
${rows.join("\n")}
`;
});

const page = `# Dictionnaire des fichiers publiés

Les fichiers du jeu de données ouvert que publie la boîte à outils (\`oraccle publish\`, carnet 09)
et que réutilise le carnet 11, avec leurs colonnes. Conventions : CSV séparé par des virgules, UTF-8,
point décimal ; **un effectif \`0\` veut dire « masqué, entre 1 et k − 1 »**, jamais zéro étudiant
(voir le [glossaire](glossaire.md), « secret primaire »). Les parcours s'écrivent en **traces**
(\`niveau-diplôme-UAI\` par année, séparés par \`+\`) ; une ligne de \`cohortes.csv\` est une **cohorte
Oraccle** (des étudiants de même trace), pas une cohorte d'entrée du ministère.

Jeu : ${pkg.title ?? pkg.name}${pkg.licenses?.[0] ? ` — licence ${pkg.licenses[0].title ?? pkg.licenses[0].name}` : ""}.

Ce fichier est généré par \`node scripts/file-dictionary.mjs\` à partir du \`datapackage.json\` et des
schémas du jeu publié : régénérez-le quand la publication change.

${sections.join("\n")}`;
writeFileSync(join(root, "docs", "dictionnaire-des-fichiers.md"), page);
if (scratch) rmSync(scratch, { recursive: true, force: true });
console.log(`file-dictionary: docs/dictionnaire-des-fichiers.md (${pkg.resources.length} file(s))`);
