import pl from "nodejs-polars";
import { requireColumns } from "../core/require-columns.js";
import { EXTRACT_COLUMNS_HINT } from "./columns.js";
import { diplomaTypesFor, niveauNumber } from "./diploma-types.js";

/**
 * Options of {@link principalEnrolments}.
 *
 * @example
 * principalEnrolments(inscriptions, { excludeNursing: true, excludeCpgeDoubles: true });
 */
export interface PrincipalEnrolmentOptions {
  /**
   * Drop nursing-diploma enrolments (`typ_dipl = PJ`) before choosing, as the MESR does for its
   * headcounts (`eff_dei`, docs/definitions.md §3). Default `false`.
   */
  excludeNursing?: boolean;
  /**
   * Drop the university side of CPGE double enrolments (`curpar = 02` or `conv = P`) before
   * choosing, as in the MESR counts "hors doubles inscriptions CPGE" (docs/definitions.md §3). Default `false`.
   */
  excludeCpgeDoubles?: boolean;
}

/**
 * Which rule chose the principal enrolment of a student × rentrée (`principal_rule` column):
 *
 * - `inspr`: exactly one enrolment is flagged `inspr = O`; it is kept as SISE says.
 * - `only_enrolment`: a single enrolment that year, not flagged `O`; there is nothing to choose.
 * - `highest_diploma`: none or several flagged `O`; among the candidates (the `O` ones if any,
 *   else all), one alone leads to the highest diploma (bac+n of `typ_dipl`, then `niveau`) —
 *   the MESR rule (docs/definitions.md §1, "only the formation leading to the highest diploma is kept").
 * - `tie_break`: several candidates share the highest bac+n and niveau; the deterministic
 *   tie-break keeps, when SISE and BPBAC are combined (`source` column, `combineSources()`), the
 *   lycée class (`bpbac`) first, then the smallest `diplom`, `etabli`, `compos`, then the
 *   earliest row.
 *
 * @example
 * const rule: PrincipalRule = "inspr";
 */
export type PrincipalRule = "inspr" | "only_enrolment" | "highest_diploma" | "tie_break";

/**
 * Every {@link PrincipalRule}, in the order they are tried.
 *
 * @example
 * for (const rule of PRINCIPAL_RULES) console.log(rule, result.decisions[rule]);
 */
export const PRINCIPAL_RULES: readonly PrincipalRule[] = [
  "inspr",
  "only_enrolment",
  "highest_diploma",
  "tie_break",
];

/**
 * Result of {@link principalEnrolments}.
 *
 * @example
 * const { enrolments, decisions, rows }: PrincipalEnrolmentResult = principalEnrolments(inscriptions);
 */
export interface PrincipalEnrolmentResult {
  /** One row per `id_etu` × `rentree`: the inscription columns plus `principal_rule`, sorted by id then rentrée. */
  enrolments: pl.DataFrame;
  /** How many student × rentrée cases each {@link PrincipalRule} decided (every rule is present). */
  decisions: Record<PrincipalRule, number>;
  /** The enrolments that were not chosen (secondary), with the inscription columns, sorted. */
  secondary: pl.DataFrame;
  /** The enrolments removed by an exclusion option, with `exclusion_reason` (`nursing`, `cpge_double`). */
  excluded: pl.DataFrame;
  /** Row accounting: `input = principal + secondary + excluded`, nothing is lost. */
  rows: { input: number; principal: number; secondary: number; excluded: number };
}

const KEY = ["id_etu", "rentree"];

// Built once: nodejs-polars expressions are costly to build.
const RULE = pl
  .when(pl.col("__n_o").eq(1))
  .then(pl.lit("inspr"))
  .when(pl.col("__n").eq(1))
  .then(pl.lit("only_enrolment"))
  .when(pl.col("__n_at_best").eq(1))
  .then(pl.lit("highest_diploma"))
  .otherwise(pl.lit("tie_break"))
  .alias("principal_rule");

// After the sort: the first row of each student-year, and whether a row ties with it. Computed
// with shifts and a forward fill — vectorised — rather than `first()` inside the group-by, which
// polars would evaluate group by group.
const FIRST_OF_CASE = pl
  .col("id_etu")
  .neq(pl.col("id_etu").shift(1))
  .or(pl.col("rentree").neq(pl.col("rentree").shift(1)))
  .fillNull(true)
  .alias("__first");
const AT_BEST = pl
  .col("__is_o")
  .eq(pl.when(pl.col("__first")).then(pl.col("__is_o")).otherwise(pl.lit(null)).forwardFill())
  .and(
    pl
      .col("__score")
      .eq(pl.when(pl.col("__first")).then(pl.col("__score")).otherwise(pl.lit(null)).forwardFill()),
  )
  .alias("__at_best");

/** Why a row is excluded before choosing (null: kept), or undefined when no option excludes. */
function exclusionReason(
  options: PrincipalEnrolmentOptions,
  has: (name: string) => boolean,
): pl.Expr | undefined {
  const eqText = (name: string, value: string) =>
    has(name) ? pl.col(name).eq(pl.lit(value)).fillNull(false) : pl.lit(false);
  if (!options.excludeNursing && !options.excludeCpgeDoubles) return undefined;
  let reason = pl.when(pl.lit(false)).then(pl.lit(null).cast(pl.Utf8));
  if (options.excludeNursing) reason = reason.when(eqText("typ_dipl", "PJ")).then(pl.lit("nursing"));
  if (options.excludeCpgeDoubles)
    reason = reason.when(eqText("curpar", "02").or(eqText("conv", "P"))).then(pl.lit("cpge_double"));
  return reason.otherwise(pl.lit(null).cast(pl.Utf8));
}

