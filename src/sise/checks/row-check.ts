import pl from "nodejs-polars";

/**
 * What a failed check does to the row: `reject` removes it from the data (it goes to the rejects
 * file with its reason); `warn` keeps it and reports it.
 */
type CheckSeverity = "reject" | "warn";

/**
 * One validation rule applied to a frame of raw (string) SISE values: a polars expression that is
 * true on the bad rows, plus the typed error to report for them. Frames carry `__file` and
 * `__line` so every bad row can be located.
 *
 * @example
 * const check: RowCheck = {
 *   code: "missing-value", column: "id_etu", severity: "reject",
 *   bad: pl.col("id_etu").isNull(),
 *   message: "missing value in a required column", hint: "fill it in or remove the row",
 * };
 */
export interface RowCheck {
  /** Stable identifier of the rule, used in reports and the rejects file (`not-an-integer`…). */
  readonly code: string;
  /** Column the rule looks at; `undefined` for whole-row rules (field count). */
  readonly column: string | undefined;
  /** Whether bad rows are rejected or only reported. */
  readonly severity: CheckSeverity;
  /** True on bad rows (null counts as not bad). */
  readonly bad: pl.Expr;
  /** Value shown for a bad row; default the column's raw value. */
  readonly value?: pl.Expr;
  /** The problem, in a few words, for one bad row. */
  readonly message: string;
  /** What the user should do about it. */
  readonly hint: string;
}

/**
 * The raw value of a column as an integer (null when it is not one): surrounding spaces and a
 * zero fraction (`2022,0`, `2022.0`, as SAS may write numbers) are accepted.
 *
 * @example
 * frame.select(integerValue("annais"));
 */
export function integerValue(column: string): pl.Expr {
  return pl.col(column).str.strip().str.replace("[.,]0*$", "").cast(pl.Int32, false);
}
