import pl from "nodejs-polars";
import { ParameterError } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";
import type { CohortDefinition } from "./cohort-definition.js";

/**
 * The students of a cohort, as {@link selectCohort} returns them.
 *
 * @example
 * const { students, historyObserved } = selectCohort(principal, licenceCohort(2018));
 */
export interface SelectedCohort {
  /** The definition applied. */
  definition: CohortDefinition;
  /**
   * One row per student: the entry enrolment (every column of the principal enrolment, including
   * `etabli`, `gd_discipline`, `bac_rgrp`, `mention_bac`, `sexe`, `pcspar`…) plus `cohorte` (Int32 = N).
   */
  students: pl.DataFrame;
  /**
   * Whether earlier rentrées are present in the data, so that "first entry" could be checked.
   * `false` when N is the first rentrée of the extract: repeaters and returning students cannot be
   * told apart from first entrants there (harmless for néo-bacheliers, whose bac is of year N).
   */
  historyObserved: boolean;
}

/**
 * Applies a cohort definition to principal enrolments (one row per `id_etu` × `rentree`, from the
 * trajectories' `principalEnrolments(inscriptions, { excludeCpgeDoubles: true })`): entry
 * enrolment of rentrée N with the definition's `typ_dipl` and `niveau`, néo-bachelier if asked
 * (`anbac = N`), first entry if asked (no earlier principal enrolment for licence/BUT, no earlier
 * M1 for master), then the optional establishment, discipline and free filters.
 *
 * @throws ParameterError when the principal enrolments hold two rows for one student and rentrée (the
 * input is not principal enrolments).
 * @example
 * const { students } = selectCohort(principal, licenceCohort(2018, { etabli: ["0931238R"] }));
 */
export function selectCohort(principal: pl.DataFrame, definition: CohortDefinition): SelectedCohort {
  const { rentree } = definition;
  const e = cohortExpressions();
  let entry = principal
    .lazy()
    .filter(e.rentreeIs(rentree).and(e.entryLevel(definition.typDipl, definition.niveau)))
    .collectSync();
  if (entry.select("id_etu").isDuplicated().any()) {
    throw new ParameterError(messages().indicators.duplicatePrincipal(rentree));
  }
  if (definition.neoBacheliers) entry = entry.filter(e.anbacIs(rentree));
  if (definition.firstEntry) {
    // Lazy, so that only `id_etu` of the earlier years is materialised (not every column).
    let earlier = principal.lazy().filter(e.rentreeBefore(rentree));
    // A master entrant may hold a licence from earlier years; only an earlier M1 disqualifies.
    if (definition.kind === "master") {
      earlier = earlier.filter(e.entryLevel(definition.typDipl, definition.niveau));
    }
    entry = entry.join(earlier.select(e.idEtu).unique().collectSync(), { on: "id_etu", how: "anti" });
  }
  if (definition.etabli) entry = entry.filter(pl.col("etabli").isIn(definition.etabli));
  if (definition.gdDiscipline) entry = entry.filter(pl.col("gd_discipline").isIn(definition.gdDiscipline));
  if (definition.filter) entry = entry.filter(definition.filter);
  // Same as "some row has rentree < N", without copying those rows.
  const firstRentree = principal.height > 0 ? principal.getColumn("rentree").min() : null;
  const historyObserved =
    firstRentree !== null && firstRentree !== undefined && Number(firstRentree) < rentree;
  const students = entry.withColumns(e.cohorte(rentree)).sort("id_etu");
  return { definition, students, historyObserved };
}

interface CohortExpressions {
  idEtu: pl.Expr;
  rentreeIs(year: number): pl.Expr;
  rentreeBefore(year: number): pl.Expr;
  anbacIs(year: number): pl.Expr;
  cohorte(year: number): pl.Expr;
  entryLevel(typDipl: string[], niveau: string): pl.Expr;
}

let cached: CohortExpressions | undefined;

// Building a nodejs-polars expression costs ~0.5 ms of JavaScript per node, more than filtering a
// small cohort: the expressions are memoised by year (and by entry level), a handful of values.
function cohortExpressions(): CohortExpressions {
  if (cached) return cached;
  const memo = (build: (key: string) => pl.Expr) => {
    const values = new Map<string, pl.Expr>();
    return (key: string) => {
      let value = values.get(key);
      if (value === undefined) {
        value = build(key);
        values.set(key, value);
      }
      return value;
    };
  };
  const byYear = (build: (year: number) => pl.Expr) => {
    const memoised = memo((key) => build(Number(key)));
    return (year: number) => memoised(String(year));
  };
  const entryLevel = memo((key) => {
    const [typDipl, niveau] = JSON.parse(key) as [string[], string];
    return pl
      .col("typ_dipl")
      .isIn(typDipl)
      .and(pl.col("niveau").eq(pl.lit(niveau)));
  });
  cached = {
    idEtu: pl.col("id_etu"),
    rentreeIs: byYear((year) => pl.col("rentree").eq(pl.lit(year))),
    rentreeBefore: byYear((year) => pl.col("rentree").lt(pl.lit(year))),
    anbacIs: byYear((year) => pl.col("anbac").eq(pl.lit(year))),
    cohorte: byYear((year) => pl.lit(year).cast(pl.Int32).alias("cohorte")),
    entryLevel: (typDipl, niveau) => entryLevel(JSON.stringify([typDipl, niveau])),
  };
  return cached;
}
