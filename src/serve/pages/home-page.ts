import { frenchCount } from "../count-interval.js";
import { matchFormations } from "../match-formations.js";
import type { ReleaseIndex } from "../release-index.js";
import { searchForm } from "./components.js";
import { html } from "./html.js";
import { pageLayout } from "./layout.js";

/** Results shown on the home page. */
const SHOWN = 30;

/**
 * The home page: a search form and, when `q` is given, the matching formations (largest first).
 *
 * @example
 * homePage(index, { q: "pass" });
 */
export function homePage(index: ReleaseIndex, query: { q?: string; cursus?: string }): string {
  const q = (query.q ?? "").trim();
  const found = q || query.cursus ? matchFormations(index, { q, cursus: query.cursus }) : [];
  const results =
    q || query.cursus
      ? html`<h2 id="resultats">${found.length.toLocaleString("fr-FR")} formation(s) trouvée(s)</h2>
<ul class="results">${found.slice(0, SHOWN).map((i) => {
          const entry = index.formations[i];
          const students = index.students[i]?.interval();
          return html`<li><a href="/formations/${encodeURIComponent(entry?.key ?? "")}">${entry?.title}</a>
<div class="muted">${students ? frenchCount(students) : ""} étudiant(s) sur la période · code ${entry?.key}</div></li>`;
        })}</ul>${found.length > SHOWN ? html`<p class="muted">Seules les ${SHOWN} premières sont affichées : précisez la recherche.</p>` : ""}`
      : html`<p>Exemples : <a href="/?q=PASS">PASS</a> · <a href="/?q=MEEF">master MEEF</a> · <a href="/?q=sciences+de+la+vie&amp;cursus=M">master en sciences de la vie</a> · <a href="/?q=droit">droit</a></p>`;
  const body = html`<h1>Que deviennent les étudiants d'une formation ?</h1>
<p>Cherchez une formation (diplôme, discipline, établissement ou code UAI) pour voir où vont ses étudiants les années suivantes, d'où ils viennent et leur profil.</p>
${searchForm("/", "q", q, "Rechercher une formation", query.cursus ?? "")}
${results}`;
  return pageLayout({ title: "Rechercher une formation", body, dataset: index.release.title });
}
