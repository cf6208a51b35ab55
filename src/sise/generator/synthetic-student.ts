import { PCSPAR_TO_ORIGINE_SOCIALE } from "../codes/origine-sociale.js";
import { linearPredictor } from "./additive-logit.js";
import type { Calibration } from "./calibration.js";
import type { OrigineKey, SeriesKey } from "./calibration-targets.js";
import type { CareerState } from "./career-state.js";
import { ageAtBac, bacCodes, type Characteristics, drawCharacteristics } from "./draw-characteristics.js";
import { LICENCE_ENTRANT_PROFILES } from "./licence-entrant-profile.js";
import {
  academieOf,
  DOCTORATE_WEIGHTS,
  FOREIGN_WEIGHTS,
  MASTER_WEIGHTS,
  NEO_WEIGHTS,
  PRINCIPAL_WEIGHTS,
  pickUniversity,
} from "./pick-university.js";
import {
  firstYearHealthDiscipline,
  iutDiscipline,
  licenceDiscipline,
  masterDiscipline,
  type SyntheticDiscipline,
} from "./programme-catalogue.js";
import type { RandomStream } from "./random-stream.js";
import type { StudentPropensities } from "./student-propensities.js";

/**
 * The groups of entrants the generator draws each rentrée, with their size relative to the
 * number of néo-bacheliers (`--entrants`). Shares are generator assumptions chosen so that the
 * L/M/D mix of the ten universities resembles docs/sources.md §4.
 *
 * @example
 * ENTRANT_POPULATIONS.find((p) => p.kind === "externalM1")!.perNeo; // 0.55
 */
export const ENTRANT_POPULATIONS = [
  { kind: "neo", perNeo: 1 },
  { kind: "olderBac", perNeo: 0.15 },
  { kind: "foreignL1", perNeo: 0.04 },
  { kind: "externalL3", perNeo: 0.06 },
  { kind: "foreignL3", perNeo: 0.03 },
  { kind: "lpFromBts", perNeo: 0.07 },
  { kind: "externalM1", perNeo: 0.55 },
  { kind: "foreignM1", perNeo: 0.18 },
  { kind: "externalD1", perNeo: 0.025 },
  { kind: "foreignD1", perNeo: 0.025 },
] as const;

/** One population of entrants. */
export type EntrantKind = (typeof ENTRANT_POPULATIONS)[number]["kind"];

/**
 * A synthetic student: fixed characteristics (as SISE records them) and the mutable position
 * the simulation moves along.
 *
 * @example
 * const student: SyntheticStudent = drawStudent(random, fitCalibration(), "neo", 2018, id);
 */
export interface SyntheticStudent {
  id_etu: string;
  sexe: string;
  annais: number;
  anbac: number;
  bac_rgrp: string;
  bac_spe1: string | null;
  bac_spe2: string | null;
  mention_bac: string;
  acabac: string;
  pcspar: string;
  nation: string;
  /** First rentrée and first state. */
  entryRentree: number;
  entryState: CareerState;
  /** Index into `IDF_UNIVERSITIES`. */
  etab: number;
  discipline: SyntheticDiscipline;
  propensities: StudentPropensities;
  /** L.AS student (par_type 0001291) while in licence. */
  las: boolean;
}

