import { STATUT_BPBAC } from "./bpbac/codes/statut-bpbac.js";
import { TYPE_CLASSE } from "./bpbac/codes/type-classe.js";
import { ACADEMIE } from "./codes/academie.js";
import { AMENA } from "./codes/amena.js";
import { BAC_RGRP, BAC_SPE } from "./codes/bac-rgrp.js";
import { CURSUS_LMD } from "./codes/cursus-lmd.js";
import { DISCIPLI } from "./codes/discipli.js";
import { GD_DISCIPLINE } from "./codes/gd-discipline.js";
import { GROUPE } from "./codes/groupe.js";
import { INSPR } from "./codes/inspr.js";
import { MENTION_BAC } from "./codes/mention-bac.js";
import { NIVEAU } from "./codes/niveau.js";
import { PAR_TYPE } from "./codes/par-type.js";
import { PCSPAR } from "./codes/pcspar.js";
import { REGIME } from "./codes/regime.js";
import { RESULTAT } from "./codes/resultat.js";
import { SECTDIS } from "./codes/sectdis.js";
import { SEXE } from "./codes/sexe.js";
import { TYP_DIPL } from "./codes/typ-dipl.js";

function labelsOf<T extends Record<string, { readonly label: string }>>(
  list: T,
): Record<keyof T & string, string> {
  return Object.fromEntries(Object.entries(list).map(([code, info]) => [code, info.label])) as Record<
    keyof T & string,
    string
  >;
}

/**
 * Every code list the schemas refer to (SISE, and BPBAC's `type_classe` and `statut_bpbac`), as `code → French label`, so that the reader can
 * check any coded column the same way and reports can print labels.
 *
 * @example
 * SISE_CODE_LISTS.typ_dipl.XA; // "Licence (LMD)"
 */
export const SISE_CODE_LISTS = {
  sexe: SEXE,
  inspr: INSPR,
  bac_rgrp: BAC_RGRP,
  bac_spe: BAC_SPE,
  mention_bac: MENTION_BAC,
  academie: ACADEMIE,
  pcspar: PCSPAR,
  typ_dipl: labelsOf(TYP_DIPL),
  niveau: NIVEAU,
  cursus_lmd: CURSUS_LMD,
  sectdis: labelsOf(SECTDIS),
  discipli: labelsOf(DISCIPLI),
  groupe: GROUPE,
  gd_discipline: GD_DISCIPLINE,
  regime: REGIME,
  amena: AMENA,
  par_type: PAR_TYPE,
  resultat: RESULTAT,
  type_classe: labelsOf(TYPE_CLASSE),
  statut_bpbac: STATUT_BPBAC,
} as const satisfies Record<string, Readonly<Record<string, string>>>;

/** Name of a code list in {@link SISE_CODE_LISTS} (`"sexe"`, `"typ_dipl"`…). */
export type CodeListName = keyof typeof SISE_CODE_LISTS;

/**
 * The French label of a code, or `undefined` when the code is not in the list.
 *
 * @example
 * codeLabel("bac_rgrp", "4"); // "Bac STMG"
 */
export function codeLabel(list: CodeListName, code: string): string | undefined {
  const labels: Readonly<Record<string, string>> = SISE_CODE_LISTS[list];
  return Object.hasOwn(labels, code) ? labels[code] : undefined;
}
