import { html, type SafeHtml } from "./html.js";

/** Options of {@link pageLayout}. */
export interface LayoutOptions {
  /** Page title (also the `<title>`). */
  title: string;
  /** Page content. */
  body: SafeHtml;
  /** Dataset title, shown in the footer. */
  dataset: string;
  /** Loads plotly.js (served from the package at /static/plotly.js) for pages with charts. */
  charts?: boolean;
}

/**
 * The frame of every page: French, phone-friendly viewport, the service's style sheet, a
 * navigation bar and a footer naming the dataset. No external resource.
 *
 * @example
 * pageLayout({ title: "Accueil", body: html`<h1>…</h1>`, dataset: release.title });
 */
export function pageLayout(options: LayoutOptions): string {
  return html`<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} — Parcours d'études</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/static/site.css">
${options.charts ? html`<script src="/static/plotly.js"></script>` : ""}
</head>
<body>
<header><nav aria-label="Navigation principale">
<a class="site" href="/">Parcours d'études</a>
<a href="/comment-y-arriver">Comment y arriver ?</a>
<a href="/a-propos">À propos</a>
<a href="/api/docs">API</a>
</nav></header>
<main id="contenu">
${options.body}
</main>
<footer>Données : ${options.dataset}. Un effectif « entre a et b » contient des cohortes de moins de 5 personnes, dont le nombre exact n'est pas publié.</footer>
</body>
</html>
`.text;
}