/**
 * Keeps one principal enrolment per student and rentrée. The rule: the enrolment flagged
 * `inspr = O`; when there is none or several, the MESR rule — the enrolment leading to the
 * highest diploma (bac+n of `typ_dipl` from the SISE code list, then the higher `niveau`) —
 * among the `O` enrolments if any, else among all; remaining ties are broken by the smallest
 * `diplom`, `etabli`, `compos`, then input order, so the choice never depends on chance.
 * Unknown diploma types count as level −1 (never preferred). See {@link PrincipalRule}.
 *
 * Built as one sort and one order-keeping group-by on a narrow frame (keys and the columns the
 * rules read), then one gather of the chosen rows — no per-student loop, window or wide join.
 *
 * @example
 * const { enrolments, decisions } = principalEnrolments(inscriptions, { excludeCpgeDoubles: true });
 * decisions.highest_diploma; // how many student-years had no single `inspr = O`
 */
export function principalEnrolments(
  inscriptions: pl.DataFrame,
  options: PrincipalEnrolmentOptions = {},
): PrincipalEnrolmentResult {
  requireColumns(inscriptions, ["id_etu", "rentree"], "principalEnrolments(inscriptions)", {
    hint: EXTRACT_COLUMNS_HINT,
  });
  const columns = inscriptions.columns;
  const has = (name: string) => columns.includes(name);
  // "bpbac" sorts before "sise": at equal level the lycée class is kept (see combineSources()).
  const tieBreakers = ["source", "diplom", "etabli", "compos"].filter(has);

  // The choice is made on a narrow frame (keys and the columns the rules read); the wide rows are
  // gathered once at the end. Joins and sorts on the whole extract would copy every column.
  const exclusion = exclusionReason(options, has);
  const narrow = inscriptions
    .lazy()
    .select(
      pl.col("id_etu"),
      pl.col("rentree"),
      ...["typ_dipl", "niveau", "inspr", ...tieBreakers].filter(has).map((name) => pl.col(name)),
      ...(exclusion ? [exclusion.alias("exclusion_reason")] : []),
    )
    .withRowIndex("__row")
    .collectSync();
  const kept = exclusion ? narrow.filter(pl.col("exclusion_reason").isNull()) : narrow;

  const levels = diplomaTypesFor(kept).select("typ_dipl", "dipl_bac_plus");
  const scored = (
    has("typ_dipl") ? kept.lazy().join(levels, { on: "typ_dipl", how: "left" }) : kept.lazy()
  ).withColumns(
    (has("inspr") ? pl.col("inspr").eq(pl.lit("O")).fillNull(false) : pl.lit(false)).alias("__is_o"),
    // bac+n weighs more than any niveau (≤ 9), so one integer orders both criteria.
    (has("typ_dipl") ? pl.col("dipl_bac_plus").fillNull(-1) : pl.lit(-1))
      .mul(100)
      .plus(has("niveau") ? niveauNumber("niveau").fillNull(0) : pl.lit(0))
      .alias("__score"),
  );
  // One sort puts each student-year's candidates first (the `inspr = O` rows when there are
  // any), the best of them on top, ties in tie-break order; one order-keeping group-by then takes
  // the first row and counts what the rule label needs. Ties are the rows equal to the first on
  // (is O, score): exactly the candidates at the best score.
  const sortKeys = ["id_etu", "rentree", "__is_o", "__score", ...tieBreakers, "__row"];
  const chosen = scored
    .sort(
      sortKeys,
      sortKeys.map((k) => k === "__is_o" || k === "__score"),
      true,
    )
    .withColumns(FIRST_OF_CASE)
    .withColumns(AT_BEST)
    .groupBy(KEY, true)
    .agg(
      pl.col("__row").first(),
      pl.len().alias("__n"),
      pl.col("__is_o").cast(pl.Int32).sum().alias("__n_o"),
      pl.col("__at_best").cast(pl.Int32).sum().alias("__n_at_best"),
    )
    .select(pl.col("__row"), RULE)
    .collectSync();

  const chosenRows = chosen.getColumn("__row");
  const enrolments = inscriptions
    .select(pl.all().gather(chosenRows))
    .withColumns(chosen.getColumn("principal_rule"));
  const secondaryRows = kept
    .select("id_etu", "rentree", "__row")
    .join(chosen.select("__row"), { on: "__row", how: "anti" })
    .sort(["id_etu", "rentree", "__row"])
    .getColumn("__row");
  const excludedRows = exclusion
    ? narrow.filter(pl.col("exclusion_reason").isNotNull()).select("__row", "exclusion_reason")
    : narrow.head(0).select("__row", pl.lit(null).cast(pl.Utf8).alias("exclusion_reason"));
  // The set-aside rows are gathered only if asked for: a pipeline that needs their counts alone
  // (publish, by partition at national scale) would otherwise copy every column of them.
  let secondary: pl.DataFrame | undefined;
  let excluded: pl.DataFrame | undefined;
  const decisions = Object.fromEntries(PRINCIPAL_RULES.map((r) => [r, 0])) as Record<PrincipalRule, number>;
  const counts = enrolments.groupBy("principal_rule").len();
  for (const row of counts.toRecords() as { principal_rule: PrincipalRule; len: number }[]) {
    decisions[row.principal_rule] = Number(row.len);
  }
  return {
    enrolments,
    decisions,
    get secondary() {
      secondary ??= inscriptions.select(pl.all().gather(secondaryRows));
      return secondary;
    },
    get excluded() {
      excluded ??= inscriptions
        .select(pl.all().gather(excludedRows.getColumn("__row")))
        .withColumns(excludedRows.getColumn("exclusion_reason"));
      return excluded;
    },
    rows: {
      input: inscriptions.height,
      principal: enrolments.height,
      secondary: secondaryRows.length,
      excluded: excludedRows.height,
    },
  };
}
