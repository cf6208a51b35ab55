import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publish } from "../../src/publish/publish.js";
import { generateSise } from "../../src/sise/generator/generate-sise.js";

/**
 * Publishes a small synthetic extract into a scratch folder, as `oraccle publish` would: the
 * release the service tests run on (a few hundred entrants, so most cohorts are masked).
 */
export async function publishedRelease(entrants = 400): Promise<string> {
  const scratch = mkdtempSync(join(tmpdir(), "serve-"));
  const input = join(scratch, "extrait");
  await generateSise({ seed: 7, entrants, firstRentree: 2017, lastRentree: 2023 }, input);
  const out = join(scratch, "open-data");
  await publish({ input, out });
  return out;
}
