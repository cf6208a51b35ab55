// What every peer computes, and how its answer is checked against the toolkit's.
//
// The logic (docs/data-model.md, src/trajectories, src/indicators), written by hand as an analyst
// would in each tool:
// 1. principal enrolment: drop CPGE double enrolments (curpar = 02 or conv = P); per student and
//    rentrée keep the `inspr = O` rows when there are any, then the highest diploma
//    (bac+n × 100 + niveau), ties broken by diplom, etabli, compos (nulls last), then file order;
// 2. devenir en 1 an of every principal enrolment of year N < last rentrée whose niveau is below
//    the diploma's length: sortie (no principal enrolment in N + 1), passage (same diploma type, a
//    higher niveau, same diplom or groupe; L.AS: licence of a higher niveau or a health programme
//    from year 2), redoublement (same type and niveau, same diplom or groupe), else réorientation;
// 3. licence cohorts N (néo-bacheliers in L1 of a licence XA, first principal enrolment in N):
//    counts per devenir category, and réussite en 3 ans (first licence XA/DP obtained at the
//    session N + 3 at the latest) where the data reach that far.

/** `par_type` of the L.AS (licence accès santé). */
export const PAR_TYPE_LAS = "0001291";

/** The diploma-type lookup every peer receives as data: level (bac+n) and length in years. */
export function diplomaTypes(toolkit) {
  return Object.entries(toolkit.TYP_DIPL)
    .map(([typ_dipl, info]) => ({ typ_dipl, bac_plus: info.bacPlus, years: info.years ?? null }))
    .sort((a, b) => (a.typ_dipl < b.typ_dipl ? -1 : 1));
}

export const COUNT_COLUMNS = [
  "students",
  "passage",
  "redoublement",
  "reorientation",
  "sortie",
  "reussite_3_ans",
];

/** Normalises a peer's per-cohort rows to plain numbers (null = not observable), sorted by cohort. */
export function normalise(rows) {
  return rows
    .map((row) => {
      const out = { cohorte: Number(row.cohorte) };
      for (const column of COUNT_COLUMNS) out[column] = row[column] == null ? null : Number(row[column]);
      return out;
    })
    .sort((a, b) => a.cohorte - b.cohorte);
}

/** Compares a peer's rows with the toolkit's: `{ ok, differences }`. */
export function compare(ours, theirs) {
  const differences = [];
  const byCohort = new Map(theirs.map((row) => [row.cohorte, row]));
  if (ours.length !== theirs.length) differences.push(`${theirs.length} cohorts instead of ${ours.length}`);
  for (const row of ours) {
    const other = byCohort.get(row.cohorte);
    if (!other) {
      differences.push(`cohort ${row.cohorte} missing`);
      continue;
    }
    for (const column of COUNT_COLUMNS) {
      if (row[column] !== other[column])
        differences.push(`cohort ${row.cohorte} ${column}: ours ${row[column]}, peer ${other[column]}`);
    }
  }
  return { ok: differences.length === 0, differences };
}

/**
 * The toolkit's counts read back from a published dataset (the "Total" rows of devenir_l1.csv and
 * reussite_licence.csv): one row per published cohort with only the counts it publishes. Used to
 * check a peer where the stages are not timed (national scale).
 */
export function publishedCounts(pl, folder) {
  const rows = new Map();
  const row = (cohorte) => {
    if (!rows.has(cohorte)) rows.set(cohorte, { cohorte });
    return rows.get(cohorte);
  };
  const totals = (file, category) =>
    pl
      .readCSV(`${folder}/${file}`, { inferSchemaLength: 0 })
      .filter(pl.col("gd_discipline").eq(pl.lit("Total")))
      .toRecords()
      .map((r) => ({ cohorte: Number(r.cohorte), category: r[category], effectif: r.effectif }));
  for (const r of totals("devenir_l1.csv", "devenir")) {
    const key = r.category === "Total" ? "students" : r.category;
    row(r.cohorte)[key] = r.effectif === null || r.effectif === "" ? null : Number(r.effectif);
  }
  for (const r of totals("reussite_licence.csv", "reussite")) {
    if (r.category === "licence_en_3_ans") row(r.cohorte).reussite_3_ans = Number(r.effectif);
  }
  return [...rows.values()].sort((a, b) => a.cohorte - b.cohorte);
}

/**
 * Compares a peer's rows with counts read from a published dataset ({@link publishedCounts}):
 * every count published must equal the peer's (counts not published are not compared).
 */
export function comparePublished(published, theirs) {
  const differences = [];
  const byCohort = new Map(theirs.map((row) => [row.cohorte, row]));
  let compared = 0;
  for (const row of published) {
    const other = byCohort.get(row.cohorte);
    if (!other) {
      differences.push(`cohort ${row.cohorte} missing`);
      continue;
    }
    for (const column of COUNT_COLUMNS) {
      if (!(column in row)) continue;
      compared += 1;
      if (row[column] !== other[column])
        differences.push(`cohort ${row.cohorte} ${column}: published ${row[column]}, peer ${other[column]}`);
    }
  }
  return { ok: differences.length === 0 && compared > 0, differences, compared };
}
