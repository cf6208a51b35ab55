// Writes the last section of docs/calibration.md: the devenir en 1 an of the L1 néo-bacheliers of
// the embedded extract, SISE alone against SISE + BPBAC, beside the ministry's figures
// (docs/sources.md §3). Called by `node scripts/generate-data.mjs` after the data are written.
// Everything from the marker to the end of the file is replaced; scripts/calibration-table.mjs
// keeps it (it keeps everything after its own performance marker).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pl from "nodejs-polars";

const MARKER = "<!-- bpbac: written by scripts/generate-data.mjs -->";
/** Ministry's figures (docs/sources.md §3): passage, redoublement, réorientation, sortie. */
export const MINISTRY = {
  2021: [44.0, 26.0, 13.3, 16.7],
  2022: [47.8, 25.4, 11.4, 15.3],
  2023: [49.1, 25.4, 10.8, 14.7],
};
const CATEGORIES = ["passage", "redoublement", "reorientation", "sortie"];

/** Devenir en 1 an of the L1 néo-bacheliers of `rentree`, in %, with the toolkit's functions. */
export function l1Devenir(toolkit, inscriptions, resultats, rentree) {
  const input = toolkit.followUpInput(inscriptions, resultats);
  const cohort = toolkit.selectCohort(input.principal, toolkit.licenceCohort(rentree));
  const devenir = cohort.students
    .select("id_etu")
    .join(input.transitions.filter(pl.col("rentree").eq(rentree)).select("id_etu", "devenir"), {
      on: "id_etu",
      how: "left",
    });
  const counts = Object.fromEntries(
    devenir
      .groupBy("devenir")
      .len()
      .toRecords()
      .map((r) => [r.devenir, Number(r.len)]),
  );
  return { n: devenir.height, rates: CATEGORIES.map((c) => (100 * (counts[c] ?? 0)) / devenir.height) };
}

export async function writeBpbacCalibration(toolkit, dataDir, path) {
  const root = join(dataDir, "..");
  const { BPBAC_CALIBRATION } = await import(join(root, "dist", "sise", "generator", "simulate-bpbac.js"));
  const sise = toolkit.readSise(join(dataDir, "sise"));
  const bpbac = toolkit.readBpbac(join(dataDir, "bpbac"));
  const both = toolkit.combineSources(sise, bpbac.enrolments);
  const fmt = (rates) => rates.map((r) => r.toFixed(1)).join(" / ");
  const rows = [];
  let worst = 0;
  for (const year of [2021, 2022, 2023]) {
    const alone = l1Devenir(toolkit, sise.inscriptions, sise.resultats, year);
    const withLycee = l1Devenir(toolkit, both.inscriptions, both.resultats, year);
    const target = MINISTRY[year];
    worst = Math.max(worst, ...withLycee.rates.map((r, i) => Math.abs(r - target[i])));
    rows.push(`| ${year} | ${alone.n} | ${fmt(target)} | ${fmt(alone.rates)} | ${fmt(withLycee.rates)} |`);
  }
  const byType = bpbac.enrolments.groupBy("type_classe").len().sort("type_classe").toRecords();
  const section = `${MARKER}

## L1 devenir with BPBAC (embedded extract: seed 20240901, 3,000 néo-bacheliers a year)

The ministry follows its L1 néo-bacheliers into lycée BTS and CPGE (BPBAC); SISE alone cannot,
so a L1 → BTS move counts there as a sortie. The generator keeps the SISE files as they are and
draws the lycée paths of the same students into \`data/bpbac/\` (\`simulateBpbac()\`): CPGE rows of
the CPGE + licence doubles, BTS before a licence professionnelle, two CPGE years before an
external L3 entry, néo-bacheliers BPBAC alone sees, and — the calibrated part — a share
\`l1ToLycee = ${BPBAC_CALIBRATION.l1ToLycee}\` of the L1 students absent from SISE the next rentrée who are in a lycée
class instead (82 % STS, 4 % CPGE, 6 % DCG, 8 % DN MADE). That share was set so that the devenir
counted with both sources falls within ±2 points of the ministry's figures for 2021–2023, with
one value for the three cohorts. Counted with the toolkit (\`followUpInput\`, \`selectCohort\`,
\`licenceCohort\`), passage / redoublement / réorientation / sortie in %:

| Cohort | N (L1 néo-bacheliers) | ministry | SISE only | SISE + BPBAC |
|---|---|---|---|---|
${rows.join("\n")}

Largest gap with BPBAC: ${worst.toFixed(1)} points (tolerance ±2). SISE alone keeps the bias the
ministry describes: the moves to lycée classes are sorties there. BPBAC rows by class type:
${byType.map((r) => `${r.type_classe} ${r.len}`).join(", ")} (${bpbac.enrolments.height} rows, rentrées 2015–2024).
The test \`test/sise/generator/simulate-bpbac.test.ts\` counts the same way on the embedded
extract and fails beyond ±2 points.
`;
  const previous = existsSync(path) ? readFileSync(path, "utf8") : "";
  const kept = previous.includes(MARKER)
    ? previous.slice(0, previous.indexOf(MARKER))
    : `${previous.trimEnd()}\n\n`;
  writeFileSync(path, `${kept}${section}`);
}
