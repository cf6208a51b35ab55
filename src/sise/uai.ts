/** Letters used as UAI check characters: the Latin alphabet without i, o and q. */
const CHECK_LETTERS = "abcdefghjklmnprstuvwxyz";

/**
 * The check letter of a UAI (Unité Administrative Immatriculée, the French establishment id):
 * the 7 leading digits taken as a number, modulo 23, indexed into `abcdefghjklmnprstuvwxyz`.
 * Returned upper-case, as UAIs are usually written.
 *
 * @param digits the 7 leading digits of the UAI (`"0931238"`)
 * @returns the check letter (`"R"`)
 * @throws RangeError when `digits` is not exactly 7 digits
 * @example
 * uaiCheckLetter("0931238"); // "R" — Université Sorbonne Paris Nord is 0931238R
 */
export function uaiCheckLetter(digits: string): string {
  if (!/^\d{7}$/.test(digits)) throw new RangeError(`a UAI starts with 7 digits, got '${digits}'`);
  return CHECK_LETTERS[Number(digits) % 23]!.toUpperCase();
}

/**
 * Whether a string is a well-formed UAI: 7 digits followed by the right check letter
 * (compared case-insensitively, as the MESR pipeline does).
 *
 * @example
 * isValidUai("0931238R"); // true
 * isValidUai("0931238S"); // false — wrong check letter
 */
export function isValidUai(uai: string): boolean {
  const match = /^(\d{7})([a-zA-Z])$/.exec(uai);
  return match !== null && uaiCheckLetter(match[1]!) === match[2]!.toUpperCase();
}
