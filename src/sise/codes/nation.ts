/**
 * `nation` (G_PAYS country code) of French nationals. Other values are 3-digit country codes the
 * toolkit does not label; MESR flags foreign students from a foreign system when `nation ≠ 100`
 * and the bac is foreign.
 *
 * @example
 * row.nation === NATION_FRANCE;
 */
export const NATION_FRANCE = "100";
