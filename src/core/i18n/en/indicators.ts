import type { indicatorsFr } from "../fr/indicators.js";

const list = (items: readonly string[]) => items.join(", ");

/** Cohort indicators: parameter errors. */
export const indicatorsEn: typeof indicatorsFr = {
  duplicatePrincipal: (rentree) =>
    `selectCohort() needs principal enrolments (one row per id_etu × rentree); rentrée ${rentree} has duplicates — run principalEnrolments() first`,
  wilsonN: (n) => `n must be a non-negative integer, got ${n}`,
  wilsonX: (x, n) => `x must be an integer in [0, n=${n}], got ${x}`,
  noEnrolment:
    "no enrolment: the observation window is undefined (were all the extract's rows rejected? see the validation)",
  unknownIndicator: (name, known) => `unknown indicator '${name}'; known: ${list(known)}`,
  referenceIndicator: (reference, indicator) =>
    `the reference rates are for '${reference}', not '${indicator}'`,
  referenceStrata: (reference, requested) =>
    `the reference strata (${list(reference)}) differ from the requested strata (${list(requested)})`,
  notAvailable: (indicator, rentree) =>
    `indicator '${indicator}' is not available for cohort ${rentree} (not observed long enough)`,
  mesrNoIndicator: (indicator, known) => `MESR's open dataset has no '${indicator}'; it has ${list(known)}`,
  mesrNoStratum: (stratum, known) => `MESR's open dataset has no stratum '${stratum}'; it has ${list(known)}`,
  otherCohortKind: (name, defined, kind) =>
    `indicator '${name}' is defined on ${defined} cohorts, not on this ${kind} cohort`,
  unknownBreakdown: (name, known) =>
    `unknown breakdown '${name}'; use ${list(known)} (or bac_rgrp, age_bac, pcspar)`,
};
