import pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../core/errors.js";
import { requireColumns } from "../core/require-columns.js";
import { EXTRACT_COLUMNS_HINT, OPTIONAL_TEXT_COLUMNS, withTextColumns } from "./columns.js";
import { diplomaTypesFor, niveauNumber, PAR_TYPE_LAS } from "./diploma-types.js";
import { PSEUDO_STATES } from "./pseudo-states.js";
import { situationExpr } from "./situations.js";

/**
 * How detailed a yearly state is:
 * - `niveau`: level and diploma type — `L1`, `LAS1`, `M2`, `BUT3`, `LP`, `PASS`…
 * - `groupe`: the same plus the groupe disciplinaire — `L1 G4`.
 * - `etablissement`: the same plus the establishment UAI — `L1 G4 0931238R`.
 *
 * @example
 * const g: StateGranularity = "groupe";
 */
export type StateGranularity = "niveau" | "groupe" | "etablissement";

/**
 * Options of {@link yearlyStates}.
 *
 * @example
 * yearlyStates(principal, resultats, { granularity: "etablissement", lastRentree: 2023 });
 */
export interface StateOptions {
  /** Detail of the `state` column. Default `"niveau"`. */
  granularity?: StateGranularity;
  /**
   * Last observed rentrée (the right edge of the data): rows go up to it and no one enrolled in
   * it is ever called a leaver. Default: the largest `rentree` of the principal enrolments.
   * Enrolments after it are ignored.
   */
  lastRentree?: number;
  /**
   * The principal enrolment columns carried to the result, after the state columns. Default: all
   * of them. Naming only the ones used saves memory and time at national scale (each is repeated
   * for every student × year); the columns the state rules read are computed from in any case.
   */
  columns?: readonly string[];
  /**
   * End each student's rows at the first year without enrolment after the last one (one `left`
   * row), instead of repeating `left` up to the last observed rentrée. {@link transitions} gives
   * the same table either way (years after leaving are absorbed); this saves about half of the
   * rows at national scale. Default `false`.
   */
  untilFirstExit?: boolean;
}

/**
 * One row per student × rentrée, from the student's first principal enrolment to the last
 * observed rentrée of the data, with:
 *
 * - `status`: `enrolled`; `gap` (not enrolled, but enrolled again later — an interruption);
 *   `left` (not enrolled this year nor any later observed year). A student enrolled in the last
 *   observed rentrée is `enrolled` there: censoring is never an exit.
 * - `enrolled` (boolean), `state` (see {@link StateGranularity}; `interruption`, `sortie` or
 *   `sortie_diplome` when not enrolled, see {@link PSEUDO_STATES}), `situation` (MESR SIT01–SIT13,
 *   `SIT13` when not enrolled).
 * - `diplome`: a diploma (`resdip = O`) was obtained at the session of that rentrée, for any
 *   enrolment; `diplome_principal`: for the principal enrolment's `diplom`.
 * - `first_rentree`, `last_enrolled_rentree`, then the principal enrolment's columns (null in
 *   years without enrolment).
 *
 * Sorted by `id_etu`, `rentree`. Built with group-bys, an `intRanges` explode and hash joins
 * that keep the grid's order.
 *
 * @example
 * const states = yearlyStates(principalEnrolments(inscriptions).enrolments, resultats, { granularity: "groupe" });
 */
