import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * The versions of Node.js and of the packages the course runs on, to check an installation (and
 * to quote when asking for help).
 *
 * @example
 * versionsDuCours(); // { "Node.js": "20.20.2", "oraccle-opendata": "0.1.0", "nodejs-polars": "0.25.2", … }
 */
export function versionsDuCours(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const versionOf = (name: string) => {
    try {
      const manifest: { version?: string } = JSON.parse(
        readFileSync(require.resolve(`${name}/package.json`), "utf8"),
      );
      return manifest.version ?? "?";
    } catch {
      return "absent";
    }
  };
  return {
    "Node.js": process.versions.node,
    "oraccle-opendata": versionOf("oraccle-opendata"),
    "nodejs-polars": versionOf("nodejs-polars"),
    "plotly.js": versionOf("plotly.js-dist-min"),
    tslab: versionOf("tslab"),
  };
}
