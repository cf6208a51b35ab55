import pl from "nodejs-polars";
import { requireColumns } from "../core/require-columns.js";
import { withTextColumns } from "./columns.js";
import { diplomaTypesFor, niveauNumber, studyLevel } from "./diploma-types.js";
import { PSEUDO_STATES } from "./pseudo-states.js";
import {
  DEVENIR_RULES,
  devenirScope,
  TRANSITION_RULES,
  type TransitionRule,
  TransitionRuleError,
} from "./rules/index.js";
import { isHealthProgramme } from "./situations.js";

/**
 * Options of {@link transitions}.
 *
 * @example
 * transitions(states, { firstRentree: 2015 });
 */
export interface TransitionOptions {
  /**
   * First observed rentrée of the data: students first enrolled after it get an `entree` row;
   * those enrolled in it may have started earlier (left-censoring) and get none. Default: the
   * smallest `rentree` of `states`.
   */
  firstRentree?: number;
  /** Finer transition rules, in evaluation order. Default: the toolkit's `TRANSITION_RULES`. */
  rules?: readonly TransitionRule[];
  /**
   * The columns to return, in this order. Default: all of them (see {@link transitions}). Naming
   * only the ones used saves the memory of the others and the time to compute and sort them.
   */
  columns?: readonly string[];
}

/** Columns of year t copied to the long table, and read (with their `next_` twins) by the rules. */
const FORMATION_COLUMNS = ["etabli", "typ_dipl", "niveau", "diplom", "groupe", "par_type"] as const;

/** Every column of the table {@link transitions} returns, in order. */
const TRANSITION_COLUMNS = [
  "id_etu",
  "rentree",
  "state",
  "next_state",
  "transition",
  "devenir",
  "status",
  "next_status",
  "situation",
  "next_situation",
  "diplome",
  "changement_etablissement",
  ...FORMATION_COLUMNS.flatMap((c) => [c, `next_${c}`]),
];

/**
 * The long table of year-to-year moves: one row per student and year t in which the student is
 * enrolled or in a gap (years after leaving for good are absorbed, not repeated), plus one
 * `entree` row in the year before each first enrolment that follows the first observed rentrée.
 *
 * Columns: `id_etu`, `rentree` (t), `state`, `next_state` (t + 1; null when censored),
 * `transition` (finer category, see `TRANSITION_RULES`), `devenir` (exactly the MESR "devenir en
 * 1 an": `passage` | `redoublement` | `reorientation` | `sortie`, null where it is not defined or
 * t + 1 is not observable — see `devenirScope`), `status`, `next_status`, `situation`,
 * `next_situation`, `diplome`, `changement_etablissement`, the formation columns of t
 * (`etabli`, `typ_dipl`, `niveau`, `diplom`, `groupe`, `par_type`) and `next_` versions of them.
 * Sorted by `id_etu`, `rentree`.
 *
 * Built as a self-join of `states` on (id, rentree + 1) — no per-student loop, no window.
 *
 * @example
 * const moves = transitions(yearlyStates(principal, resultats));
 * moves.filter(pl.col("devenir").isNotNull()).groupBy("devenir").len();
 */
