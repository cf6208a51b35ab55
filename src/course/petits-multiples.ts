import type pl from "nodejs-polars";
import type { Figure } from "../viz/figure.js";

/** Options of {@link petitsMultiples}. */
export interface PetitsMultiplesOptions {
  /** Column naming the group: one panel per value (e.g. `"gd_discipline"`). */
  groupe: string;
  /** Column naming the category: one bar per value (e.g. `"devenir"`). */
  categorie: string;
  /** Column holding the counts. Default `"len"` (what `groupBy(…).len()` gives). */
  effectif?: string;
  /** Figure title. */
  titre: string;
  /** Order of the categories (the same in every panel). Default: sorted values. */
  ordre?: readonly string[];
  /** Labels of the categories (`{ passage: "Passage" }`). Default: the codes. */
  libelles?: Readonly<Record<string, string>>;
  /** One colour per category, in `ordre`. Default: one blue for all. */
  couleurs?: readonly string[];
}

/**
 * Small multiples: one bar chart per group, side by side, showing the share (%) of each category
 * in the group, with the same 0–100 % scale, the same order and colours in every panel and the
 * group's size in its title — the honest way to compare groups of different sizes.
 *
 * @param tableau counts per group and category (e.g. `mouvements.groupBy(["gd_discipline", "devenir"]).len()`)
 * @example
 * showFigure(petitsMultiples(comptes, { groupe: "gd_discipline", categorie: "devenir", titre: "Devenir en un an" }));
 */
export function petitsMultiples(tableau: pl.DataFrame, options: PetitsMultiplesOptions): Figure {
  const colonneEffectif = options.effectif ?? "len";
  const lignes = tableau.toRecords().map((ligne) => ({
    groupe: String(ligne[options.groupe]),
    categorie: String(ligne[options.categorie]),
    n: Number(ligne[colonneEffectif]),
  }));
  const groupes = [...new Set(lignes.map((ligne) => ligne.groupe))].sort();
  const categories = options.ordre ?? [...new Set(lignes.map((ligne) => ligne.categorie))].sort();
  const libelle = (categorie: string) => options.libelles?.[categorie] ?? categorie;
  const data: Record<string, unknown>[] = [];
  const axes: Record<string, unknown> = {};
  const annotations: Record<string, unknown>[] = [];
  groupes.forEach((groupe, i) => {
    const suffixe = i === 0 ? "" : String(i + 1);
    const dansGroupe = lignes.filter((ligne) => ligne.groupe === groupe);
    const total = dansGroupe.reduce((somme, ligne) => somme + ligne.n, 0);
    const part = (categorie: string) =>
      total === 0
        ? 0
        : (100 * dansGroupe.filter((l) => l.categorie === categorie).reduce((s, l) => s + l.n, 0)) / total;
    data.push({
      type: "bar",
      x: categories.map(libelle),
      y: categories.map((categorie) => Math.round(part(categorie) * 10) / 10),
      marker: { color: options.couleurs ? [...options.couleurs] : "#4292c6" },
      xaxis: `x${suffixe}`,
      yaxis: `y${suffixe}`,
      hovertemplate: `${groupe}<br>%{x} : %{y:.1f} %<extra></extra>`,
    });
    axes[`yaxis${suffixe}`] = { range: [0, 100], title: i === 0 ? { text: "Part (%)" } : undefined };
    axes[`xaxis${suffixe}`] = { tickangle: -45 };
    annotations.push({
      text: `<b>${groupe}</b><br>n = ${total.toLocaleString("fr-FR")}`,
      xref: `x${suffixe} domain`,
      yref: `y${suffixe} domain`,
      x: 0.5,
      y: 1.02,
      xanchor: "center",
      yanchor: "bottom",
      showarrow: false,
    });
  });
  return {
    data,
    layout: {
      title: { text: options.titre },
      height: 380,
      showlegend: false,
      grid: { rows: 1, columns: Math.max(groupes.length, 1), pattern: "independent" },
      margin: { l: 50, r: 20, t: 100, b: 90 },
      annotations,
      ...axes,
    },
  };
}
