import type { Figure } from "./figure.js";

/**
 * Stacks one figure per channel into a single figure, one panel (row) per channel sharing the x axis,
 * each channel's legend entries grouped under its name.
 *
 * @example
 * const figure = stackChannelPanels([chronogramFigure(a), chronogramFigure(b)], ["niveau", "discipline"], "Chronogrammes");
 */
export function stackChannelPanels(
  panels: readonly Figure[],
  names: readonly string[],
  title: string,
): Figure {
  const data: Record<string, unknown>[] = [];
  const layout: Record<string, unknown> = {
    title: { text: title },
    grid: { rows: panels.length, columns: 1, pattern: "independent", roworder: "top to bottom" },
    legend: { tracegroupgap: 24, groupclick: "toggleitem" },
    height: panels.reduce((sum, panel) => sum + Math.min(Number(panel.layout?.height ?? 400), 420), 80),
  };
  panels.forEach((panel, c) => {
    const suffix = c === 0 ? "" : String(c + 1);
    const own = panel.layout ?? {};
    for (const trace of panel.data) {
      data.push({
        ...trace,
        xaxis: `x${suffix}`,
        yaxis: `y${suffix}`,
        legendgroup: names[c],
        legendgrouptitle: { text: names[c] },
      });
    }
    const yaxis = own.yaxis as Record<string, unknown> | undefined;
    const yTitle = (yaxis?.title as { text?: string } | undefined)?.text;
    layout[`xaxis${suffix}`] =
      c === 0 ? { ...(own.xaxis as object) } : { ...(own.xaxis as object), matches: "x" };
    layout[`yaxis${suffix}`] = { ...yaxis, title: { text: yTitle ? `${names[c]} — ${yTitle}` : names[c] } };
    for (const key of ["barmode", "bargap"]) if (own[key] !== undefined) layout[key] = own[key];
  });
  return { data, layout };
}