export function transitions(states: pl.DataFrame, options: TransitionOptions = {}): pl.DataFrame {
  requireColumns(
    states,
    ["id_etu", "rentree", "status", "state", "situation", "diplome", "first_rentree"],
    "transitions(states)",
    { hint: "Pass the result of yearlyStates()" },
  );
  const rules = options.rules ?? TRANSITION_RULES;
  checkRules(rules);
  const firstRentree =
    options.firstRentree ?? (states.height > 0 ? Number(states.getColumn("rentree").min()) : 0);
  const types = diplomaTypesFor(states);
  const enriched = withTextColumns(states)
    .lazy()
    .join(types, { on: "typ_dipl", how: "left" })
    .withColumns(niveauNumber("niveau").alias("niveau_num"))
    .withColumns(studyLevel().alias("level"), isHealthProgramme().alias("is_health"));

  const ownColumns = [
    "state",
    "status",
    "situation",
    "diplome",
    ...FORMATION_COLUMNS,
    "niveau_num",
    "level",
    "dipl_years",
    "is_health",
  ];
  const next = enriched.select(
    pl.col("id_etu"),
    pl.col("rentree").minus(1).cast(pl.Int32).alias("rentree"),
    ...ownColumns.map((c) => pl.col(c).alias(`next_${c}`)),
  );
  const moves = enriched
    .filter(pl.col("status").neq(pl.lit("left")))
    .select(pl.col("id_etu"), pl.col("rentree").cast(pl.Int32), ...ownColumns.map((c) => pl.col(c)))
    .join(next, { on: ["id_etu", "rentree"], how: "left" })
    .withColumns(pl.lit(false).alias("is_entry"));
  const entries = enriched
    .filter(pl.col("rentree").eq(pl.col("first_rentree")).and(pl.col("first_rentree").gt(firstRentree)))
    .select(
      pl.col("id_etu"),
      pl.col("rentree").minus(1).cast(pl.Int32).alias("rentree"),
      pl.lit(PSEUDO_STATES.entry).alias("state"),
      pl.lit(true).alias("is_entry"),
      ...ownColumns.map((c) => pl.col(c).alias(`next_${c}`)),
    );
  const pairs = pl.concat([moves, entries], { how: "diagonal" });

  const { transition, devenir } = classifiers(rules);
  const wanted = options.columns ?? TRANSITION_COLUMNS;
  return pairs
    .withColumns(
      pl.col("diplome").fillNull(false),
      pl.col("next_is_health").fillNull(false),
      pl.col("is_health").fillNull(false),
    )
    .withColumns(
      transition,
      devenir,
      pl
        .col("etabli")
        .neq(pl.col("next_etabli"))
        .and(pl.col("next_status").eq(pl.lit("enrolled")))
        .fillNull(false)
        .alias("changement_etablissement"),
    )
    .select(...new Set(["id_etu", "rentree", ...wanted]))
    .sort(["id_etu", "rentree"])
    .select(...wanted)
    .collectSync();
}

// Building a polars expression costs milliseconds per node in nodejs-polars (each wrapper object
// carries every method), so the rule chains are built once per rule list and reused.
const classifierCache = new WeakMap<readonly TransitionRule[], { transition: pl.Expr; devenir: pl.Expr }>();

function classifiers(rules: readonly TransitionRule[]): { transition: pl.Expr; devenir: pl.Expr } {
  let cached = classifierCache.get(rules);
  if (!cached) {
    cached = {
      transition: chain(rules).alias("transition"),
      devenir: pl
        .when(devenirScope())
        .then(chain(DEVENIR_RULES))
        .otherwise(pl.lit(null).cast(pl.Utf8))
        .alias("devenir"),
    };
    classifierCache.set(rules, cached);
  }
  return cached;
}

/** `when(rule1).then(category1).when(rule2)…` — first matching rule wins, null if none. */
function chain(rules: readonly TransitionRule[]): pl.Expr {
  const [first, ...rest] = rules;
  if (!first) return pl.lit(null).cast(pl.Utf8);
  let expr = pl.when(first.condition()).then(pl.lit(first.category));
  for (const rule of rest) expr = expr.when(rule.condition()).then(pl.lit(rule.category));
  return expr.otherwise(pl.lit(null).cast(pl.Utf8));
}

function checkRules(rules: readonly TransitionRule[]): void {
  if (rules.length === 0) throw new TransitionRuleError("the transition rule list is empty");
  const seen = new Set<TransitionRule>();
  for (const rule of rules) {
    if (seen.has(rule))
      throw new TransitionRuleError(`rule '${rule.category}' appears twice in the rule list`);
    seen.add(rule);
  }
}
