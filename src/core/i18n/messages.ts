import { en } from "./en/index.js";
import { fr } from "./fr/index.js";
import { currentLanguage, type Language } from "./language.js";

/** Every message a user sees, by area; French is the reference, English has the same shape. */
export type Messages = typeof fr;

/**
 * The message catalogue in `language` (default: the language in force, see `currentLanguage`).
 * Messages with parameters are functions, so each language receives the same typed values.
 *
 * @example
 * messages().cli.errors.unknownOption("--sortie"); // "option inconnue : --sortie."
 * messages("en").cli.errors.unknownOption("--sortie"); // "unknown option: --sortie."
 */
export function messages(language: Language = currentLanguage()): Messages {
  return language === "en" ? en : fr;
}
