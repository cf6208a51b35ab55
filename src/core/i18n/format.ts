import { currentLanguage, type Language } from "./language.js";

/**
 * A number as the user's language writes it: `12 345,6` in French, `12,345.6` in English.
 *
 * @example
 * formatNumber(12345.6, { digits: 1 }, "fr"); // "12 345,6" (narrow no-break spaces)
 */
export function formatNumber(
  value: number,
  options: { digits?: number } = {},
  language: Language = currentLanguage(),
): string {
  if (!Number.isFinite(value)) return "–";
  const digits = options.digits;
  return value.toLocaleString(language === "fr" ? "fr-FR" : "en-GB", {
    ...(digits !== undefined ? { minimumFractionDigits: digits, maximumFractionDigits: digits } : {}),
  });
}

/**
 * A count followed by its noun, singular or plural in the user's language.
 *
 * @example
 * plural(2, "ligne", "lignes"); // "2 lignes"
 */
export function plural(count: number, singular: string, pluralForm: string): string {
  const one = currentLanguage() === "fr" ? Math.abs(count) < 2 : count === 1;
  return `${formatNumber(count)} ${one ? singular : pluralForm}`;
}

/**
 * A parameter of a library call as messages name it: `` `encoding` ``, or with the value to give
 * it `` `encoding: "latin1"` ``. Library messages speak of parameters, never of command-line
 * flags; the CLI rewrites these marks to its own flag names (`--encoding latin1`) when it prints.
 *
 * @example
 * parameter("encoding", "latin1"); // '`encoding: "latin1"`'
 * parameter("overwrite", true); // "`overwrite: true`"
 */
export function parameter(name: string, value?: string | boolean): string {
  if (value === undefined) return `\`${name}\``;
  return `\`${name}: ${typeof value === "boolean" ? String(value) : JSON.stringify(value)}\``;
}
