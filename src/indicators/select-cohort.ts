import pl from "nodejs-polars";
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
 * @throws RangeError when the principal enrolments hold two rows for one student and rentrée (the
 * input is not principal enrolments).
 * @example
 * const { students } = selectCohort(principal, licenceCohort(2018, { etabli: ["0931238R"] }));
 */
export function selectCohort(principal: pl.DataFrame, definition: CohortDefinition): SelectedCohort {
  const { rentree } = definition;
  let entry = principal.filter(
    pl
      .col("rentree")
      .eq(pl.lit(rentree))
      .and(pl.col("typ_dipl").isIn(definition.typDipl))
      .and(pl.col("niveau").eq(pl.lit(definition.niveau))),
  );
  if (entry.select("id_etu").isDuplicated().any()) {
    throw new RangeError(
      `selectCohort() needs principal enrolments (one row per id_etu × rentree); rentrée ${rentree} has duplicates — run principalEnrolments() first`,
    );
  }
  if (definition.neoBacheliers) entry = entry.filter(pl.col("anbac").eq(pl.lit(rentree)));
  if (definition.firstEntry) {
    // Lazy, so that only `id_etu` of the earlier years is materialised (not every column).
    let earlier = principal.lazy().filter(pl.col("rentree").lt(pl.lit(rentree)));
    // A master entrant may hold a licence from earlier years; only an earlier M1 disqualifies.
    if (definition.kind === "master") {
      earlier = earlier.filter(
        pl
          .col("typ_dipl")
          .isIn(definition.typDipl)
          .and(pl.col("niveau").eq(pl.lit(definition.niveau))),
      );
    }
    entry = entry.join(earlier.select("id_etu").unique().collectSync(), { on: "id_etu", how: "anti" });
  }
  if (definition.etabli) entry = entry.filter(pl.col("etabli").isIn(definition.etabli));
  if (definition.gdDiscipline) entry = entry.filter(pl.col("gd_discipline").isIn(definition.gdDiscipline));
  if (definition.filter) entry = entry.filter(definition.filter);
  // Same as "some row has rentree < N", without copying those rows.
  const firstRentree = principal.height > 0 ? principal.getColumn("rentree").min() : null;
  const historyObserved =
    firstRentree !== null && firstRentree !== undefined && Number(firstRentree) < rentree;
  const students = entry.withColumns(pl.lit(rentree).cast(pl.Int32).alias("cohorte")).sort("id_etu");
  return { definition, students, historyObserved };
}