export function yearlyStates(
  principal: pl.DataFrame,
  resultats: pl.DataFrame,
  options: StateOptions = {},
): pl.DataFrame {
  requireColumns(principal, ["id_etu", "rentree"], "yearlyStates(principal)", { hint: EXTRACT_COLUMNS_HINT });
  requireColumns(resultats, ["id_etu", "rentree", "resdip"], "yearlyStates(resultats)", {
    hint: EXTRACT_COLUMNS_HINT,
  });
  const keys = principal.select("id_etu", "rentree").unique().height;
  if (keys !== principal.height) {
    throw new OraccleError(
      `yearlyStates(principal): ${principal.height - keys} rows repeat a student and rentrée; ` +
        "pass principalEnrolments(inscriptions).enrolments, which keeps one enrolment per student and year",
      ExitCode.input,
    );
  }
  const granularity = options.granularity ?? "niveau";
  const lastRentree =
    options.lastRentree ?? (principal.height > 0 ? Number(principal.getColumn("rentree").max()) : 0);
  // Lazy: an eager filter would copy every column of the principal enrolments.
  const withText = withTextColumns(principal);
  const wide = withText.lazy().filter(pl.col("rentree").lessThanEquals(lastRentree));
  const principalColumns = (options.columns ?? principal.columns).filter(
    (c) => c !== "id_etu" && c !== "rentree" && withText.columns.includes(c),
  );
  // The grid and its joins run on the columns the state rules read; any other carried column is
  // joined once at the end, so the wide rows are gathered once rather than at every join.
  const ruleColumns = ["id_etu", "rentree", ...OPTIONAL_TEXT_COLUMNS];
  const lateColumns = principalColumns.filter((c) => !ruleColumns.includes(c));
  const enrolments = wide.select(...ruleColumns);

  const obtained = resultats.lazy().filter(pl.col("resdip").eq(pl.lit("O")).fillNull(false));
  const anyDiploma = obtained
    .select(pl.col("id_etu"), pl.col("rentree").cast(pl.Int32))
    .unique()
    .withColumns(pl.lit(true).alias("diplome"));
  const principalDiploma = obtained
    .select(pl.col("id_etu"), pl.col("rentree").cast(pl.Int32), pl.col("diplom"))
    .unique()
    .withColumns(pl.lit(true).alias("diplome_principal"));
  const lastYearDiploma = anyDiploma.select(
    pl.col("id_etu"),
    pl.col("rentree").alias("last_enrolled_rentree"),
    pl.col("diplome").alias("__last_diplome"),
  );

  const gridEnd = options.untilFirstExit
    ? pl.minHorizontal([
        pl.col("last_enrolled_rentree").cast(pl.Int64).plus(2),
        pl.lit(lastRentree + 1).cast(pl.Int64),
      ])
    : pl.lit(lastRentree + 1);
  const students = enrolments
    .groupBy("id_etu")
    .agg(
      pl.col("rentree").min().cast(pl.Int32).alias("first_rentree"),
      pl.col("rentree").max().cast(pl.Int32).alias("last_enrolled_rentree"),
    )
    // Sorted here, on one row per student, so that the grid is born in (id_etu, rentree) order
    // and the joins keep it: no sort of the wide result.
    .sort("id_etu");
  const grid = students
    .withColumns(pl.intRanges(pl.col("first_rentree"), gridEnd).alias("rentree"))
    .explode("rentree")
    .withColumns(pl.col("rentree").cast(pl.Int32));

  const types = diplomaTypesFor(withText).select("typ_dipl", "dipl_prefix", "dipl_years");
  const joined = grid
    .join(enrolments.withColumns(pl.col("rentree").cast(pl.Int32), pl.lit(true).alias("enrolled")), {
      on: ["id_etu", "rentree"],
      how: "left",
      maintainOrder: "left",
    })
    .withColumns(pl.col("enrolled").fillNull(false))
    .join(anyDiploma, { on: ["id_etu", "rentree"], how: "left", maintainOrder: "left" })
    .join(principalDiploma, { on: ["id_etu", "rentree", "diplom"], how: "left", maintainOrder: "left" })
    .join(lastYearDiploma, { on: ["id_etu", "last_enrolled_rentree"], how: "left", maintainOrder: "left" })
    .join(types, { on: "typ_dipl", how: "left", maintainOrder: "left" })
    .withColumns(
      pl.col("diplome").fillNull(false).and(pl.col("enrolled")),
      pl.col("diplome_principal").fillNull(false).and(pl.col("enrolled")),
      pl
        .when(pl.col("enrolled"))
        .then(pl.lit("enrolled"))
        .when(pl.col("rentree").lt(pl.col("last_enrolled_rentree")))
        .then(pl.lit("gap"))
        .otherwise(pl.lit("left"))
        .alias("status"),
    )
    .withColumns(...stateAndSituation(granularity));

  const states = joined.select(...STATE_COLUMNS, ...principalColumns.filter((c) => !lateColumns.includes(c)));
  if (lateColumns.length === 0) return states.collectSync();
  const late = wide.select(
    pl.col("id_etu"),
    pl.col("rentree").cast(pl.Int32),
    ...lateColumns.map((c) => pl.col(c)),
  );
  return states
    .join(late, { on: ["id_etu", "rentree"], how: "left", maintainOrder: "left" })
    .select(...STATE_COLUMNS, ...principalColumns)
    .collectSync();
}

const STATE_COLUMNS = [
  "id_etu",
  "rentree",
  "status",
  "enrolled",
  "state",
  "situation",
  "diplome",
  "diplome_principal",
  "first_rentree",
  "last_enrolled_rentree",
];

// nodejs-polars expressions are slow to build (milliseconds per node): build once, reuse.
const exprCache = new Map<StateGranularity, pl.Expr[]>();

function stateAndSituation(granularity: StateGranularity): pl.Expr[] {
  let cached = exprCache.get(granularity);
  if (!cached) {
    cached = [stateExpr(granularity).alias("state"), situationExpr().alias("situation")];
    exprCache.set(granularity, cached);
  }
  return cached;
}

/**
 * The `state` label of an enrolled year at the given granularity, or the pseudo-state of a year
 * without enrolment. Reads the joined `dipl_prefix`/`dipl_years` and `status`.
 */
function stateExpr(granularity: StateGranularity): pl.Expr {
  const niveau = niveauNumber("niveau");
  const isLas = pl
    .col("typ_dipl")
    .eq(pl.lit("XA"))
    .and(pl.col("par_type").eq(pl.lit(PAR_TYPE_LAS)))
    .fillNull(false);
  const prefix = pl
    .when(isLas)
    .then(pl.lit("LAS"))
    .otherwise(pl.col("dipl_prefix").fillNull(pl.col("typ_dipl")).fillNull(pl.lit("?")));
  // One-year diplomas (LP, PASS) need no year number; unknown years show the raw niveau.
  const suffix = pl
    .when(pl.col("dipl_years").eq(1).fillNull(false))
    .then(pl.lit(""))
    .otherwise(niveau.cast(pl.Utf8).fillNull(pl.col("niveau")).fillNull(pl.lit("")));
  let label = pl.concatString([prefix, suffix], "");
  if (granularity !== "niveau") {
    label = pl.concatString(
      [label, pl.concatString([pl.lit("G"), pl.col("groupe").fillNull(pl.lit("?"))], "")],
      " ",
    );
  }
  if (granularity === "etablissement") {
    label = pl.concatString([label, pl.col("etabli").fillNull(pl.lit("?"))], " ");
  }
  return pl
    .when(pl.col("status").eq(pl.lit("gap")))
    .then(pl.lit(PSEUDO_STATES.gap))
    .when(pl.col("status").eq(pl.lit("left")).and(pl.col("__last_diplome").fillNull(false)))
    .then(pl.lit(PSEUDO_STATES.exitGraduate))
    .when(pl.col("status").eq(pl.lit("left")))
    .then(pl.lit(PSEUDO_STATES.exit))
    .otherwise(label);
}
