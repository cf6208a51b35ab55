import { type CountInterval, frenchCount } from "../count-interval.js";
import { html, type SafeHtml } from "./html.js";

/**
 * A table cell holding a count: the number, or "entre a et b" with the number of masked cohorts
 * in its title.
 *
 * @example
 * html`<tr>${countCell(interval)}</tr>`;
 */
export function countCell(count: CountInterval): SafeHtml {
  const note = count.exact ? "" : `${count.cohortes_masquees} cohorte(s) de moins de 5 personnes`;
  return html`<td class="n" title="${note}">${frenchCount(count)}</td>`;
}

/**
 * An accessible table: caption, header cells with `scope`, rows of label cells and counts.
 *
 * @example
 * countTable("Un an après", ["Situation", "Étudiants"], rows.map((r) => [r.libelle, r.effectif]));
 */
export function countTable(
  caption: string,
  headers: string[],
  rows: (string | SafeHtml | CountInterval)[][],
): SafeHtml {
  if (rows.length === 0) return html`<p class="muted">${caption} : aucune donnée.</p>`;
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${caption}"><table>
<caption>${caption}</caption>
<thead><tr>${headers.map((header) => html`<th scope="col">${header}</th>`)}</tr></thead>
<tbody>${rows.map(
    (row) =>
      html`<tr>${row.map((cell) =>
        typeof cell === "object" && "min" in cell ? countCell(cell) : html`<td>${cell}</td>`,
      )}</tr>`,
  )}</tbody>
</table></div>`;
}

/**
 * A link to a formation's page.
 *
 * @example
 * formationLink("1-2171001-0755890V", "PASS — Université …");
 */
export function formationLink(key: string | null, label: string): SafeHtml {
  return key ? html`<a href="/formations/${encodeURIComponent(key)}">${label}</a>` : html`${label}`;
}

/**
 * The search form, prefilled with the current query.
 *
 * @example
 * searchForm("/", "q", "pass", "Rechercher une formation");
 */
export function searchForm(
  action: string,
  name: string,
  value: string,
  label: string,
  cursus = "",
): SafeHtml {
  const option = (code: string, text: string) =>
    html`<option value="${code}"${cursus === code ? html` selected` : ""}>${text}</option>`;
  return html`<form class="search" method="get" action="${action}" role="search">
<label for="${name}" class="muted" style="flex-basis:100%">${label}</label>
<input type="search" id="${name}" name="${name}" value="${value}" placeholder="ex. PASS, droit Nanterre, MEEF, 0755890V" autocomplete="off">
<select name="cursus" aria-label="Cursus">${option("", "Tous cursus")}${option("L", "Licence (L)")}${option("M", "Master (M)")}${option("D", "Doctorat (D)")}</select>
<button type="submit">Rechercher</button>
</form>`;
}
