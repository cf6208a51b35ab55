import pl from "nodejs-polars";
import { FOLLOW_UP } from "./follow-up.js";
import { type IndicatorDefinition, isObservable } from "./indicator-definition.js";
import { INDICATORS } from "./indicators.js";
import type { ObservationWindow } from "./observation-window.js";
import type { SelectedCohort } from "./select-cohort.js";
import { withCohortStrata } from "./with-cohort-strata.js";

/**
 * What {@link cohortOutcomes} follows a cohort with: the outputs of the earlier pipeline stages.
 *
 * @example
 * const { enrolments: principal } = principalEnrolments(inscriptions, { excludeCpgeDoubles: true });
 * const input: FollowUpInput = { principal, transitions: transitions(yearlyStates(principal, resultats)), resultats, window: observationWindow(inscriptions, resultats) };
 */
export interface FollowUpInput {
  /** Principal enrolments, one row per `id_etu` × `rentree` (trajectories' `principalEnrolments().enrolments`). */
  principal: pl.DataFrame;
  /**
   * The trajectories' `transitions()` table: one row per student and year N with `id_etu`,
   * `rentree` (the year the move starts from), `status` and `devenir` (MESR devenir en 1 an: `passage`,
   * `redoublement`, `reorientation`, `sortie`; null when N + 1 is not observable).
   */
  transitions: pl.DataFrame;
  /** Diploma results (`rentree`, `id_etu`, `typ_dipl`, `resdip`; `session` optional, = rentree + 1). */
  resultats: pl.DataFrame;
  /** Years covered by the data; {@link observationWindow} derives it. */
  window: ObservationWindow;
}

/**
 * A cohort followed up: one row per student with the breakdown columns, the follow-up columns
 * (`FOLLOW_UP`) and one Boolean column per indicator of the cohort's kind (null when the indicator
 * is not observable for this cohort).
 *
 * @example
 * outcomes.available.reussite_3_ans; // false for a cohort entered less than 3 years before the last results
 */
export interface CohortOutcomes {
  /** The cohort definition applied. */
  definition: SelectedCohort["definition"];
  /** Whether earlier rentrées were present to check "first entry" (see `selectCohort`). */
  historyObserved: boolean;
  /** The observation window used for right-censoring. */
  window: ObservationWindow;
  /** The indicators of the cohort's kind, in catalogue order. */
  indicators: IndicatorDefinition[];
  /** Per indicator name: observable for this cohort (else reported as not available). */
  available: Record<string, boolean>;
  /** One row per student. */
  students: pl.DataFrame;
}

// The diploma whose success is followed, by cohort kind: licence générale or pro for L1 entrants
// (MESR counts a licence pro as réussite en licence), BUT for BUT entrants; for master, the
// cohort's own diploma types (XB, plus XD when MEEF entrants are included).
const LICENCE_DIPLOMAS = ["XA", "DP"];
const BUT_DIPLOMAS = ["DR"];

/**
 * Follows every student of a cohort through the later years: devenir of year N and N + 1 from the
 * trajectories' classification (not re-implemented here), principal enrolment of N + 1 and N + 2,
 * and years to the first diploma obtained (`resdip = O`) in any establishment. Then evaluates each
 * indicator of the cohort's kind — or null when the window does not reach far enough
 * (right-censoring: "not available", never a falsely low rate).
 *
 * Students absent from the later years are not dropped: their devenir is a sortie (as classified
 * by `transitions()`) and they count in every denominator.
 *
 * @example
 * const cohort = selectCohort(principal, licenceCohort(2018));
 * const outcomes = cohortOutcomes(cohort, { principal, transitions: moves, resultats, window });
 */
