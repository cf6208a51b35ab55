import pl from "nodejs-polars";

/** What {@link serieDuBacParIssue} reads of an open dataset (`readOpenDataset`). */
export interface JeuPourSerieDuBac {
  cohorts: pl.DataFrame;
  formations: pl.DataFrame;
  attributes: Readonly<Record<string, pl.DataFrame>>;
}

const GROUPE_DU_BAC = new Map([
  ["1", "général"],
  ["2", "général"],
  ["3", "général"],
  ["A", "général"],
  ["4", "technologique"],
  ["5", "technologique"],
  ["6", "professionnel"],
]);

/**
 * For the published cohorts whose path starts with an L1 (licence `XA`, level `01`): the
 * students by group of bac series (`cohorte_bac.csv`, plus `cohorte_spe.csv` counted as bac
 * général since 2021; "série effacée" when the series was erased as too rare) and by what
 * follows the first year ("L2 l'année suivante", "autre parcours", "plus d'inscription
 * observée"). Masked cohorts have no attributes: they are absent.
 *
 * @returns columns `groupe`, `issue`, `effectif` (rows with a positive count only)
 * @example
 * serieDuBacParIssue(jeu).groupBy(["groupe", "issue"]).agg(pl.col("effectif").sum());
 */
export function serieDuBacParIssue(jeu: JeuPourSerieDuBac): pl.DataFrame {
  const formations = new Map(jeu.formations.toRecords().map((f) => [String(f.formation), f]));
  const issues = new Map<string, string>();
  for (const cohorte of jeu.cohorts.select("cohorteid", "trace").toRecords()) {
    const annees = String(cohorte.trace).split("+");
    const depart = formations.get(annees[0] ?? "");
    if (depart?.typ_dipl !== "XA" || depart.niveau !== "01") continue;
    const suivante = annees[1] ? formations.get(annees[1]) : undefined;
    issues.set(
      String(cohorte.cohorteid),
      annees.length === 1
        ? "plus d'inscription observée"
        : suivante && suivante.typ_dipl === "XA" && suivante.niveau === "02"
          ? "L2 l'année suivante"
          : "autre parcours",
    );
  }
  const parties = [
    jeu.attributes.bac,
    jeu.attributes.spe?.select("cohorteid", pl.lit("A").alias("bac_rgrp"), "effectif"),
  ];
  const lignes = parties
    .flatMap((partie) => (partie ? partie.select("cohorteid", "bac_rgrp", "effectif").toRecords() : []))
    .filter((ligne) => issues.has(String(ligne.cohorteid)) && Number(ligne.effectif) > 0)
    .map((ligne) => ({
      groupe:
        ligne.bac_rgrp === null || ligne.bac_rgrp === ""
          ? "série effacée"
          : (GROUPE_DU_BAC.get(String(ligne.bac_rgrp)) ?? "autre (dispensé, inconnue)"),
      issue: issues.get(String(ligne.cohorteid)) ?? "",
      effectif: Number(ligne.effectif),
    }));
  return pl.DataFrame(lignes.length > 0 ? lignes : { groupe: [], issue: [], effectif: [] });
}
