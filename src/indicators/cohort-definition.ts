import type pl from "nodejs-polars";

/**
 * The three entry cohorts the ministry follows: first-year licence (L1, incl. L.AS), first-year
 * master (M1) and first-year BUT.
 *
 * @example
 * const kind: CohortKind = "licence";
 */
export type CohortKind = "licence" | "master" | "but";

/**
 * Who belongs to a cohort, applied by {@link selectCohort} to principal enrolments (one row per
 * `id_etu` × `rentree`, CPGE double enrolments already excluded by the trajectories'
 * `principalEnrolments`). Build one with {@link licenceCohort}, {@link masterCohort} or
 * {@link butCohort} and override what you need.
 *
 * @example
 * const allEntrantsOfOneUniversity = licenceCohort(2018, { neoBacheliers: false, etabli: ["0931238R"] });
 */
export interface CohortDefinition {
  /** Which family of indicators applies. */
  kind: CohortKind;
  /** The rentrée N of entry. */
  rentree: number;
  /** `typ_dipl` of the entry enrolment: `["XA"]` for licence (L.AS are XA with `par_type` 0001291), `["XB"]` master, `["DR"]` BUT. */
  typDipl: string[];
  /** `niveau` of the entry enrolment. Default `"01"`. */
  niveau: string;
  /** Keep only néo-bacheliers (`anbac = rentree`). Default `true` for licence and BUT, `false` for master. */
  neoBacheliers: boolean;
  /**
   * Keep only first entries: for licence and BUT, no principal enrolment of any kind in an earlier
   * rentrée of the data (not enrolled in higher education before); for master, no earlier M1 of
   * the same `typDipl`. Default `true`. Only checkable inside the data: on its first rentrée, the
   * history is unknown (see {@link selectCohort}'s `historyObserved`).
   */
  firstEntry: boolean;
  /** Restrict to these establishments (UAI). Default: all. */
  etabli?: string[] | undefined;
  /** Restrict to these grandes disciplines (`DSA`, `LLSH`, `SI`, `STAPS`, `SANTE`). Default: all. */
  gdDiscipline?: string[] | undefined;
  /** Any further polars filter on the entry enrolment (e.g. `pl.col("sexe").eq(pl.lit("2"))`). Default: none. */
  filter?: pl.Expr | undefined;
}

type Overrides = Partial<Omit<CohortDefinition, "kind" | "rentree">>;

/**
 * MESR's licence cohort: néo-bacheliers of rentrée N enrolled for the first time in L1 of a
 * licence (`typ_dipl` XA, `niveau` 01, L.AS included), principal enrolment, CPGE double enrolments
 * excluded upstream.
 *
 * @example
 * const cohort = licenceCohort(2018);
 * const everyone = licenceCohort(2018, { neoBacheliers: false, firstEntry: false });
 */
export function licenceCohort(rentree: number, overrides: Overrides = {}): CohortDefinition {
  return {
    kind: "licence",
    rentree,
    typDipl: ["XA"],
    niveau: "01",
    neoBacheliers: true,
    firstEntry: true,
    ...overrides,
  };
}

/**
 * First-time M1 entrants of rentrée N (`typ_dipl` XB, `niveau` 01), whatever their bac year.
 *
 * @example
 * const m1 = masterCohort(2019, { typDipl: ["XB", "XD"] }); // with master MEEF
 */
export function masterCohort(rentree: number, overrides: Overrides = {}): CohortDefinition {
  return {
    kind: "master",
    rentree,
    typDipl: ["XB"],
    niveau: "01",
    neoBacheliers: false,
    firstEntry: true,
    ...overrides,
  };
}

/**
 * Néo-bacheliers of rentrée N entering the first year of a BUT (`typ_dipl` DR, `niveau` 01).
 *
 * @example
 * const but = butCohort(2021);
 */
export function butCohort(rentree: number, overrides: Overrides = {}): CohortDefinition {
  return {
    kind: "but",
    rentree,
    typDipl: ["DR"],
    niveau: "01",
    neoBacheliers: true,
    firstEntry: true,
    ...overrides,
  };
}
