import { frenchCount } from "../count-interval.js";
import { formationMoves } from "../formation-moves.js";
import { matchFormations } from "../match-formations.js";
import { pathsBetween } from "../paths-between.js";
import type { ReleaseIndex } from "../release-index.js";
import { countTable, formationLink, searchForm } from "./components.js";
import { html } from "./html.js";
import { pageLayout } from "./layout.js";

/** Paths listed on the page (the API pages through them all). */
const SHOWN = 30;

/**
 * The "comment y arriver ?" page: for a target (one formation `vers`, or words `q` and a cursus),
 * the paths that led there from the first year of the trace, and — for one formation — where its
 * students were the year before. Without a target, only the form.
 *
 * @example
 * pathPage(index, { q: "sciences de la vie", cursus: "M" });
 */
export function pathPage(index: ReleaseIndex, query: { vers?: string; q?: string; cursus?: string }): string {
  const q = (query.q ?? "").trim();
  const targets = query.vers
    ? matchFormations(index, { key: query.vers })
    : q || query.cursus
      ? matchFormations(index, { q, cursus: query.cursus })
      : [];
  const asked = Boolean(query.vers || q || query.cursus);
  const form = searchForm(
    "/comment-y-arriver",
    "q",
    q,
    "Formation visée (diplôme, discipline, établissement…)",
    query.cursus ?? "",
  );
  let content = html``;
  if (asked && targets.length === 0) {
    content = html`<p>Aucune formation ne correspond à cette recherche.</p>`;
  } else if (asked) {
    const result = pathsBetween(index, null, new Set(targets));
    const single = targets.length === 1 ? index.formations[targets[0] ?? 0] : undefined;
    const rows = result.rows
      .slice(0, SHOWN)
      .map((row) => [
        html`${row.etapes.map((step, i) => html`${i > 0 ? " → " : ""}${formationLink(step.formation, step.libelle)}`)}`,
        row.effectif,
      ]);
    content = html`<h2>${single ? html`Pour arriver en ${formationLink(single.key, single.title)}` : `Pour arriver dans l'une des ${targets.length} formations trouvées`}</h2>
<p class="key-figure">${result.total.au_moins_une_personne ? `Oui : ${frenchCount(result.total)} personne(s) y sont arrivées.` : "Personne n'y est arrivé dans ces données."}</p>
${result.total.exact ? "" : html`<p class="note">Au moins une personne a suivi chacun des parcours ci-dessous, même lorsque son effectif exact n'est pas publié (cohorte de moins de 5 personnes).</p>`}
${countTable(`Parcours depuis la première inscription (${result.paths} parcours distincts${result.paths > SHOWN ? `, les ${SHOWN} plus suivis` : ""})`, ["Parcours", "Personnes"], rows)}
${
  single
    ? countTable(
        "L'année précédente",
        ["Situation", "Personnes"],
        formationMoves(index, targets[0] ?? 0, -1)
          .slice(0, 15)
          .map((row) => [formationLink(row.formation, row.libelle), row.effectif]),
      )
    : ""
}`;
  }
  const body = html`<h1>Comment y arriver ?</h1>
<p>Quels parcours ont mené à une formation ? Donnez la formation visée ; les parcours sont comptés depuis la première inscription observée.</p>
${form}
${content}`;
  return pageLayout({ title: "Comment y arriver ?", body, dataset: index.release.title });
}
