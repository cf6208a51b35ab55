import { escapeHtml, tslabDisplayWriter } from "../viz/figure.js";
import type { TableauAMarges } from "./tableau-a-marges.js";

/**
 * Shows a two-way table (see {@link tableauAMarges}) as published after suppression: a
 * suppressed cell is a ✕ on grey (primary) or orange (secondary); the others show their value.
 *
 * @param statuts one status per cell of the table, in its order, or objects with a `status`
 *   (what `primarySuppression` and `protectTable(…).cells` return)
 * @example
 * afficherSecret(t, primarySuppression(t, { rules: [] }));
 */
export function afficherSecret(
  tableau: TableauAMarges,
  statuts: readonly ({ status: string } | string)[],
): void {
  const [dimLigne, dimColonne] = tableau.noms;
  const statut = (i: number) => {
    const s = statuts[i];
    return typeof s === "string" ? s : (s?.status ?? "safe");
  };
  const texte = (ligne: string, colonne: string) => {
    const i = tableau.cells.findIndex(
      (c) => c.coordinates[dimLigne] === ligne && c.coordinates[dimColonne] === colonne,
    );
    const s = statut(i);
    const masquee = s === "primary" || s === "secondary";
    return { s, valeur: masquee ? "✕" : String(tableau.cells[i]?.value ?? "") };
  };
  const writer = tslabDisplayWriter();
  if (!writer) {
    const largeur = 6;
    console.log(["", ...tableau.colonnes].map((c) => c.padStart(largeur)).join(" "));
    for (const ligne of tableau.lignes) {
      const cases = tableau.colonnes.map((c) => texte(ligne, c).valeur.padStart(largeur));
      console.log([ligne.padStart(largeur), ...cases].join(" "));
    }
    return;
  }
  const couleur = (s: string) => (s === "primary" ? "#bbb" : s === "secondary" ? "#f4b183" : "white");
  const entete = tableau.colonnes.map((c) => `<th>${escapeHtml(c)}</th>`).join("");
  const corps = tableau.lignes.map((ligne) => {
    const cases = tableau.colonnes.map((c) => {
      const { s, valeur } = texte(ligne, c);
      return `<td style="background:${couleur(s)};text-align:right;padding:2px 8px">${escapeHtml(valeur)}</td>`;
    });
    return `<tr><th>${escapeHtml(ligne)}</th>${cases.join("")}</tr>`;
  });
  const html = `<table><tr><th></th>${entete}</tr>${corps.join("")}</table>`;
  writer({ data: { "text/html": html, "text/plain": html }, metadata: {}, transient: {} });
}
