import { SISE_CODE_LISTS } from "../sise/code-lists.js";
import { IDF_UNIVERSITIES } from "../sise/codes/idf-universities.js";

/**
 * The labels the toolkit knows, by code list: the SISE code lists (typ_dipl, discipli, sectdis,
 * groupe, cursus_lmd, sexe, bac_rgrp, bac_spe, academie…) and the names of the universities it
 * calibrates on (`etabli`). Used where a release carries no label of its own (an older release,
 * the producer's files); labels published in the release take precedence.
 *
 * @param published the release's own label lists (`libelles/<list>.csv`), code → label; they win.
 * @example
 * knownLabels().typ_dipl?.CV; // "Parcours d'accès spécifique santé (PASS)"
 * knownLabels({ sexe: { "1": "Homme" } }).sexe?.["1"]; // "Homme"
 */
export function knownLabels(
  published: Record<string, Record<string, string>> = {},
): Record<string, Record<string, string>> {
  const lists: Record<string, Record<string, string>> = {};
  for (const [name, labels] of Object.entries(SISE_CODE_LISTS)) lists[name] = { ...labels };
  lists.etabli = Object.fromEntries(IDF_UNIVERSITIES.map((university) => [university.uai, university.name]));
  for (const [name, labels] of Object.entries(published)) lists[name] = { ...lists[name], ...labels };
  // The cohort attribute tables name their columns after the SISE variable, sometimes without
  // its code list's name: `bac` holds bac_rgrp codes, the pair of spécialités bac_spe codes.
  lists.bac = lists.bac_rgrp ?? {};
  lists.bac_spe1 = lists.bac_spe ?? {};
  lists.bac_spe2 = lists.bac_spe ?? {};
  lists.acaeta = lists.academie ?? {};
  return lists;
}
