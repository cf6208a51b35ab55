import { figureToHtmlFragment } from "../../viz/figure.js";
import { frenchCount } from "../count-interval.js";
import { formationMoves, type MoveRow } from "../formation-moves.js";
import { formationProfile } from "../formation-profile.js";
import { formationFlows, formationSankey } from "../formation-sankey.js";
import type { ReleaseIndex } from "../release-index.js";
import { countTable, formationLink } from "./components.js";
import { html, trusted } from "./html.js";
import { pageLayout } from "./layout.js";

/** Years drawn in the Sankey after the first year in the formation. */
const SANKEY_YEARS = 3;
/** Rows shown in the devenir and origin tables (the API gives them all). */
const SHOWN = 15;

const ATTRIBUTE_TITLES: Record<string, string> = {
  sexe: "Sexe",
  bac: "Série du bac (avant 2021)",
  bac_rgrp: "Série du bac (avant 2021)",
  spe: "Spécialités du bac (depuis 2021)",
  bac_spe1: "Première spécialité du bac",
  bac_spe2: "Seconde spécialité du bac",
  anbac: "Année du bac",
  premiereins: "Année de première inscription",
  derniereins: "Année de dernière inscription",
  age_premiereins: "Âge à la première inscription",
};

/**
 * A formation's page: its students, a Sankey of the next years with the numbers in a table
 * beside it, where they are one and three years later, where they came from and their profile.
 *
 * @example
 * formationPage(index, index.byKey.get("1-2171001-0755890V")!);
 */
export function formationPage(index: ReleaseIndex, formation: number): string {
  const entry = index.formations[formation];
  const key = entry?.key ?? "";
  const students = index.students[formation]?.interval();
  const flows = formationFlows(index, formation, SANKEY_YEARS);
  const flowRows = flows.map((flow) => [
    `+${flow.from_rentree} → +${flow.from_rentree + 1}`,
    `${label(flow.from_state)} → ${label(flow.to_state)}`,
    flow.effectif,
  ]);
  const profile = formationProfile(index, formation);
  const body = html`<h1>${entry?.title}</h1>
<p class="key-figure">${students ? frenchCount(students) : ""} étudiant(s) sur la période</p>
<p class="muted">Code formation ${key} · ${entry?.establishment}</p>
<p><a href="/comment-y-arriver?vers=${encodeURIComponent(key)}">Comment arriver dans cette formation ?</a>
· Données : <a href="/api/formations/${encodeURIComponent(key)}/devenir">JSON</a>, <a href="/api/formations/${encodeURIComponent(key)}/devenir?format=csv">CSV</a></p>
<h2>Les années suivantes</h2>
<div class="chart-and-table">
<figure>${trusted(figureToHtmlFragment(formationSankey(flows), { id: "sankey-devenir" }))}
<figcaption class="muted">Chaque flux est tracé à sa valeur minimale (une personne par cohorte masquée) ; le tableau donne l'intervalle.</figcaption></figure>
${countTable("Flux d'une année à l'autre (années comptées depuis la 1re année dans la formation)", ["Années", "De → vers", "Étudiants"], flowRows)}
</div>
${movesTable("Un an après la première année dans la formation", formationMoves(index, formation, 1))}
${movesTable("Trois ans après", formationMoves(index, formation, 3))}
<h2>D'où viennent-ils ?</h2>
${movesTable("L'année précédant la première année dans la formation", formationMoves(index, formation, -1))}
<h2>Profil des étudiants</h2>
${Object.entries(profile).map(([name, rows]) =>
  countTable(
    ATTRIBUTE_TITLES[name] ?? name,
    ["Valeur", "Étudiants"],
    rows.map((row) => [row.valeur, row.effectif]),
  ),
)}`;
  return pageLayout({ title: entry?.title ?? key, body, dataset: index.release.title, charts: true });
}

function movesTable(caption: string, rows: MoveRow[]) {
  const shown = rows.slice(0, SHOWN).map((row) => [formationLink(row.formation, row.libelle), row.effectif]);
  const more = rows.length > SHOWN ? ` (les ${SHOWN} premières situations sur ${rows.length})` : "";
  return countTable(`${caption}${more}`, ["Situation", "Étudiants"], shown);
}

function label(state: string): string {
  if (state === "interruption") return "Interruption";
  if (state === "sortie") return "Plus d'inscription observée";
  return state;
}
