import type { Figure } from "../viz/figure.js";

/**
 * A horizontal bar per row, spanning its share's bounds (`part_min` to `part_max`, in %), so
 * that the chart shows the interval itself rather than a falsely exact bar.
 *
 * @example
 * showFigure(figureFourchettes(avecBornes(anneeSuivante(jeu, "01")), "L1 de droit : l'année suivante"));
 */
export function figureFourchettes(
  lignes: readonly { destination: string; part_min: number; part_max: number }[],
  titre: string,
): Figure {
  const ordre = [...lignes].reverse();
  return {
    data: [
      {
        type: "bar",
        orientation: "h",
        y: ordre.map((l) => l.destination),
        base: ordre.map((l) => l.part_min),
        x: ordre.map((l) => Math.max(l.part_max - l.part_min, 0.4)),
        customdata: ordre.map((l) => l.part_max),
        marker: { color: "#6baed6" },
        hovertemplate: "%{y}<br>entre %{base:.1f} % et %{customdata:.1f} %<extra></extra>",
      },
    ],
    layout: {
      title: { text: titre },
      height: 120 + 45 * ordre.length,
      margin: { l: 380, r: 30, t: 60, b: 60 },
      xaxis: {
        range: [0, 100],
        title: { text: "Part des étudiants (%) : fourchette compatible avec les données masquées" },
      },
    },
  };
}
