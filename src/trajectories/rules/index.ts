import { absence } from "./absence.js";
import { censure } from "./censure.js";
import { diplomeSortie } from "./diplome-sortie.js";
import { entree } from "./entree.js";
import { interruption } from "./interruption.js";
import { passage } from "./passage.js";
import { progression } from "./progression.js";
import { redoublement } from "./redoublement.js";
import { reorientation } from "./reorientation.js";
import { reprise } from "./reprise.js";
import type { TransitionRule } from "./rule.js";
import { sortie, sortieDefinitive } from "./sortie.js";
import { transfert } from "./transfert.js";

/**
 * The four MESR "devenir en 1 an" categories (exclusive, sum to 100 % of in-scope rows).
 *
 * @example
 * const d: Devenir = "reorientation";
 */
export type Devenir = "passage" | "redoublement" | "reorientation" | "sortie";

/**
 * Rules of the MESR devenir, in evaluation order (first match wins, inside `devenirScope`).
 *
 * @example
 * DEVENIR_RULES.map((rule) => rule.category); // ["sortie", "passage", "redoublement", "reorientation"]
 */
export const DEVENIR_RULES: readonly TransitionRule<Devenir>[] = [
  sortie,
  passage,
  redoublement,
  reorientation,
];

/**
 * The toolkit's finer transition categories.
 *
 * @example
 * const t: TransitionCategory = "reprise";
 */
export type TransitionCategory =
  | "censure"
  | "entree"
  | "reprise"
  | "absence"
  | "diplome_sortie"
  | "sortie"
  | "interruption"
  | "transfert"
  | "passage"
  | "redoublement"
  | "reorientation";

/**
 * Rules of the finer transition, in evaluation order (first match wins).
 *
 * @example
 * for (const rule of TRANSITION_RULES) console.log(rule.category, rule.definition);
 */
export const TRANSITION_RULES: readonly TransitionRule<TransitionCategory>[] = [
  censure,
  entree,
  reprise,
  absence,
  diplomeSortie,
  sortieDefinitive,
  interruption,
  transfert,
  progression,
  redoublement,
  reorientation,
];

export * from "./devenir-scope.js";
export * from "./rule.js";
export {
  absence,
  censure,
  diplomeSortie,
  entree,
  interruption,
  passage,
  progression,
  redoublement,
  reorientation,
  reprise,
  sortie,
  sortieDefinitive,
  transfert,
};
