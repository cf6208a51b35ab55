import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { renderReport } from "../../src/publish/report-html.js";
import { browserTestsEnabled, openOffline } from "../helpers/offline-browser.js";

describe.skipIf(!browserTestsEnabled)("renderReport() in headless Chromium", () => {
  it("draws every figure as SVG with the network off and no console error", async () => {
    const html = renderReport({
      title: "Rapport de test",
      introduction: "Deux figures et un tableau.",
      sections: [
        {
          title: "Flux",
          figures: [
            {
              figure: {
                data: [
                  {
                    type: "sankey",
                    node: { label: ["L1", "L2", "Sortie"] },
                    link: { source: [0, 0], target: [1, 2], value: [8, 2] },
                  },
                ],
              },
              caption: "Sankey",
            },
          ],
        },
        {
          title: "Indicateurs",
          figures: [{ figure: { data: [{ type: "bar", x: ["A", "B"], y: [0.4, 0.5] }] } }],
          tables: [{ frame: pl.DataFrame({ etabli: ["0931238R"], taux: [0.4] }) }],
        },
      ],
    });
    const file = join(mkdtempSync(join(tmpdir(), "report-")), "rapport.html");
    writeFileSync(file, html);
    const page = await openOffline(file, 2);
    expect(page.figures).toBe(2);
    expect(page.figuresWithSvg).toBe(2);
    expect(page.firstCell).toBe("0931238R");
    expect(page.problems).toEqual([]);
    expect(page.requests).toEqual([]);
  });
});
