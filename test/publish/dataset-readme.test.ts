import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { renderDatasetReadme } from "../../src/publish/dataset-readme.js";
import { ficheSourceTexts } from "../../src/publish/fiche-source-texts.js";

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
  values: {
    k: 7,
    k_minus_1: 6,
    first_rentree: 2015,
    last_rentree: 2024,
    policy: "oraccle-k5",
    utility: "Section d’utilité de test.",
    ...ficheSourceTexts({ bpbac: false }),
  },
  tableRules: ["| Secret primaire (frequency) | threshold = 5 | cases vides |"],
  figures: { "Lignes lues": 123456 },
};

describe("renderDatasetReadme()", () => {
  it("fills the template: sources, scope, method, trace grammar, rules with their parameters, limits, licence, every column", () => {
    const text = renderDatasetReadme(content);
    for (const heading of [
      "## Sources",
      "## Périmètre",
      "## Méthode",
      "## Lire une trace",
      "## Secret statistique",
      "## Limites",
      "## Licence",
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("| Masquage des petites cohortes (méthode Oraccle) | k = 7, valeur_publiee = 0 |");
    expect(text).toContain("« masqué, de 1 à 6 »");
    expect(text).toContain("| Secret primaire (frequency) | threshold = 5 | cases vides |");
    expect(text).toContain("entre les rentrées 2015 et 2024 dans l'extrait SISE lu.");
    expect(text).toContain("- SISE ne voit pas les formations hors université suivies en lycée (BTS, CPGE)");
    expect(text).toContain("| `effectif` | Effectif, 0 = masqué (1 à 4) |");
    expect(text).toContain("Licence Ouverte / Open Licence version 2.0");
    expect(text).toContain("| Lignes lues | 123 456 |");
    expect(text).not.toMatch(/\{\{/);
  });

  it("refuses a template placeholder without a value", () => {
    expect(() => renderDatasetReadme(content, "# {{title}} — {{inconnu}}")).toThrow(
      /'\{\{inconnu\}\}' has no value/,
    );
  });

  it("is deterministic", () => {
    expect(renderDatasetReadme(content)).toBe(renderDatasetReadme(content));
  });
});
