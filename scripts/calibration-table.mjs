// Writes docs/calibration.md: the published MESR figures (docs/sources.md §2–§3) against the rates
// counted on generated data by the toolkit's own indicators, by stratum. Called by `node scripts/generate-data.mjs
// --calibration-table` (after `npm run build`). Deterministic: fixed seeds and sizes.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import pl from "nodejs-polars";

const LABELS = {
  all: "All",
  "serie:S": "Bac S",
  "serie:ES": "Bac ES",
  "serie:L": "Bac L",
  "serie:STMG": "Bac STMG",
  "serie:TECHNO": "Other techno",
  "serie:PRO": "Bac pro",
  "mention:A": "Mention TB",
  "mention:B": "Mention B",
  "mention:C": "Mention AB",
  "mention:D": "Passable 1st group",
  "mention:P": "Passable 2nd group",
  "mention:Q": "Mention unknown",
  "age:R0": "Âge R0 (on time)",
  "age:R1": "Âge R1 (1 yr late)",
  "age:R2": "Âge R2 (> 1 yr late)",
  "sexe:2": "Women",
  "sexe:1": "Men",
  "gd:DSA": "DSA",
  "gd:LLSH": "LLSH",
  "gd:SI": "SI",
  "gd:STAPS": "STAPS",
};
const FACTOR_OF = { serie: "series", mention: "mention", age: "age", sexe: "sexe", gd: "gd" };

/** Stratum key of the table → [breakdown of cohortIndicators(), its code]. */
const BREAKDOWN_OF = {
  serie: ["serie_bac", { S: "3", ES: "2", L: "1", STMG: "4", TECHNO: "5", PRO: "6" }],
  mention: ["mention_bac", null],
  age: ["age_au_bac", null],
  sexe: ["sexe", null],
  gd: ["gd_discipline", null],
};

/** The simulated rows of every rentrée as two polars frames. */
function frames(toolkit, simulated) {
  const all = (buffers) => pl.concat([...buffers].map((b) => b.toDataFrame()));
  return { inscriptions: all(simulated.inscriptions.values()), resultats: all(simulated.resultats.values()) };
}

/**
 * Licence indicators of the cohort of `rentree`, by stratum key (`all`, `serie:S`…), counted by the
 * toolkit's own chain (principal enrolment → transitions → cohort → indicators): the generator is
 * checked with the definitions every user gets, not with a second implementation of them.
 */
function licenceIndicators(toolkit, input, rentree, names) {
  const outcomes = toolkit.cohortOutcomes(
    toolkit.selectCohort(input.principal, toolkit.licenceCohort(rentree)),
    input,
  );
  const byStratum = new Map();
  const add = (stratum, row) => {
    const entry = byStratum.get(stratum) ?? { n: row.effectif };
    entry[row.indicateur] = row.nombre;
    byStratum.set(stratum, entry);
  };
  for (const row of toolkit.cohortIndicators(outcomes, { indicators: names }).rows) add("all", row);
  for (const [key, [by, codes]] of Object.entries(BREAKDOWN_OF)) {
    const stratumOf = new Map(Object.entries(codes ?? {}).map(([label, code]) => [code, label]));
    for (const row of toolkit.cohortIndicators(outcomes, { by: [by], indicators: names }).rows) {
      const code = row.group[by];
      if (code !== null) add(`${key}:${stratumOf.get(code) ?? code}`, row);
    }
  }
  return byStratum;
}

const PASSAGE = ["passage_en_l2_1_an", "redoublement_en_l1"];
const REUSSITE = ["reussite_3_ans", "reussite_3_4_ans"];

/** Principal enrolments of one rentrée of generated rows (`inspr = O`): `id_etu → [typ_dipl, niveau]`. */
function principalEnrolmentMap(rows) {
  const [id, inspr, typ, niveau] = columns(rows, ["id_etu", "inspr", "typ_dipl", "niveau"]);
  const out = new Map();
  for (let i = 0; i < rows.length; i++) if (inspr[i] === "O") out.set(id[i], [typ[i], niveau[i]]);
  return out;
}

