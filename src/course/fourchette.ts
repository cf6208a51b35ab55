import { wilsonInterval } from "../indicators/wilson-interval.js";

/**
 * A share written the French way, one decimal: `0.4123` → `"41,2 %"`; `null` → `"–"`.
 *
 * @example
 * pourcent(12 / 30); // "40,0 %"
 */
export function pourcent(part: number | null | undefined, decimales = 1): string {
  if (part === null || part === undefined || Number.isNaN(part)) return "–";
  return `${(100 * part).toLocaleString("fr-FR", { minimumFractionDigits: decimales, maximumFractionDigits: decimales })} %`;
}

/** What {@link fourchette} returns: the share, its 95 % Wilson interval and a sentence. */
export interface Fourchette {
  /** Share `nombre / effectif` (`null` when `effectif` is 0). */
  part: number | null;
  /** Lower bound of the 95 % interval. */
  bas: number | null;
  /** Upper bound of the 95 % interval. */
  haut: number | null;
  /** `"41,2 % [38,1 % ; 44,3 %] (n = 1 000)"`. */
  texte: string;
}

/**
 * A share with its 95 % confidence interval (Wilson), ready to print: the course's way of never
 * showing a rate without its uncertainty.
 *
 * @param nombre students concerned (e.g. who passed)
 * @param effectif students in the group
 * @example
 * fourchette(12, 30).texte; // "40,0 % [24,6 % ; 57,7 %] (n = 30)"
 */
export function fourchette(nombre: number, effectif: number): Fourchette {
  const intervalle = wilsonInterval(nombre, effectif);
  return {
    part: intervalle.rate,
    bas: intervalle.lower,
    haut: intervalle.upper,
    texte: `${pourcent(intervalle.rate)} [${pourcent(intervalle.lower)} ; ${pourcent(intervalle.upper)}] (n = ${effectif.toLocaleString("fr-FR")})`,
  };
}
