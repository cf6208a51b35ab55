import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { renderDatasetReadme } from "../../src/publish/dataset-readme.js";

const content = {
  metadata: {
    name: "parcours",
    title: "Parcours d'études (test)",
    description: "Description.",
    version: "1.0.0",
    created: "2026-01-15T00:00:00Z",
    keywords: ["SISE", "parcours"],
    temporal: { start: "2015-09-01", end: "2025-08-31" },
    sources: [{ title: "SISE inscriptions" }],
    contributors: [{ title: "Oraccle", role: "author" }],
  },
  tables: [
    {
      name: "cohortes",
      title: "Cohortes",
      description: "Une ligne par cohorte.",
      frame: pl.DataFrame({ cohorteid: ["c1"], effectif: [0] }),
      fields: {
        cohorteid: { description: "Identifiant" },
        effectif: { description: "Effectif, 0 = masqué (1 à 4)" },
      },
    },
  ],
  scope: ["Étudiants inscrits entre 2015 et 2024."],
  method: ["Une inscription principale par étudiant et par année."],
  rules: [
    { name: "Masquage des petites cohortes", parameters: { k: 5 }, effect: "effectif publié 0 sous 5" },
  ],
  limits: ["Les sorties incluent les poursuites hors SISE."],
  figures: { "Lignes lues": 123456 },
};

describe("renderDatasetReadme()", () => {
  it("states sources, scope, method, rules with parameters, limits, licence and every column", () => {
    const text = renderDatasetReadme(content);
    for (const heading of [
      "## Sources",
      "## Périmètre",
      "## Méthode",
      "## Secret statistique",
      "## Limites",
      "## Licence",
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("| Masquage des petites cohortes | k = 5 | effectif publié 0 sous 5 |");
    expect(text).toContain("| `effectif` | Effectif, 0 = masqué (1 à 4) |");
    expect(text).toContain("Licence Ouverte / Open Licence version 2.0");
    expect(text).toContain("| Lignes lues | 123 456 |");
  });

  it("is deterministic", () => {
    expect(renderDatasetReadme(content)).toBe(renderDatasetReadme(content));
  });
});