function columns(buffer, names) {
  return names.map((name) => buffer.column(name));
}

/** Students who obtained a diploma of one of `types` at a session. */
function graduates(rows, types) {
  const [id, typ, resdip] = columns(rows, ["id_etu", "typ_dipl", "resdip"]);
  const out = new Set();
  for (let i = 0; i < rows.length; i++) if (resdip[i] === "O" && types.includes(typ[i])) out.add(id[i]);
  return out;
}

/** First-time entrants in year 1 of `typ` at `rentree` (principal, niveau 01, not enrolled in it the year before). */
function entrants(toolkit, inscriptions, typ, rentree, filter = () => true) {
  const [id, inspr, t, niveau, anbac] = columns(inscriptions.get(rentree), [
    "id_etu",
    "inspr",
    "typ_dipl",
    "niveau",
    "anbac",
  ]);
  const before = inscriptions.has(rentree - 1)
    ? principalEnrolmentMap(inscriptions.get(rentree - 1))
    : new Map();
  const out = new Set();
  for (let i = 0; i < id.length; i++) {
    if (inspr[i] !== "O" || t[i] !== typ || niveau[i] !== "01") continue;
    if (before.get(id[i])?.[0] === typ) continue;
    if (filter(anbac[i], rentree)) out.add(id[i]);
  }
  return out;
}

function share(ids, sets) {
  let hits = 0;
  for (const id of ids) if (sets.some((s) => s.has(id))) hits++;
  return (100 * hits) / ids.size;
}

const pct = (x) => x.toFixed(1);
const gap = (g, t) => `${g - t >= 0 ? "+" : "−"}${Math.abs(g - t).toFixed(1)}`;

