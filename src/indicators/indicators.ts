import pl from "nodejs-polars";
import { ParameterError } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";
import { FOLLOW_UP } from "./follow-up.js";
import type { IndicatorDefinition } from "./indicator-definition.js";

// Each nodejs-polars expression node costs ~0.5 ms of JavaScript (a wrapper object with hundreds of
// methods), and publish evaluates every indicator for every cohort: build each outcome once.
function builtOnce(indicator: IndicatorDefinition): IndicatorDefinition {
  let built: pl.Expr | undefined;
  const build = indicator.outcome;
  return {
    ...indicator,
    outcome: () => {
      built ??= build();
      return built;
    },
  };
}

const devenir1Is = (value: string) => pl.col(FOLLOW_UP.devenir1).eq(pl.lit(value));
// A réorientation towards an IUT diploma: DUT (CB) until 2023 or BUT (DR) since 2021.
const iutDiplomas = ["CB", "DR"];
const inIut = (column: string) => pl.col(column).isIn(iutDiplomas).fillNull(false);
// "In k years": first diploma obtained at the session N + k at the latest (a licence in 2 years,
// rare, counts in "3 ans" as MESR's cumulative rates do). Never-graduated students have null
// years → false, not null: they are observed and did not graduate.
const within = (column: string, years: number) => pl.col(column).ltEq(pl.lit(years)).fillNull(false);
const exactly = (column: string, years: number) => pl.col(column).eq(pl.lit(years)).fillNull(false);

const passage = {
  cohort: "licence",
  denominator: "effectif_neobacheliers_passage",
  cohortField: "cohorte_passage",
} as const;
const reussite = {
  cohort: "licence",
  denominator: "effectif_neobacheliers_reussite",
  cohortField: "cohorte_reussite",
} as const;
const master = {
  cohort: "master",
  denominator: "effectif_entrants_m1",
  cohortField: "cohorte_master",
} as const;
const but = { cohort: "but", denominator: "effectif_neobacheliers_but", cohortField: "cohorte_but" } as const;

/**
 * The toolkit's cohort indicators with MESR's definitions (see `docs` in
 * docs/definitions.md §1):
 *
 * - devenir en 1 an — `passage_en_l2_1_an`, `redoublement_en_l1`, `reorientation_1_an`,
 *   `sortie_1_an`: the four exclusive categories of the trajectories' `transitions()` for N → N + 1
 *   (they sum to the cohort);
 * - `passage_en_l2_2_ans`: redoublement in N + 1 then passage in N + 2; `passage_en_l2_1_2_ans`
 *   the sum of both;
 * - `reorientation_en_dut_1_an`: réorientation in N + 1 whose principal enrolment is a DUT or BUT;
 *   `reorientation_en_dut_2_ans`: redoublement then such a réorientation; `reorientation_en_dut`
 *   the sum;
 * - `reussite_3_ans`, `reussite_4_ans`, `reussite_3_4_ans`: first licence générale or
 *   professionnelle (`typ_dipl` XA or DP, `resdip = O`) obtained, in any establishment, at the
 *   session N + 3 at the latest / exactly at N + 4 / at N + 4 at the latest;
 * - `master_2_ans`, `master_2_3_ans` (M1 entrants), `but_3_ans` and `passage_but_2e_annee`
 *   (first-year BUT entrants: principal enrolment in BUT 2nd year in N + 1).
 *
 * @example
 * INDICATORS.filter((indicator) => indicator.cohort === "licence").map((indicator) => indicator.name);
 */
