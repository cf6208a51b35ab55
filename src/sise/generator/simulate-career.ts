import { IDF_UNIVERSITIES } from "../codes/idf-universities.js";
import { PAR_TYPE_LAS } from "../codes/par-type.js";
import type { Calibration } from "./calibration.js";
import { type CareerState, STATE_ENROLMENT } from "./career-state.js";
import { type CareerOutcome, careerTransitions } from "./career-transitions.js";
import { otherUniversity } from "./pick-university.js";
import {
  composUai,
  diplomCode,
  healthDiscipline,
  iutDiscipline,
  masterDiscipline,
  otherGroupeDiscipline,
  type SyntheticDiscipline,
} from "./programme-catalogue.js";
import type { RandomStream } from "./random-stream.js";
import { type SyntheticStudent, setMasterPropensity } from "./synthetic-student.js";

/**
 * Where the rows of each rentrée go: the generator's in-memory buffers or its part files.
 *
 * @example
 * const sink: CareerSink = { inscription: (year, row) => rows.push(row), resultat: () => {} };
 */
export interface CareerSink {
  inscription(rentree: number, row: Record<string, string | number | null>): void;
  resultat(rentree: number, row: Record<string, string | number | null>): void;
}

/** Share of enrolled years with a secondary enrolment (inspr = N). */
const SECONDARY_SHARE = 0.025;
/** Yearly chance of a transfer to another university while staying in the same programme. */
const TRANSFER_SHARE = 0.02;
/** Chance of changing university when entering a master. */
const MASTER_MOBILITY = 0.35;

// The student's own columns: the same on each of the student's enrolment rows.
function studentColumns(student: SyntheticStudent) {
  const { sexe, annais, anbac, bac_rgrp, bac_spe1, bac_spe2, mention_bac, acabac, pcspar, nation } = student;
  return { sexe, annais, anbac, bac_rgrp, bac_spe1, bac_spe2, mention_bac, acabac, pcspar, nation };
}

function draw(random: RandomStream, outcomes: CareerOutcome[]): CareerOutcome {
  let u = random.uniform();
  for (const outcome of outcomes) {
    if (u < outcome.p) return outcome;
    u -= outcome.p;
  }
  return outcomes[outcomes.length - 1]!;
}

function regimeOf(random: RandomStream, state: CareerState): string {
  const apprenticeship =
    state === "LP" || state === "LPR"
      ? 0.35
      : state === "BUT3"
        ? 0.25
        : state === "BUT2"
          ? 0.1
          : state === "M2"
            ? 0.18
            : state === "M1"
              ? 0.08
              : state === "L3"
                ? 0.03
                : 0;
  const r = random.uniform();
  if (r < apprenticeship) return "12";
  if ((state === "M1" || state === "M2") && r < apprenticeship + 0.03) return "21";
  return "10";
}

function diplomaFieldChanged(from: CareerState, to: CareerState): "iut" | "sante" | "master" | null {
  const a = STATE_ENROLMENT[from as Exclude<CareerState, "STOP" | "GONE">];
  const b = STATE_ENROLMENT[to as Exclude<CareerState, "STOP" | "GONE">];
  if (!b) return null;
  if (b.field === "iut" && a?.field !== "iut") return "iut";
  if ((to === "SANTE2" || to === "SANTE3") && from !== "SANTE2") return "sante";
  if (b.typ_dipl === "XB" && a?.typ_dipl !== "XB") return "master";
  return null;
}

/**
 * Walks one student from their entry rentrée to `lastRentree` (or until they leave), drawing a
 * transition each year with {@link careerTransitions}, and sends the enrolment and result rows
 * of the rentrées in [`firstRentree`, `lastRentree`] to `sink`. Besides the transition, each
 * year may bring a transfer to another university, a secondary enrolment (`inspr = N`: a
 * diplôme d'université or a second licence elsewhere), apprenticeship or continuing-education
 * régimes, a "oui si" arrangement (`amena = 6`) in L1; CPGE students in licence carry
 * `curpar = 02` and `conv = P`; L.AS students `par_type = 0001291`; a césure year is an M2
 * enrolment with `amena = 3` and no result.
 *
 * @example
 * simulateCareer(student, random, calibration, 2015, 2024, sink);
 */
