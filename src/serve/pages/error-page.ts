import { html } from "./html.js";
import { pageLayout } from "./layout.js";

/**
 * The French page of an error (404, 400, 500), with links to suggested formations.
 *
 * @example
 * errorPage(404, "la formation 'x' n'existe pas", [{ formation: "1-…", libelle: "PASS…" }]);
 */
export function errorPage(
  statusCode: number,
  message: string,
  suggestions: { formation: string; libelle: string }[],
): string {
  const title = statusCode === 404 ? "Page introuvable" : statusCode === 400 ? "Demande invalide" : "Erreur";
  const body = html`<h1>${title}</h1>
<p>${message.charAt(0).toUpperCase()}${message.slice(1)}</p>
${
  suggestions.length > 0
    ? html`<h2>Vous cherchiez peut-être</h2><ul class="results">${suggestions.map(
        (s) => html`<li><a href="/formations/${encodeURIComponent(s.formation)}">${s.libelle}</a></li>`,
      )}</ul>`
    : ""
}
<p><a href="/">Retour à la recherche</a></p>`;
  return pageLayout({ title, body, dataset: "jeu de données publié" });
}
