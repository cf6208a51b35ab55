import pl from "nodejs-polars";
import { ParameterError } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";
import { ageBacExpr } from "../sise/derived/age-bac-expr.js";
import { origineSocialeExpr } from "../sise/derived/origine-sociale-expr.js";
import { serieBacGroupExpr } from "../sise/derived/serie-bac-group-expr.js";

/**
 * The breakdown variables of cohort indicators, by their output name (MESR's open-data name when
 * there is one): `etabli`, `gd_discipline`, `serie_bac` (= SISE `bac_rgrp`, same codes 1–6 as
 * MESR, `A` for the post-2021 bac général), `serie_bac_group` (général / techno / pro / autre),
 * `mention_bac`, `age_au_bac` (R0/R1/R2/R4), `sexe`, `origine_sociale` (ORI01–ORI05).
 *
 * @example
 * BREAKDOWNS.includes("age_au_bac"); // true
 */
export const BREAKDOWNS = [
  "etabli",
  "gd_discipline",
  "serie_bac",
  "serie_bac_group",
  "mention_bac",
  "age_au_bac",
  "sexe",
  "origine_sociale",
] as const;

/**
 * One breakdown variable of {@link BREAKDOWNS}.
 *
 * @example
 * const by: Breakdown[] = ["etabli", "serie_bac"];
 */
export type Breakdown = (typeof BREAKDOWNS)[number];

// SISE spellings users type (`--by bac_rgrp`) mapped to the output column.
const ALIASES: Record<string, Breakdown> = {
  bac_rgrp: "serie_bac",
  age_bac: "age_au_bac",
  pcspar: "origine_sociale",
};

/**
 * Resolves a breakdown name as a user may type it — the output name or the SISE variable it comes
 * from (`bac_rgrp` → `serie_bac`, `age_bac` → `age_au_bac`, `pcspar` → `origine_sociale`).
 *
 * @throws ParameterError listing the accepted names when the name is unknown.
 * @example
 * resolveBreakdown("bac_rgrp"); // "serie_bac"
 */
export function resolveBreakdown(name: string): Breakdown {
  const trimmed = name.trim();
  const alias = ALIASES[trimmed];
  if (alias) return alias;
  if ((BREAKDOWNS as readonly string[]).includes(trimmed)) return trimmed as Breakdown;
  throw new ParameterError(messages().indicators.unknownBreakdown(name, BREAKDOWNS));
}

/**
 * Adds the derived breakdown columns to a cohort's students with the SISE module's rules:
 * `serie_bac` (copy of `bac_rgrp`), `serie_bac_group` (`serieBacGroupExpr`), `age_au_bac`
 * (`ageBacExpr`: null when the bac year is missing) and `origine_sociale` (`origineSocialeExpr`:
 * ORI05 when the PCS is missing). `etabli`, `gd_discipline`, `mention_bac` and `sexe` are SISE
 * columns already.
 *
 * @example
 * const students = withCohortStrata(selectCohort(principal, licenceCohort(2018)).students);
 */
export function withCohortStrata(students: pl.DataFrame): pl.DataFrame {
  // Built once per process: expressions are immutable, and building them costs far more than
  // applying them to one cohort (see indicators.ts).
  strataColumns ??= [
    pl.col("bac_rgrp").alias("serie_bac"),
    serieBacGroupExpr(),
    ageBacExpr().alias("age_au_bac"),
    origineSocialeExpr(),
  ];
  return students.withColumns(...strataColumns);
}

let strataColumns: pl.Expr[] | undefined;
