/**
 * The sentences of the fiche (`templates/fiche.md`) that depend on the sources read: its
 * placeholders `{{scope_sources}}` (the scope: which extracts) and `{{lycee_limit}}` (what the
 * paths say of lycée post-bac classes, BTS and CPGE, which SISE does not see).
 *
 * @param sources whether a BPBAC extract was combined with SISE
 * @example
 * renderDatasetReadme({ …, values: { k: 5, …, ...ficheSourceTexts({ bpbac: true }) } });
 */
export function ficheSourceTexts(sources: { bpbac: boolean }): {
  scope_sources: string;
  lycee_limit: string;
} {
  if (!sources.bpbac) {
    return {
      scope_sources: "dans l'extrait SISE lu",
      lycee_limit:
        "SISE ne voit pas les formations hors université suivies en lycée (BTS, CPGE) : une « sortie » peut être une poursuite d'études hors SISE, les sorties sont donc surestimées.",
    };
  }
  return {
    scope_sources:
      "dans les extraits lus : SISE (universités) et BPBAC (classes post-bac des lycées : STS, CPGE, CPES, DCG, DMA, DNMADE, DTS)",
    lycee_limit:
      "Les années en classe post-bac de lycée (BTS, CPGE…) viennent de BPBAC : elles figurent dans les traces (type de diplôme `STS`, `CPGE`…, code de la formation, UAI du lycée ; libellés dans `libelles/diplom.csv`), dans les flux (situations SIT06 et SIT07) et dans le devenir en un an, où un passage de L1 en BTS ou en CPGE est une réorientation. Une année suivie à la fois en lycée et à l'université compte l'inscription qui mène au diplôme le plus élevé ; les doubles inscriptions CPGE et licence gardent la CPGE. Les écoles hors SISE et hors lycée restent invisibles : une « sortie » peut encore être une poursuite d'études.",
  };
}
