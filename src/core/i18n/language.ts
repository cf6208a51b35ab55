/** A language the toolkit speaks to its users in. French is the default; English is on option. */
export type Language = "fr" | "en";

/** The languages known, default first. */
export const LANGUAGES: readonly Language[] = ["fr", "en"];

/** Environment variable choosing the language of every message (`fr` or `en`). */
export const LANGUAGE_VARIABLE = "ORACCLE_LANG";

let chosen: Language | undefined;

/**
 * Reads a language code as users type it (`fr`, `en`, `EN`, `en_GB.UTF-8`…); `undefined` when it
 * names no known language.
 *
 * @example
 * parseLanguage("en_GB.UTF-8"); // "en"
 */
export function parseLanguage(code: string | undefined): Language | undefined {
  const base = (code ?? "").trim().toLowerCase().slice(0, 2);
  return LANGUAGES.find((language) => language === base);
}

/**
 * The language messages are written in now: the one set by {@link setLanguage}, else
 * `ORACCLE_LANG`, else French.
 *
 * @example
 * currentLanguage(); // "fr" unless ORACCLE_LANG=en or setLanguage("en")
 */
export function currentLanguage(): Language {
  return chosen ?? parseLanguage(process.env[LANGUAGE_VARIABLE]) ?? "fr";
}

/**
 * Chooses the language of every later message (in a notebook, for a whole session); `undefined`
 * goes back to `ORACCLE_LANG` or French. Returns the language that was in force before.
 *
 * @example
 * setLanguage("en");
 */
export function setLanguage(language: Language | undefined): Language | undefined {
  const previous = chosen;
  chosen = language;
  return previous;
}
