import { escapeHtml } from "../../viz/figure.js";

/**
 * HTML that is already safe: produced by {@link html} or marked with {@link trusted}. Anything
 * else interpolated into {@link html} is escaped.
 *
 * @example
 * const fragment: SafeHtml = html`<p>${userText}</p>`;
 */
export class SafeHtml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/**
 * A tagged template for pages: interpolated values are escaped unless they are {@link SafeHtml};
 * arrays are joined; `null`, `undefined` and `false` write nothing.
 *
 * @example
 * html`<a href="/formations/${key}">${title}</a>`; // both escaped
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let text = strings[0] ?? "";
  values.forEach((value, i) => {
    text += render(value) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(text);
}

function render(value: unknown): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.text;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/**
 * Marks HTML built elsewhere (a plotly figure fragment) as safe.
 *
 * @example
 * html`<div>${trusted(figureToHtmlFragment(figure))}</div>`;
 */
export function trusted(text: string): SafeHtml {
  return new SafeHtml(text);
}