export const INDICATORS: readonly IndicatorDefinition[] = (
  [
    {
      ...passage,
      name: "passage_en_l2_1_an",
      label: "Passage en L2 en 1 an",
      needs: { source: "inscriptions", rentree: 1 },
      outcome: () => devenir1Is("passage"),
    },
    {
      ...passage,
      name: "redoublement_en_l1",
      label: "Redoublement en L1",
      needs: { source: "inscriptions", rentree: 1 },
      outcome: () => devenir1Is("redoublement"),
    },
    {
      ...passage,
      name: "reorientation_1_an",
      label: "Réorientation en 1 an",
      needs: { source: "inscriptions", rentree: 1 },
      outcome: () => devenir1Is("reorientation"),
    },
    {
      ...passage,
      name: "sortie_1_an",
      label: "Sortie en 1 an",
      needs: { source: "inscriptions", rentree: 1 },
      outcome: () => devenir1Is("sortie"),
    },
    {
      ...passage,
      name: "passage_en_l2_2_ans",
      label: "Passage en L2 en 2 ans",
      needs: { source: "inscriptions", rentree: 2 },
      outcome: () =>
        devenir1Is("redoublement").and(pl.col(FOLLOW_UP.devenir2).eq(pl.lit("passage")).fillNull(false)),
    },
    {
      ...passage,
      name: "passage_en_l2_1_2_ans",
      label: "Passage en L2 en 1 ou 2 ans",
      needs: { source: "inscriptions", rentree: 2 },
      outcome: () =>
        devenir1Is("passage").or(
          devenir1Is("redoublement").and(pl.col(FOLLOW_UP.devenir2).eq(pl.lit("passage")).fillNull(false)),
        ),
    },
    {
      ...passage,
      name: "reorientation_en_dut_1_an",
      label: "Réorientation en DUT/BUT en 1 an",
      needs: { source: "inscriptions", rentree: 1 },
      outcome: () => devenir1Is("reorientation").and(inIut(FOLLOW_UP.typDipl1)),
    },
    {
      ...passage,
      name: "reorientation_en_dut_2_ans",
      label: "Réorientation en DUT/BUT en 2 ans",
      needs: { source: "inscriptions", rentree: 2 },
      outcome: () =>
        devenir1Is("redoublement").and(
          pl
            .col(FOLLOW_UP.devenir2)
            .eq(pl.lit("reorientation"))
            .fillNull(false)
            .and(inIut(FOLLOW_UP.typDipl2)),
        ),
    },
    {
      ...passage,
      name: "reorientation_en_dut",
      label: "Réorientation en DUT/BUT en 1 ou 2 ans",
      needs: { source: "inscriptions", rentree: 2 },
      outcome: () =>
        devenir1Is("reorientation")
          .and(inIut(FOLLOW_UP.typDipl1))
          .or(
            devenir1Is("redoublement").and(
              pl
                .col(FOLLOW_UP.devenir2)
                .eq(pl.lit("reorientation"))
                .fillNull(false)
                .and(inIut(FOLLOW_UP.typDipl2)),
            ),
          ),
    },
    {
      ...reussite,
      name: "reussite_3_ans",
      label: "Licence en 3 ans",
      needs: { source: "resultats", session: 3 },
      outcome: () => within(FOLLOW_UP.yearsToLicence, 3),
    },
    {
      ...reussite,
      name: "reussite_4_ans",
      label: "Licence en 4 ans (exactement)",
      needs: { source: "resultats", session: 4 },
      outcome: () => exactly(FOLLOW_UP.yearsToLicence, 4),
    },
    {
      ...reussite,
      name: "reussite_3_4_ans",
      label: "Licence en 3 ou 4 ans",
      needs: { source: "resultats", session: 4 },
      outcome: () => within(FOLLOW_UP.yearsToLicence, 4),
    },
    {
      ...master,
      name: "master_2_ans",
      label: "Master en 2 ans",
      needs: { source: "resultats", session: 2 },
      outcome: () => within(FOLLOW_UP.yearsToMaster, 2),
    },
    {
      ...master,
      name: "master_2_3_ans",
      label: "Master en 2 ou 3 ans",
      needs: { source: "resultats", session: 3 },
      outcome: () => within(FOLLOW_UP.yearsToMaster, 3),
    },
    {
      ...but,
      name: "passage_but_2e_annee",
      label: "Passage en 2e année de BUT",
      needs: { source: "inscriptions", rentree: 1 },
      outcome: () =>
        pl
          .col(FOLLOW_UP.typDipl1)
          .eq(pl.lit("DR"))
          .and(pl.col(FOLLOW_UP.niveau1).eq(pl.lit("02")))
          .fillNull(false),
    },
    {
      ...but,
      name: "but_3_ans",
      label: "BUT en 3 ans",
      needs: { source: "resultats", session: 3 },
      outcome: () => within(FOLLOW_UP.yearsToBut, 3),
    },
  ] satisfies IndicatorDefinition[]
).map(builtOnce);

/**
 * Looks an indicator up by name.
 *
 * @throws ParameterError naming the known indicators when the name is unknown.
 * @example
 * indicatorByName("reussite_3_ans").needs; // { source: "resultats", session: 3 }
 */
export function indicatorByName(name: string): IndicatorDefinition {
  const found = INDICATORS.find((indicator) => indicator.name === name);
  if (!found) {
    throw new ParameterError(
      messages().indicators.unknownIndicator(
        name,
        INDICATORS.map((i) => i.name),
      ),
    );
  }
  return found;
}
