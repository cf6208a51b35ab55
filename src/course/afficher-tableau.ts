import pl from "nodejs-polars";
import { escapeHtml, tslabDisplayWriter } from "../viz/figure.js";

/** Options of {@link afficherTableau}. */
export interface AfficherTableauOptions {
  /** Rows shown at most (the total is always stated). Default `20`. */
  lignes?: number;
  /** A title printed above the table. */
  titre?: string;
}

function formatCellule(valeur: unknown): string {
  if (valeur === null || valeur === undefined) return "–";
  if (typeof valeur === "number") return valeur.toLocaleString("fr-FR", { maximumFractionDigits: 3 });
  return String(valeur);
}

/**
 * Displays a table in a notebook as HTML (French number format, `–` for missing values), or as
 * text outside a notebook. Takes a polars DataFrame or an array of plain objects.
 *
 * @example
 * afficherTableau(inscriptions.head(5));
 * afficherTableau([{ formation: "L1", effectif: 120 }], { titre: "Effectifs" });
 */
export function afficherTableau(
  tableau: pl.DataFrame | readonly object[],
  options: AfficherTableauOptions = {},
): void {
  const frame = pl.DataFrame.isDataFrame(tableau) ? tableau : pl.DataFrame([...tableau]);
  const maximum = options.lignes ?? 20;
  const lignes = frame.head(maximum).toRecords();
  const pied =
    frame.height > maximum
      ? `${maximum} premières lignes sur ${frame.height.toLocaleString("fr-FR")}`
      : `${frame.height.toLocaleString("fr-FR")} ligne(s)`;
  const writer = tslabDisplayWriter();
  if (!writer) {
    if (options.titre) console.log(options.titre);
    console.log(`${frame.head(maximum).toString()}\n${pied}`);
    return;
  }
  const entete = frame.columns.map((nom) => `<th>${escapeHtml(nom)}</th>`).join("");
  const corps = lignes
    .map((ligne) => {
      const cellules = frame.columns.map((nom) => {
        const valeur = ligne[nom];
        const align = typeof valeur === "number" ? ' style="text-align:right"' : "";
        return `<td${align}>${escapeHtml(formatCellule(valeur))}</td>`;
      });
      return `<tr>${cellules.join("")}</tr>`;
    })
    .join("\n");
  const titre = options.titre ? `<p><strong>${escapeHtml(options.titre)}</strong></p>\n` : "";
  const html = `${titre}<table class="oraccle-tableau">\n<thead><tr>${entete}</tr></thead>\n<tbody>\n${corps}\n</tbody>\n</table>\n<p style="color:#666;font-size:90%">${escapeHtml(pied)}</p>`;
  writer({
    data: {
      "text/html": html,
      "text/plain": `${options.titre ? `${options.titre}\n` : ""}${frame.head(maximum).toString()}\n${pied}`,
    },
    metadata: {},
    transient: {},
  });
}
