import type pl from "nodejs-polars";

/** What a missing value stands for in a cohort attribute table. */
export const UNDISCLOSED = "Non communiqué (valeur rare effacée ou cohorte masquée)";

/**
 * One cohort attribute table (`cohorte_sexe`, `cohorte_bac`…) as arrays by cohort: cohort c's
 * rows are `start[c] … start[c + 1] − 1`, each a value (index into `values`, its French label)
 * and a published count (0 = masked).
 *
 * @example
 * const sexe = attributeIndex("sexe", frame, cohortOf, labels);
 * sexe.values[sexe.value[sexe.start[0]]]; // "Femme"
 */
export interface AttributeIndex {
  /** Attribute name (`sexe`, `bac`, `spe`…). */
  name: string;
  /** Value columns of the table (`sexe`; `bac_spe1`, `bac_spe2`). */
  columns: string[];
  /** Distinct value labels; several value columns are joined with " + ". */
  values: string[];
  start: Int32Array;
  value: Int32Array;
  count: Int32Array;
}

/**
 * Indexes an attribute table by cohort; values are labelled with the code list named after their
 * column, and a missing value is {@link UNDISCLOSED}.
 *
 * @example
 * attributeIndex("sexe", pl.DataFrame({ cohorteid: ["1"], sexe: ["2"], effectif: [7] }), new Map([["1", 0]]), { sexe: { "2": "Femme" } });
 */
export function attributeIndex(
  name: string,
  frame: pl.DataFrame,
  cohortOf: Map<string, number>,
  labels: Record<string, Record<string, string>>,
): AttributeIndex {
  const columns = frame.columns.filter((column) => column !== "cohorteid" && column !== "effectif");
  const valueColumns = columns.map((column) => frame.getColumn(column).toArray() as unknown[]);
  const cohorts = (frame.getColumn("cohorteid").toArray() as unknown[]).map(
    (id) => cohortOf.get(String(id)) ?? -1,
  );
  const counts = frame.getColumn("effectif").toArray() as number[];
  const values: string[] = [];
  const valueIds = new Map<string, number>();
  const labelOf = (row: number): number => {
    const parts = columns.map((column, j) => {
      const code = valueColumns[j]?.[row];
      if (code == null || code === "") return undefined;
      return labels[column]?.[String(code)] ?? String(code);
    });
    const text = parts.every((part) => part === undefined)
      ? UNDISCLOSED
      : parts.map((part) => part ?? "—").join(" + ");
    let id = valueIds.get(text);
    if (id === undefined) {
      id = values.push(text) - 1;
      valueIds.set(text, id);
    }
    return id;
  };
  const order = cohorts.map((_, row) => row).filter((row) => (cohorts[row] ?? -1) >= 0);
  order.sort((a, b) => (cohorts[a] ?? 0) - (cohorts[b] ?? 0) || a - b);
  const start = new Int32Array(cohortOf.size + 1);
  for (const row of order) start[(cohorts[row] ?? 0) + 1] = (start[(cohorts[row] ?? 0) + 1] ?? 0) + 1;
  for (let c = 0; c < cohortOf.size; c++) start[c + 1] = (start[c + 1] ?? 0) + (start[c] ?? 0);
  return {
    name,
    columns,
    values,
    start,
    value: Int32Array.from(order, labelOf),
    count: Int32Array.from(order, (row) => Number(counts[row] ?? 0)),
  };
}
