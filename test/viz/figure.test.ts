import { describe, expect, it } from "vitest";
import { figureToHtmlFragment, plotlyScript, renderHtmlPage } from "../../src/viz/figure.js";

const figure = { data: [{ type: "bar", x: ["L1", "L2"], y: [3, 2], name: "</script><b>x" }] };

describe("figureToHtmlFragment()", () => {
  it("gives the same bytes for the same figure and a different id for another figure", () => {
    expect(figureToHtmlFragment(figure)).toBe(figureToHtmlFragment(figure));
    const other = figureToHtmlFragment({ data: [{ type: "bar", x: ["L3"], y: [1] }] });
    expect(other.match(/id="([^"]+)"/)?.[1]).not.toBe(
      figureToHtmlFragment(figure).match(/id="([^"]+)"/)?.[1],
    );
  });

  it("escapes a string that would close the script tag", () => {
    const html = figureToHtmlFragment(figure);
    expect(html).not.toContain("</script><b>");
    expect(html).toContain("\\u003c/script>\\u003cb>x");
  });

  it("embeds plotly only when asked", () => {
    expect(figureToHtmlFragment(figure).length).toBeLessThan(2000);
    expect(figureToHtmlFragment(figure, { includePlotly: true })).toContain("plotly.js v4");
  });
});

describe("renderHtmlPage()", () => {
  it("embeds plotly exactly once and references no external resource", () => {
    const page = renderHtmlPage({ title: "Test <1>", body: figureToHtmlFragment(figure) });
    expect(page.split("plotly.js v4").length - 1).toBe(1);
    expect(page).toContain("<title>Test &lt;1&gt;</title>");
    expect(page).not.toMatch(/<script[^>]+src=/);
    expect(page).not.toMatch(/<link[^>]+href=/);
    expect(plotlyScript().length).toBeGreaterThan(1_000_000);
  });
});
