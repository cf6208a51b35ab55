import type pl from "nodejs-polars";

/**
 * One transition category as a polars condition. Rules are evaluated in a fixed order on the
 * "pair" frame built by `transitions()` (one row per student and year t, with the year-t columns
 * and the same columns prefixed `next_` for t + 1); the first rule whose condition holds names
 * the row. Columns a rule may read: `is_entry`, `status`, `next_status` (null when t + 1 is not
 * observable), `diplome`, `etabli`, `typ_dipl`, `niveau_num`, `diplom`, `groupe`, `par_type`,
 * `level` (bac+n of the year), `dipl_years`, their `next_` counterparts, and `next_is_health`.
 *
 * @example
 * const rule: TransitionRule<"passage"> = passage;
 * frame.filter(rule.condition());
 */
export interface TransitionRule<Category extends string = string> {
  /** The category token written in the `transition` or `devenir` column. */
  readonly category: Category;
  /** The definition implemented, quoted or paraphrased from its source. */
  readonly definition: string;
  /** Where the definition comes from (domain brief section, publication). */
  readonly source: string;
  /** Boolean polars expression: true where the row belongs to this category (given earlier rules did not match). */
  condition(): pl.Expr;
}

/**
 * Raised when a rule list is misconfigured (an unknown or duplicated category), so that a
 * custom rule order fails loudly instead of silently mislabelling transitions.
 *
 * @example
 * throw new TransitionRuleError("category 'passage' appears twice in the rule list");
 */
export class TransitionRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TransitionRuleError";
  }
}