export function simulateCareer(
  student: SyntheticStudent,
  random: RandomStream,
  calibration: Calibration,
  firstRentree: number,
  lastRentree: number,
  sink: CareerSink,
): void {
  let state: CareerState = student.entryState;
  let discipline: SyntheticDiscipline = student.discipline;
  let etab = student.etab;
  for (let rentree = student.entryRentree; rentree <= lastRentree && state !== "GONE"; rentree++) {
    const outcome = draw(random, careerTransitions(state, student.propensities, rentree));
    if (state !== "STOP") {
      const enrolment = STATE_ENROLMENT[state];
      const etabli = IDF_UNIVERSITIES[etab]!.uai;
      const cpge = state === "CPGE1" || state === "CPGE2";
      const inLicence = enrolment.typ_dipl === "XA";
      const amena =
        state === "M2C"
          ? "3"
          : state === "L1" && rentree >= 2018 && (student.mention_bac === "D" || student.mention_bac === "P")
            ? random.chance(0.08)
              ? "6"
              : null
            : random.chance(0.01)
              ? "1"
              : null;
      const regime = regimeOf(random, state);
      if (rentree >= firstRentree) {
        const diplom = diplomCode(enrolment.typ_dipl, discipline.sectdis);
        sink.inscription(rentree, {
          rentree,
          id_etu: student.id_etu,
          etabli,
          compos: composUai(etabli, discipline.discipli),
          inspr: "O",
          ...studentColumns(student),
          typ_dipl: enrolment.typ_dipl,
          diplom,
          niveau: enrolment.niveau,
          cursus_lmd: enrolment.cursus_lmd,
          sectdis: discipline.sectdis,
          discipli: discipline.discipli,
          groupe: discipline.groupe,
          gd_discipline: discipline.gd_discipline,
          regime,
          amena,
          par_type: student.las && inLicence ? PAR_TYPE_LAS : null,
          curpar: cpge ? "02" : null,
          conv: cpge ? "P" : null,
        });
        if (state !== "M2C") {
          sink.resultat(rentree, {
            rentree,
            session: rentree + 1,
            id_etu: student.id_etu,
            etabli,
            diplom,
            typ_dipl: enrolment.typ_dipl,
            niveau: enrolment.niveau,
            resdip: outcome.obtained ? "O" : "N",
            resint: outcome.intermediate ? "O" : "N",
          });
        }
        if (!cpge && enrolment.cursus_lmd !== "D" && random.chance(SECONDARY_SHARE)) {
          emitSecondary(
            student,
            random,
            rentree,
            etab,
            discipline,
            enrolment.niveau,
            enrolment.cursus_lmd,
            sink,
          );
        }
      }
    }
    // Move to next year's programme.
    const field = diplomaFieldChanged(state, outcome.to);
    if (outcome.changeGroupe) discipline = otherGroupeDiscipline(random, discipline);
    else if (field === "iut") discipline = iutDiscipline(random);
    else if (field === "sante") discipline = healthDiscipline(random);
    else if (field === "master") discipline = masterDiscipline(random, discipline);
    if (outcome.to === "M1" && state !== "M1") {
      setMasterPropensity(student, calibration, rentree + 1);
      if (random.chance(MASTER_MOBILITY)) etab = otherUniversity(random, etab);
    } else if (outcome.to !== "STOP" && outcome.to !== "GONE" && random.chance(TRANSFER_SHARE)) {
      etab = otherUniversity(random, etab);
    }
    if (student.las && !(outcome.to === "L2" || outcome.to === "L3" || outcome.to === "L1R"))
      student.las = false;
    state = outcome.to;
  }
}

const DU_BY_NIVEAU: Record<string, string> = { L1: "UB", L2: "UC", L3: "UD", M1: "UE", M2: "UF" };

function emitSecondary(
  student: SyntheticStudent,
  random: RandomStream,
  rentree: number,
  etab: number,
  discipline: SyntheticDiscipline,
  niveau: string,
  cursus: "L" | "M" | "D",
  sink: CareerSink,
): void {
  const doubleLicence = cursus === "L" && random.chance(0.3);
  const secondEtab = doubleLicence ? otherUniversity(random, etab) : etab;
  const secondDiscipline = doubleLicence ? otherGroupeDiscipline(random, discipline) : discipline;
  const level = `${cursus}${Math.min(Number(niveau), cursus === "L" ? 3 : 2)}`;
  const typ_dipl = doubleLicence ? "XA" : (DU_BY_NIVEAU[level] ?? "UB");
  const secondNiveau = doubleLicence ? niveau : "01";
  const etabli = IDF_UNIVERSITIES[secondEtab]!.uai;
  const diplom = diplomCode(typ_dipl, secondDiscipline.sectdis);
  sink.inscription(rentree, {
    rentree,
    id_etu: student.id_etu,
    etabli,
    compos: composUai(etabli, secondDiscipline.discipli),
    inspr: "N",
    ...studentColumns(student),
    typ_dipl,
    diplom,
    niveau: secondNiveau,
    cursus_lmd: cursus === "M" ? "M" : "L",
    sectdis: secondDiscipline.sectdis,
    discipli: secondDiscipline.discipli,
    groupe: secondDiscipline.groupe,
    gd_discipline: secondDiscipline.gd_discipline,
    regime: "10",
    amena: null,
    par_type: null,
    curpar: null,
    conv: null,
  });
  sink.resultat(rentree, {
    rentree,
    session: rentree + 1,
    id_etu: student.id_etu,
    etabli,
    diplom,
    typ_dipl,
    niveau: secondNiveau,
    resdip: !doubleLicence && random.chance(0.7) ? "O" : "N",
    resint: "N",
  });
}