/** Foreign nationalities (G_PAYS codes) with weights (assumption). */
const FOREIGN_NATIONS: [string, number][] = [
  ["350", 0.15],
  ["352", 0.14],
  ["351", 0.06],
  ["216", 0.09],
  ["341", 0.06],
  ["326", 0.05],
  ["322", 0.04],
  ["223", 0.04],
  ["243", 0.03],
  ["205", 0.04],
  ["127", 0.05],
  ["134", 0.04],
  ["109", 0.04],
  ["139", 0.03],
  ["114", 0.04],
  ["416", 0.05],
  ["404", 0.05],
];
/** PCS codes of each origine sociale, from the toolkit's mapping. */
const PCS_OF_ORIGINE: Record<OrigineKey, string[]> = (() => {
  const out: Record<OrigineKey, string[]> = { ORI01: [], ORI02: [], ORI03: [], ORI04: [], ORI05: [] };
  for (const [pcs, origine] of Object.entries(PCSPAR_TO_ORIGINE_SOCIALE))
    out[origine as OrigineKey].push(pcs);
  return out;
})();
/** Néo-bachelier destinations before and after the 2020 health-studies reform. */
const NEO_DESTINATIONS_BEFORE_2020: [CareerState, number][] = [
  ["L1", 0.755],
  ["PACES", 0.09],
  ["DUT1", 0.125],
  ["CPGE1", 0.03],
];
const NEO_DESTINATIONS_FROM_2020: [CareerState, number][] = [
  ["L1", 0.69],
  ["LAS1", 0.05],
  ["PASS", 0.09],
  ["DUT1", 0.14],
  ["CPGE1", 0.03],
];
/** Series mix of néo-bacheliers outside licence (assumption). */
const SERIES_BY_DESTINATION: Partial<Record<CareerState, number[]>> = {
  PACES: [0.78, 0.08, 0.03, 0.01, 0.09, 0.01],
  PASS: [0.78, 0.08, 0.03, 0.01, 0.09, 0.01],
  LAS1: [0.6, 0.15, 0.1, 0.03, 0.1, 0.02],
  DUT1: [0.3, 0.15, 0.02, 0.24, 0.21, 0.08],
  CPGE1: [0.7, 0.2, 0.1, 0, 0, 0],
};

function propensitiesOf(
  calibration: Calibration,
  c: Characteristics,
  cohort: number,
  neo: boolean,
): StudentPropensities {
  const shift = calibration.cohortShift[Math.min(Math.max(cohort, 2010), 2024)]!;
  const family =
    c.series === "STMG" || c.series === "TECHNO" ? "techno" : c.series === "PRO" ? "pro" : "general";
  // Older bacheliers start from the second-chance propensity: MESR's rates are for néo-bacheliers.
  const passL1 = linearPredictor(calibration.passL1, c) + shift.passL1;
  return {
    passL1: neo ? passL1 : passL1 - 0.6,
    progress: linearPredictor(calibration.progress, c) + shift.progress,
    secondChance: linearPredictor(calibration.secondChance, c) + shift.secondChance,
    repeatShare: shift.repeatShare,
    iut: calibration.iut[family] + calibration.iut.sexe[c.sexe],
    master: 0,
  };
}

/**
 * Draws one entrant of population `kind` entering at rentrée `cohort`: bac series (with
 * post-2021 specialities), mention, age at bac, sexe, origine sociale (→ `pcspar`),
 * nationality, académie, establishment, discipline, first state and propensities.
 *
 * @example
 * const student = drawStudent(random, fitCalibration(), "neo", 2016, "0123456789abcdef");
 */