export function cohortOutcomes(cohort: SelectedCohort, input: FollowUpInput): CohortOutcomes {
  const { definition } = cohort;
  const n = definition.rentree;
  const e = followUpExpressions();
  // Lazy filter + select: only the few columns needed are materialised, not every column of the
  // year's rows (an eager filter copies all of them; at national scale that dominated this stage).
  // Every expression comes from a cache: building them, not running them, was the cost per cohort.
  const devenirAt = (year: number, column: Expr) =>
    input.transitions
      .lazy()
      // `entree` pseudo-rows (the year before a first enrolment) have no status: skip them.
      .filter(e.rentreeIs(year).and(e.statusKnown))
      .select(e.idEtu, column)
      .collectSync();
  const enrolmentAt = (year: number, columns: Expr[]) =>
    input.principal
      .lazy()
      .filter(e.rentreeIs(year))
      .select(e.idEtu, ...columns)
      .collectSync();
  // The results of this cohort's students only (an eager join on a column name builds no
  // expression), then the first session since N per student: session − N with N = `cohorte`.
  const session = input.resultats.columns.includes("session") ? e.session : e.sessionFromRentree;
  const entrants = cohort.students.select("id_etu", "cohorte");
  const yearsTo = (diplomas: string[], alias: string) => {
    const graduated = input.resultats
      .lazy()
      .filter(e.graduatedIn(diplomas))
      .select(e.idEtu, e.rentree, session)
      .collectSync();
    return entrants
      .join(graduated, { on: "id_etu", how: "inner" })
      .lazy()
      .filter(e.sinceCohort)
      .groupBy("id_etu")
      .agg(e.yearsToFirst(alias))
      .collectSync();
  };

  let students = withCohortStrata(cohort.students)
    .join(devenirAt(n, e.devenir1), { on: "id_etu", how: "left" })
    .join(devenirAt(n + 1, e.devenir2), { on: "id_etu", how: "left" })
    .join(enrolmentAt(n + 1, e.enrolmentN1), { on: "id_etu", how: "left" })
    .join(enrolmentAt(n + 2, e.enrolmentN2), { on: "id_etu", how: "left" })
    .join(yearsTo(LICENCE_DIPLOMAS, FOLLOW_UP.yearsToLicence), { on: "id_etu", how: "left" })
    .join(yearsTo(definition.kind === "master" ? definition.typDipl : ["XB"], FOLLOW_UP.yearsToMaster), {
      on: "id_etu",
      how: "left",
    })
    .join(yearsTo(BUT_DIPLOMAS, FOLLOW_UP.yearsToBut), { on: "id_etu", how: "left" });

  const indicators = INDICATORS.filter((indicator) => indicator.cohort === definition.kind);
  const available: Record<string, boolean> = {};
  for (const indicator of indicators) available[indicator.name] = isObservable(indicator, n, input.window);
  students = students
    .withColumns(...indicators.map((indicator) => e.indicatorColumn(indicator, available[indicator.name]!)))
    .sort("id_etu");
  return {
    definition,
    historyObserved: cohort.historyObserved,
    window: input.window,
    indicators,
    available,
    students,
  };
}

type Expr = pl.Expr;

/** The expressions {@link cohortOutcomes} uses, built once per process (see followUpExpressions). */
interface FollowUpExpressions {
  idEtu: Expr;
  rentree: Expr;
  statusKnown: Expr;
  session: Expr;
  sessionFromRentree: Expr;
  sinceCohort: Expr;
  devenir1: Expr;
  devenir2: Expr;
  enrolmentN1: Expr[];
  enrolmentN2: Expr[];
  rentreeIs(year: number): Expr;
  graduatedIn(diplomas: string[]): Expr;
  yearsToFirst(alias: string): Expr;
  indicatorColumn(indicator: IndicatorDefinition, available: boolean): Expr;
}

let cached: FollowUpExpressions | undefined;

// nodejs-polars builds each expression node as a JavaScript object with hundreds of methods
// (~0.5 ms each): rebuilding a few hundred per cohort cost more than following the cohort. The
// ones that depend on a year or a diploma list are memoised by that key (a handful of values).
function followUpExpressions(): FollowUpExpressions {
  if (cached) return cached;
  const memo = <K, V>(build: (key: K) => V) => {
    const values = new Map<K, V>();
    return (key: K) => {
      let value = values.get(key);
      if (value === undefined) {
        value = build(key);
        values.set(key, value);
      }
      return value;
    };
  };
  const rentreeIs = memo((year: number) => pl.col("rentree").eq(pl.lit(year)));
  const graduatedIn = memo((key: string) =>
    pl
      .col("resdip")
      .eq(pl.lit("O"))
      .and(pl.col("typ_dipl").isIn(JSON.parse(key) as string[])),
  );
  const yearsToFirst = memo((alias: string) =>
    pl.col("session").min().minus(pl.col("cohorte").first()).cast(pl.Int32).alias(alias),
  );
  const indicatorColumn = memo((key: string) => {
    const [name, available] = JSON.parse(key) as [string, boolean];
    const indicator = INDICATORS.find((candidate) => candidate.name === name)!;
    return (available ? indicator.outcome() : pl.lit(null)).cast(pl.Bool).alias(name);
  });
  cached = {
    idEtu: pl.col("id_etu"),
    rentree: pl.col("rentree"),
    statusKnown: pl.col("status").isNotNull(),
    session: pl.col("session"),
    sessionFromRentree: pl.col("rentree").plus(1).alias("session"),
    sinceCohort: pl.col("rentree").gtEq(pl.col("cohorte")),
    devenir1: pl.col("devenir").alias(FOLLOW_UP.devenir1),
    devenir2: pl.col("devenir").alias(FOLLOW_UP.devenir2),
    enrolmentN1: [pl.col("typ_dipl").alias(FOLLOW_UP.typDipl1), pl.col("niveau").alias(FOLLOW_UP.niveau1)],
    enrolmentN2: [pl.col("typ_dipl").alias(FOLLOW_UP.typDipl2)],
    rentreeIs,
    graduatedIn: (diplomas) => graduatedIn(JSON.stringify(diplomas)),
    yearsToFirst,
    indicatorColumn: (indicator, available) => indicatorColumn(JSON.stringify([indicator.name, available])),
  };
  return cached;
}
