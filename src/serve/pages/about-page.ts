import type { ReleaseIndex } from "../release-index.js";
import { html } from "./html.js";
import { pageLayout } from "./layout.js";

/**
 * The "à propos" page: the dataset served, its method, what 0 and intervals mean, the API.
 *
 * @example
 * aboutPage(index);
 */
export function aboutPage(index: ReleaseIndex): string {
  const { release } = index;
  const masked = index.cohortCounts.reduce((n, count) => n + (count === 0 ? 1 : 0), 0);
  const body = html`<h1>À propos</h1>
<h2>Le jeu de données</h2>
<p><strong>${release.title}</strong></p>
<p>${release.description}</p>
<p class="muted">Dossier servi : ${release.folder} · empreinte ${release.fingerprint} · ${index.cohortIds.length.toLocaleString("fr-FR")} cohortes, ${index.formations.length.toLocaleString("fr-FR")} formations.</p>
<h2>La méthode</h2>
<p>Pour chaque étudiant et chaque année, une inscription principale est retenue ; la suite de ses inscriptions forme son parcours (sa « trace »). Les étudiants aux parcours identiques sont regroupés en <em>cohortes</em>, publiées avec leur effectif.</p>
<h2>Ce que veut dire 0</h2>
<p>Une cohorte de moins de ${release.k} personnes est publiée avec un effectif <strong>0</strong> : cela veut dire « de 1 à ${release.k - 1} personnes », jamais « personne ». Dans ce jeu, ${masked.toLocaleString("fr-FR")} cohortes sur ${index.cohortIds.length.toLocaleString("fr-FR")} sont ainsi masquées.</p>
<p>Quand un total contient des cohortes masquées, le service donne un <strong>intervalle</strong> : « entre 14 et 20 » veut dire 12 personnes connues et 2 cohortes masquées (2 à 8 personnes de plus). Il ne remplace jamais ces cohortes par un nombre. Dès qu'une cohorte existe, au moins une personne a suivi son parcours : le service le dit.</p>
<p>Les tableaux d'indicateurs (devenir en L1, réussite en licence) laissent vide l'effectif soumis au secret statistique et donnent les taux avec leur intervalle de confiance.</p>
<h2>L'API</h2>
<p>Toutes les données des pages sont disponibles en JSON ou en CSV (<code>?format=csv</code>) : voir la <a href="/api/docs">documentation de l'API</a> et sa description <a href="/api/openapi.json">OpenAPI</a>.</p>`;
  return pageLayout({ title: "À propos", body, dataset: release.title });
}
