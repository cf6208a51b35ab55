import type { DatasetMetadata } from "./data-package.js";
import type { PublishConfig } from "./publish-config.js";

/** The sources a release was computed from, as `datapackage.json` and the fiche name them. */
const SISE_SOURCES = [{ title: "SISE inscriptions (MESR-SIES)" }, { title: "SISE résultats (MESR-SIES)" }];
const BPBAC_SOURCE = {
  title: "BPBAC, inscriptions en classes post-bac des lycées : STS, CPGE… (MEN-DEPP, MESR-SIES)",
};

/**
 * The metadata of a release of the rentrées `firstRentree`…`lastRentree`, overridden by the
 * configuration's. The extraction date defaults to 7 September after the last rentrée's year
 * (never the clock: two runs give the same bytes). With `sources.bpbac`, the title, the
 * description and the sources name BPBAC beside SISE.
 *
 * @example
 * datasetMetadata({}, 2015, 2024).title; // "Parcours d'études … (2015-25)"
 * datasetMetadata({}, 2015, 2024, { bpbac: true }).sources.length; // 3
 */
export function datasetMetadata(
  config: PublishConfig,
  firstRentree: number,
  lastRentree: number,
  sources: { bpbac?: boolean } = {},
): DatasetMetadata {
  const bpbac = sources.bpbac ?? false;
  const data = bpbac ? "des données SISE et BPBAC" : "des données SISE";
  return {
    name: "parcours-etudes-sise",
    title: `Parcours d'études dans l'enseignement supérieur à partir ${data} (${firstRentree}-${String(lastRentree + 1).slice(2)})`,
    description: `Parcours d'études des étudiants (cohortes de parcours identiques), flux d'une année à l'autre et indicateurs de cohorte du ministère, calculés à partir des inscriptions et des résultats SISE${bpbac ? " et des inscriptions en classes post-bac des lycées (BPBAC : BTS, CPGE…)" : ""} et protégés par le secret statistique.`,
    version: "1.0.0",
    created: `${lastRentree + 1}-09-07T00:00:00Z`,
    keywords: [
      "enseignement supérieur",
      "SISE",
      ...(bpbac ? ["BPBAC"] : []),
      "parcours d'études",
      "Oraccle",
      "orientation",
    ],
    temporal: { start: `${firstRentree}-09-01`, end: `${lastRentree + 1}-08-31` },
    sources: bpbac ? [...SISE_SOURCES, BPBAC_SOURCE] : [...SISE_SOURCES],
    contributors: [
      { title: "Groupe de travail données ouvertes Oraccle", role: "author", organisation: "UNIF" },
    ],
    ...config.metadata,
  };
}