export function drawStudent(
  random: RandomStream,
  calibration: Calibration,
  kind: EntrantKind,
  cohort: number,
  id_etu: string,
): SyntheticStudent {
  const profile =
    cohort <= 2012 || (cohort === 2013 && random.chance(0.5))
      ? LICENCE_ENTRANT_PROFILES.cohort2012
      : LICENCE_ENTRANT_PROFILES.cohort2014;
  let entryState: CareerState;
  let c: Characteristics;
  let etab: number;
  if (kind === "neo") {
    const destinations = cohort < 2020 ? NEO_DESTINATIONS_BEFORE_2020 : NEO_DESTINATIONS_FROM_2020;
    entryState = destinations[random.pick(destinations.map((d) => d[1]))]![0];
    if (entryState === "DUT1" && cohort >= 2021) entryState = "BUT1";
    c = drawCharacteristics(
      random,
      profile,
      SERIES_BY_DESTINATION[entryState === "BUT1" ? "DUT1" : entryState],
    );
    if (entryState === "CPGE1") c.mention = random.pickFrom(["A", "B", "C"] as const, [0.45, 0.4, 0.15]);
    etab = pickUniversity(random, NEO_WEIGHTS, c.sexe);
  } else {
    c = drawCharacteristics(random, profile);
    entryState = (
      {
        olderBac: "L1O",
        foreignL1: "L1O",
        externalL3: "L3",
        foreignL3: "L3",
        lpFromBts: "LP",
        externalM1: "M1",
        foreignM1: "M1",
        externalD1: "D1",
        foreignD1: "D1",
      } as const
    )[kind];
    if (kind === "lpFromBts")
      c.series = random.pickFrom<SeriesKey>(["STMG", "TECHNO", "PRO", "ES"], [0.35, 0.3, 0.2, 0.15]);
    etab = pickUniversity(
      random,
      entryState === "M1"
        ? MASTER_WEIGHTS
        : entryState === "D1"
          ? DOCTORATE_WEIGHTS
          : kind.startsWith("foreign")
            ? FOREIGN_WEIGHTS
            : PRINCIPAL_WEIGHTS,
      c.sexe,
    );
  }
  const foreign = kind.startsWith("foreign");
  // Years between the bac and entry, by population.
  const yearsSinceBac =
    kind === "neo"
      ? 0
      : kind === "olderBac"
        ? random.pickFrom([1, 2, 3, 4, 5], [0.45, 0.25, 0.15, 0.1, 0.05])
        : entryState === "L1O"
          ? random.between(0, 2)
          : entryState === "L3" || entryState === "LP"
            ? random.pickFrom([2, 3], [0.7, 0.3])
            : entryState === "M1"
              ? random.pickFrom([3, 4, 5, 6], [0.35, 0.35, 0.2, 0.1])
              : random.pickFrom([5, 6, 7], [0.5, 0.3, 0.2]);
  const anbac = cohort - yearsSinceBac;
  const annais = anbac - (foreign ? random.pickFrom([18, 19, 20], [0.6, 0.3, 0.1]) : ageAtBac(random, c.age));
  const bac = foreign ? { bac_rgrp: "7", bac_spe1: null, bac_spe2: null } : bacCodes(random, c.series, anbac);
  let discipline: SyntheticDiscipline;
  if (entryState === "DUT1" || entryState === "BUT1") discipline = iutDiscipline(random);
  else if (entryState === "PACES" || entryState === "PASS") discipline = firstYearHealthDiscipline();
  else discipline = licenceDiscipline(random, c.gd);
  if (entryState === "M1" || entryState === "D1") discipline = masterDiscipline(random, discipline);
  const origine = foreign && random.chance(0.6) ? "ORI05" : c.origine;
  const pcsList = PCS_OF_ORIGINE[origine];
  const propensities = propensitiesOf(calibration, c, cohort, kind === "neo");
  const student: SyntheticStudent = {
    id_etu,
    sexe: c.sexe,
    annais,
    anbac,
    ...bac,
    mention_bac: foreign ? "Q" : c.mention,
    acabac: foreign ? "00" : academieOf(random, etab),
    pcspar: origine === "ORI05" ? "99" : pcsList[random.int(pcsList.length)]!,
    nation: foreign
      ? random.pickFrom(
          FOREIGN_NATIONS.map((n) => n[0]),
          FOREIGN_NATIONS.map((n) => n[1]),
        )
      : random.chance(0.04)
        ? random.pickFrom(
            FOREIGN_NATIONS.map((n) => n[0]),
            FOREIGN_NATIONS.map((n) => n[1]),
          )
        : "100",
    entryRentree: cohort,
    entryState,
    etab,
    discipline,
    propensities,
    las: entryState === "LAS1",
  };
  if (entryState === "M1") setMasterPropensity(student, calibration, cohort);
  return student;
}

/**
 * Sets the master propensity when a student enters M1: the yearly level (calibrated on the
 * diploma in 2 years) plus the effect of the age at entry.
 *
 * @example
 * setMasterPropensity(student, fitCalibration(), 2021); // student.propensities.master is set
 */
export function setMasterPropensity(
  student: SyntheticStudent,
  calibration: Calibration,
  rentree: number,
): void {
  const age = rentree - student.annais;
  const ageEffect =
    age <= 22
      ? calibration.masterAge.upTo22
      : age === 23
        ? calibration.masterAge.at23
        : calibration.masterAge.from24;
  student.propensities.master = (calibration.masterLevel[rentree] ?? 0) + ageEffect;
}
