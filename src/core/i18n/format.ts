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
