/**
 * Âge au bac categories of MESR's cohort indicators. The rule (see `ageBacExpr`): with
 * `age_bac = anbac − annais`, `R4` for a bac professionnel (not counted), otherwise `R0` when
 * `age_bac ≤ 18` (on time or early), `R1` when 19 (one year late), `R2` when ≥ 20; no category
 * when there is no bac year (`anbac = -1`) or `age_bac < 10` (an impossible value).
 *
 * @example
 * AGE_BAC.R1; // "En retard d'un an"
 */
export const AGE_BAC = {
  R0: "À l'heure ou en avance",
  R1: "En retard d'un an",
  R2: "En retard de plus d'un an",
  R4: "Non pris en compte (bac professionnel)",
} as const;

/** An âge au bac category. */
export type AgeBac = keyof typeof AGE_BAC;

/** The age at bac (`anbac − annais`) up to which a bachelor counts as on time (`R0`). */
export const AGE_BAC_ON_TIME = 18;