export async function writeCalibrationTable(toolkit, path) {
  const licence = toolkit.simulateSise({
    seed: 2014,
    entrants: 180_000,
    firstRentree: 2012,
    lastRentree: 2015,
    warmupYears: 0,
    populations: "neo",
  });
  const licenceFrames = frames(toolkit, licence);
  const licenceInput = toolkit.followUpInput(licenceFrames.inscriptions, licenceFrames.resultats);
  const passage = licenceIndicators(toolkit, licenceInput, 2014, PASSAGE);
  const reussite = licenceIndicators(toolkit, licenceInput, 2012, REUSSITE);
  const targets = toolkit.LICENCE_TARGETS;
  const targetOf = (stratum) => {
    if (stratum === "all") return targets.all;
    const [factor, key] = stratum.split(":");
    return targets[FACTOR_OF[factor]][key];
  };
  let worst = 0;
  const licenceRows = Object.keys(LABELS).map((stratum) => {
    const t = targetOf(stratum);
    const p = passage.get(stratum);
    const r = reussite.get(stratum);
    const gp = (100 * p.passage_en_l2_1_an) / p.n;
    const g3 = (100 * r.reussite_3_ans) / r.n;
    const g34 = (100 * r.reussite_3_4_ans) / r.n;
    worst = Math.max(
      worst,
      Math.abs(gp - t.passage),
      Math.abs(g3 - t.reussite3),
      Math.abs(g34 - t.reussite34),
    );
    return `| ${LABELS[stratum]} | ${p.n} | ${t.passage} | ${pct(gp)} | ${gap(gp, t.passage)} | ${r.n} | ${t.reussite3} | ${pct(g3)} | ${gap(g3, t.reussite3)} | ${t.reussite34} | ${pct(g34)} | ${gap(g34, t.reussite34)} |`;
  });
  const all = passage.get("all");
  const allR = reussite.get("all");
  const redoublement = (100 * all.redoublement_en_l1) / all.n;
  const fourth = (100 * (allR.reussite_3_4_ans - allR.reussite_3_ans)) / allR.n;

  // Everything else: one full run (all populations) 2015–2024.
  const full = toolkit.simulateSise({ seed: 2015, entrants: 30_000, firstRentree: 2015, lastRentree: 2024 });
  const { inscriptions, resultats } = full;
  const fullFrames = frames(toolkit, full);
  const fullInput = toolkit.followUpInput(fullFrames.inscriptions, fullFrames.resultats);
  const recent = [];
  for (const [year, t] of [
    [2021, { passage: 44.0, redoublement: 26.0 }],
    [2022, { passage: 47.8, redoublement: 25.4 }],
    [2023, { passage: 49.1, redoublement: 25.4 }],
  ]) {
    const r = licenceIndicators(toolkit, fullInput, year, PASSAGE).get("all");
    const gp = (100 * r.passage_en_l2_1_an) / r.n;
    const gr = (100 * r.redoublement_en_l1) / r.n;
    recent.push(
      `| L1 néo-bacheliers ${year}: passage / redoublement | ${t.passage} / ${t.redoublement} | ${pct(gp)} / ${pct(gr)} |`,
    );
  }
  {
    const r = licenceIndicators(toolkit, fullInput, 2019, REUSSITE).get("all");
    recent.push(
      `| Licence, bacheliers 2019: 3 years / 3–4 years | 34.3 / 45.7 | ${pct((100 * r.reussite_3_ans) / r.n)} / ${pct((100 * r.reussite_3_4_ans) / r.n)} |`,
    );
    const r20 = licenceIndicators(toolkit, fullInput, 2020, REUSSITE).get("all");
    recent.push(
      `| Licence, bacheliers 2020: 3–4 years | 40.3 | ${pct((100 * r20.reussite_3_4_ans) / r20.n)} |`,
    );
  }
  const masterRows = [];
  for (const [year, t] of Object.entries(toolkit.OTHER_TARGETS.master)) {
    const y = Number(year);
    const m1 = entrants(toolkit, inscriptions, "XB", y);
    const g2 = share(m1, [graduates(resultats.get(y + 1), ["XB"])]);
    const g23 = share(m1, [graduates(resultats.get(y + 1), ["XB"]), graduates(resultats.get(y + 2), ["XB"])]);
    masterRows.push(
      `| Master, M1 entrants ${y}: 2 years / 2–3 years | ${t.in2} / ${t.in23} | ${pct(g2)} / ${pct(g23)} |`,
    );
  }
  const neo = (anbac, rentree) => anbac === rentree;
  const but1 = entrants(toolkit, inscriptions, "DR", 2021, neo);
  const but3 = share(but1, [graduates(resultats.get(2023), ["DR"])]);
  const but2 = share(but1, [
    new Set(
      [...principalEnrolmentMap(inscriptions.get(2022))]
        .filter(([, v]) => v[0] === "DR" && v[1] === "02")
        .map(([id]) => id),
    ),
  ]);
  const dut1 = entrants(toolkit, inscriptions, "CB", 2020, neo);
  const dut2 = share(dut1, [graduates(resultats.get(2021), ["CB"])]);
  const dut23 = share(dut1, [graduates(resultats.get(2021), ["CB"]), graduates(resultats.get(2022), ["CB"])]);
  const lp = entrants(toolkit, inscriptions, "DP", 2018);
  const lp1 = share(lp, [graduates(resultats.get(2018), ["DP"])]);
  const o = toolkit.OTHER_TARGETS;
  const otherRows = [
    ...recent,
    ...masterRows,
    `| BUT, néo-bacheliers 2021: diploma in 3 years / passage to 2nd year | ${o.but.in3} / ${o.but.passage2} | ${pct(but3)} / ${pct(but2)} |`,
    `| DUT, néo-bacheliers 2020: 2 years / 2–3 years | ${o.dut.in2} / ${o.dut.in23} | ${pct(dut2)} / ${pct(dut23)} |`,
    `| Licence pro, entrants 2018: diploma in 1 year | ${o.lp.in1} | ${pct(lp1)} |`,
  ];

  const performanceMarker = "<!-- performance: kept by scripts/calibration-table.mjs -->";
  const previous = existsSync(path) ? readFileSync(path, "utf8") : "";
  const performance = previous.includes(performanceMarker)
    ? previous.slice(previous.indexOf(performanceMarker))
    : `${performanceMarker}\n\n## National-size run\n\n(not recorded yet)\n`;

  const text = `# Calibration of the synthetic SISE generator

Generated by \`node scripts/generate-data.mjs --calibration-table\` (after \`npm run build\`); do not
edit by hand above the performance section. Targets are the national MESR figures re-typed in
\`docs/sources.md\` §2 (open dataset \`fr-esr-parcours-et-reussite-des-bacheliers-en-licence\`,
passage cohort 2014, réussite cohort 2012) and §3 (SIES Notes Flash). Generated rates are counted
on generated enrolments and results by the toolkit's own chain (\`followUpInput\` → \`selectCohort\`
→ \`cohortOutcomes\` → \`cohortIndicators\`, the definitions of \`docs/definitions.md\` §1):

- **cohort**: néo-bacheliers (\`anbac = rentree\`) with a principal enrolment (\`inspr = O\`) in L1 of a
  licence (\`typ_dipl = XA\`, \`niveau = 01\`), excluding L.AS (\`par_type\`) and CPGE double enrolments
  (\`curpar = 02\`);
- **passage en L2 en 1 an**: principal enrolment in L2 (\`XA\`, \`02\`) of a licence of the same \`groupe\`
  the next rentrée, in any establishment; **redoublement**: L1 again, same \`groupe\`;
- **réussite en 3 ans / 3 ou 4 ans**: a licence (XA or DP) with \`resdip = O\` at session N+3 (or N+4),
  any establishment;
- âge au bac = \`anbac − annais\`: R0 ≤ 18, R1 = 19, R2 ≥ 20; not counted for bac pro.

## How the generator is calibrated

Each néo-bachelier has three propensities on the logit scale — passage from L1, progress (L2 → L3
→ licence on the first attempt) and second chances (repeated years, L1 after a réorientation) —
each an additive sum of effects of bac series, mention, âge au bac, sexe, grande discipline and
origine sociale. The effects are fitted by iterative proportional fitting on the logit scale
against the published one-way rates, using the *expected* rates computed exactly from the
transition function over every cell of the entrants' joint distribution (the same function the
simulation draws from). The joint distribution of characteristics is raked to the published
counts of each stratum: the 2014 counts for the passage cohort and the 2012 counts (fewer
mentions) for the réussite cohort — without this, the one-way réussite rates contradict each
other by about 2 points. Origine sociale effects are fixed from the 2023 passage rates by
origine (§4). Later cohorts get yearly shifts fitted on the §4 figures (years without a
published figure are interpolated: an assumption). Master, BUT, DUT and licence pro have simpler
logits calibrated on the overall §4 figures, so they match only roughly.

## Licence, by stratum (seed 2014, 180,000 néo-bacheliers a year, néo-bacheliers only)

| Stratum | N passage | L2 in 1 yr, target % | generated % | gap | N réussite | Lic. 3 yrs, target % | generated % | gap | Lic. 3–4 yrs, target % | generated % | gap |
|---|---|---|---|---|---|---|---|---|---|---|---|
${licenceRows.join("\n")}

Largest gap: ${worst.toFixed(1)} points (tolerance ±2). Redoublement en L1 (cohort 2014): target 29.0 %,
generated ${pct(redoublement)} %. Licence exactly in the 4th year (cohort 2012): target 12.6 %, generated
${pct(fourth)} %. The test \`test/indicators/calibration.test.ts\` counts the same way and fails
beyond ±2 points.

## Recent cohorts, master, BUT, DUT, licence pro (seed 2015, 30,000 néo-bacheliers a year, all entrants)

| Indicator | target % | generated % |
|---|---|---|
${otherRows.join("\n")}

Notes: master entrants include students coming from outside the ten universities; BUT and DUT
count néo-bacheliers only. The licence cohorts after 2019 have no published réussite figures
by stratum; their 3-year rate is an assumption.

${performance}`;
  writeFileSync(path, text);
  console.log(`wrote ${path} (largest licence gap ${worst.toFixed(1)} points)`);
}
