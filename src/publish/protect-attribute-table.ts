import pl from "nodejs-polars";

/** Options of {@link protectAttributeTable}. */
export interface AttributeTableOptions {
  /** One row per student: `cohorteid` and the attribute. */
  students: pl.DataFrame;
  /** The attribute column (`sexe`, `anbac`…). */
  attribute: string;
  /** Smallest count published with its attribute value. */
  k: number;
}

/**
 * A cohort × attribute table protected against differencing with the cohort total. Oraccle's
 * method erases attribute values whose count is below k and masks the merged count; but when the
 * cohort total is published, the erased row can be recomputed (total − published rows) and, for
 * an attribute with few values (sexe), reveal them. Here the erasure is completed like a 1-D
 * secondary suppression: while the erased row of a cohort holds between 1 and k − 1 students,
 * the smallest published row is erased too. So every erased row holds 0 or at least k students,
 * whatever the attacker subtracts; a cohort below k (whose total is masked) keeps a single erased
 * row published as `0`.
 *
 * Output: `cohorteid`, the attribute (null = erased), `effectif` (0 = masked); sorted by cohort,
 * attribute, the erased row last.
 *
 * @example
 * protectAttributeTable({ students, attribute: "sexe", k: 5 });
 * // a cohort of 7 with 6 men and 1 woman publishes one erased row of 7, not (1, 6) and (null, 0)
 */
export function protectAttributeTable(options: AttributeTableOptions): pl.DataFrame {
  const { attribute, k } = options;
  const counts = options.students
    .groupBy(["cohorteid", attribute])
    .agg(pl.len().alias("effectif"))
    .sort(["cohorteid", "effectif", attribute], false, true)
    .toRecords() as Record<string, unknown>[];
  const ids: number[] = [];
  const values: (string | null)[] = [];
  const effectifs: number[] = [];
  let index = 0;
  while (index < counts.length) {
    const cohort = Number(counts[index]!.cohorteid);
    const rows: { value: string | null; count: number }[] = [];
    while (index < counts.length && Number(counts[index]!.cohorteid) === cohort) {
      const value = counts[index]![attribute];
      rows.push({
        value: value === null || value === undefined ? null : String(value),
        count: Number(counts[index]!.effectif),
      });
      index += 1;
    }
    // Unknown (null) values and values below k are erased; the others wait, smallest first.
    const erasedRows = rows.filter((row) => row.value === null || row.count < k);
    let erased = erasedRows.reduce((sum, row) => sum + row.count, 0);
    const published = rows
      .filter((row) => row.value !== null && row.count >= k)
      .sort((a, b) => a.count - b.count || (a.value! < b.value! ? -1 : 1));
    while (erased > 0 && erased < k && published.length > 0) erased += published.shift()!.count;
    for (const row of published.sort((a, b) => (a.value! < b.value! ? -1 : 1))) {
      ids.push(cohort);
      values.push(row.value);
      effectifs.push(row.count);
    }
    if (erased > 0) {
      ids.push(cohort);
      values.push(null);
      effectifs.push(erased < k ? 0 : erased);
    }
  }
  return pl.DataFrame([
    pl.Series("cohorteid", ids, pl.Int64),
    pl.Series(attribute, values, pl.Utf8),
    pl.Series("effectif", effectifs, pl.Int64),
  ]);
}
