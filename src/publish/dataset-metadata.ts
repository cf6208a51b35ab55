import type { DatasetMetadata } from "./data-package.js";
import type { PublishConfig } from "./publish-config.js";

/**
 * The metadata of a release of the rentrées `firstRentree`…`lastRentree`, overridden by the
 * configuration's. The extraction date defaults to 7 September after the last rentrée's year
 * (never the clock: two runs give the same bytes).
 *
 * @example
 * datasetMetadata({}, 2015, 2024).title; // "Parcours d'études … (2015-25)"
 */
export function datasetMetadata(
  config: PublishConfig,
  firstRentree: number,
  lastRentree: number,
): DatasetMetadata {
  return {
    name: "parcours-etudes-sise",
    title: `Parcours d'études dans l'enseignement supérieur à partir des données SISE (${firstRentree}-${String(lastRentree + 1).slice(2)})`,
    description:
      "Parcours d'études des étudiants (cohortes de parcours identiques), flux d'une année à l'autre et indicateurs de cohorte du ministère, calculés à partir des inscriptions et des résultats SISE et protégés par le secret statistique.",
    version: "1.0.0",
    created: `${lastRentree + 1}-09-07T00:00:00Z`,
    keywords: ["enseignement supérieur", "SISE", "parcours d'études", "Oraccle", "orientation"],
    temporal: { start: `${firstRentree}-09-01`, end: `${lastRentree + 1}-08-31` },
    sources: [{ title: "SISE inscriptions (MESR-SIES)" }, { title: "SISE résultats (MESR-SIES)" }],
    contributors: [
      { title: "Groupe de travail données ouvertes Oraccle", role: "author", organisation: "UNIF" },
    ],
    ...config.metadata,
  };
}
