import type { CareerState } from "./career-state.js";
import { logistic } from "./logit.js";
import type { StudentPropensities } from "./student-propensities.js";
import { TRANSITION_CONSTANTS } from "./transition-constants.js";

/** Where a student goes next, with what probability, and what they obtained this year. */
export interface CareerOutcome {
  /** State at the next rentrée. */
  to: CareerState;
  /** Probability of this outcome; the outcomes of one call sum to 1. */
  p: number;
  /** The final diploma of the current programme is obtained at this year's session. */
  obtained: boolean;
  /** An intermediate diploma is obtained (DEUG after L2, maîtrise after M1, DUT after BUT2). */
  intermediate: boolean;
  /** The student moves to a licence of another groupe disciplinaire (réorientation). */
  changeGroupe: boolean;
}

/**
 * The possible next states of a student in `state` during the academic year starting in
 * `rentree`, with their probabilities. The same function drives the simulation (which draws one
 * outcome) and the calibration (which propagates probabilities over cells), so the fitted rates
 * are exactly the expected rates of the generated data. Programmes open and close with the
 * reforms: DUT first years until 2020, BUT from 2021; PACES until 2019, PASS and L.AS from 2020.
 *
 * @param state current state (must not be `GONE`)
 * @param propensities the student's propensities
 * @param rentree calendar year of the current academic year
 * @returns outcomes whose probabilities sum to 1
 * @example
 * careerTransitions("L3", propensities, 2018).filter((o) => o.obtained); // licence obtained, then M1 or gone
 */
export function careerTransitions(
  state: CareerState,
  propensities: StudentPropensities,
  rentree: number,
): CareerOutcome[] {
  const c = TRANSITION_CONSTANTS;
  const out: CareerOutcome[] = [];
  const add = (to: CareerState, p: number, obtained = false, intermediate = false, changeGroupe = false) => {
    if (p > 0) out.push({ to, p, obtained, intermediate, changeGroupe });
  };
  const next = rentree + 1;
  const iutFirstYear: CareerState = next <= 2020 ? "DUT1" : "BUT1";
  const leave = (p: number, stopShare: number) => {
    add("STOP", p * stopShare);
    add("GONE", p * (1 - stopShare));
  };
  const afterLicence = (p: number) => {
    add("M1", p * c.masterEntry, true);
    add("GONE", p * (1 - c.masterEntry), true);
  };
  switch (state) {
    case "L1":
    case "LAS1": {
      const pass = logistic(propensities.passL1);
      if (state === "LAS1") {
        add("SANTE2", pass * 0.3);
        add("L2", pass * 0.7);
      } else add("L2", pass);
      const fail = 1 - pass;
      add("L1R", fail * propensities.repeatShare);
      const rest = fail * (1 - propensities.repeatShare);
      const reorient = rest * c.reorientShare;
      add("L1O", reorient * c.reorientTo.licence, false, false, true);
      add(iutFirstYear, reorient * c.reorientTo.iut);
      add("GONE", reorient * c.reorientTo.outside);
      leave(rest * (1 - c.reorientShare), c.stopShare);
      break;
    }
    case "L1R": {
      const pass = logistic(propensities.secondChance + c.l1RepeatPass);
      add("L2", pass);
      const fail = 1 - pass;
      add("L1R", fail * 0.12);
      add("L1O", fail * 0.12, false, false, true);
      add(iutFirstYear, fail * 0.08);
      leave(fail * 0.68, 0.2);
      break;
    }
    case "L1O": {
      const pass = logistic(propensities.secondChance + c.l1OtherPass);
      add("L2", pass);
      const fail = 1 - pass;
      add("L1R", fail * 0.35);
      leave(fail * 0.65, 0.23);
      break;
    }
    case "CPGE1":
      add("CPGE2", 0.85);
      add("GONE", 0.15);
      break;
    case "CPGE2":
      add("L3", 0.35);
      add("GONE", 0.65);
      break;
    case "L2":
    case "L2R": {
      const pass = logistic(
        state === "L2" ? propensities.progress + c.l2Pass : propensities.secondChance + c.l2RepeatPass,
      );
      add("L3", pass * (1 - c.l2ToLp), false, true);
      add("LP", pass * c.l2ToLp, false, true);
      const fail = 1 - pass;
      if (state === "L2") {
        add("L2R", fail * 0.55);
        leave(fail * 0.45, 0.22);
      } else leave(fail, 0.15);
      break;
    }
    case "L3":
    case "L3R": {
      const success = logistic(
        state === "L3" ? propensities.progress + c.l3Success : propensities.secondChance + c.l3RepeatSuccess,
      );
      afterLicence(success);
      const fail = 1 - success;
      if (state === "L3") {
        add("L3R", fail * 0.65);
        leave(fail * 0.35, 0.3);
      } else leave(fail, 0.1);
      break;
    }
    case "LP":
    case "LPR": {
      const success = state === "LP" ? c.lpSuccess : 0.6;
      add("M1", success * 0.1, true);
      add("GONE", success * 0.9, true);
      if (state === "LP") add("LPR", (1 - success) * 0.25);
      add("GONE", state === "LP" ? (1 - success) * 0.75 : 1 - success);
      break;
    }
    case "M1":
    case "M1R": {
      const pass = logistic(propensities.master + (state === "M1" ? c.m1Pass : c.m1RepeatPass));
      add("M2", pass * (1 - c.cesure), false, true);
      add("M2C", pass * c.cesure, false, true);
      if (state === "M1") add("M1R", (1 - pass) * 0.4);
      add("GONE", state === "M1" ? (1 - pass) * 0.6 : 1 - pass);
      break;
    }
    case "M2C":
      add("M2", 1);
      break;
    case "M2":
    case "M2R": {
      const success = logistic(propensities.master + (state === "M2" ? c.m2Success : c.m2RepeatSuccess));
      const doctorate = state === "M2" ? 0.06 : 0.02;
      add("D1", success * doctorate, true);
      add("GONE", success * (1 - doctorate), true);
      if (state === "M2") add("M2R", (1 - success) * 0.5);
      add("GONE", state === "M2" ? (1 - success) * 0.5 : 1 - success);
      break;
    }
    case "DUT1":
    case "DUT1R": {
      const pass = logistic(propensities.iut + (state === "DUT1" ? c.dut1Pass : 0.6));
      add("DUT2", pass);
      const fail = 1 - pass;
      if (state === "DUT1") {
        add(next <= 2020 ? "DUT1R" : "BUT1R", fail * 0.35);
        add("L1O", fail * 0.15, false, false, true);
        add("GONE", fail * 0.5);
      } else add("GONE", fail);
      break;
    }
    case "DUT2":
    case "DUT2R": {
      const success = state === "DUT2" ? logistic(propensities.iut + c.dut2Success) : 0.7;
      add("LP", success * 0.25, true);
      add("L3", success * 0.15, true);
      add("GONE", success * 0.6, true);
      const fail = 1 - success;
      // DUT closed in August 2023: no repeated DUT2 after 2022-23.
      if (state === "DUT2" && next <= 2022) {
        add("DUT2R", fail * 0.5);
        add("GONE", fail * 0.5);
      } else add("GONE", fail);
      break;
    }
    case "BUT1":
    case "BUT1R": {
      const pass = logistic(propensities.iut + (state === "BUT1" ? c.but1Pass : 0.4));
      add("BUT2", pass);
      const fail = 1 - pass;
      if (state === "BUT1") {
        add("BUT1R", fail * 0.3);
        add("L1O", fail * 0.15, false, false, true);
        add("GONE", fail * 0.55);
      } else add("GONE", fail);
      break;
    }
    case "BUT2":
    case "BUT2R": {
      const pass = logistic(propensities.iut + (state === "BUT2" ? c.but2Pass : 1.2));
      add("BUT3", pass, false, true);
      const fail = 1 - pass;
      if (state === "BUT2") {
        add("BUT2R", fail * 0.4);
        add("GONE", fail * 0.6);
      } else add("GONE", fail);
      break;
    }
    case "BUT3":
    case "BUT3R": {
      const success = state === "BUT3" ? logistic(propensities.iut + c.but3Success) : 0.75;
      add("M1", success * 0.2, true);
      add("GONE", success * 0.8, true);
      const fail = 1 - success;
      if (state === "BUT3") {
        add("BUT3R", fail * 0.5);
        add("GONE", fail * 0.5);
      } else add("GONE", fail);
      break;
    }
    case "PACES":
      add("SANTE2", 0.15);
      add(next <= 2020 ? "PACESR" : "L1O", 0.45);
      add("L1O", 0.15, false, false, true);
      add("GONE", 0.25);
      break;
    case "PACESR":
      add("SANTE2", 0.35);
      add("L2", 0.15);
      add("L1O", 0.15, false, false, true);
      add("GONE", 0.35);
      break;
    case "PASS":
      add("SANTE2", 0.3);
      add("L2", 0.35);
      add("L1O", 0.1, false, false, true);
      add("GONE", 0.25);
      break;
    case "SANTE2":
      add("SANTE3", 0.94);
      add("GONE", 0.06);
      break;
    case "SANTE3":
      add("DFA1", 0.93, true);
      add("GONE", 0.02, true);
      add("GONE", 0.05);
      break;
    case "DFA1":
      add("DFA2", 0.97);
      add("GONE", 0.03);
      break;
    case "DFA2":
      add("GONE", 0.95, true);
      add("GONE", 0.05);
      break;
    case "D1":
    case "D2":
      add(state === "D1" ? "D2" : "D3", 0.95);
      add("GONE", 0.05);
      break;
    case "D3":
      add("GONE", 0.3, true);
      add("D4", 0.65);
      add("GONE", 0.05);
      break;
    case "D4":
      add("GONE", 0.45, true);
      add("D5", 0.5);
      add("GONE", 0.05);
      break;
    case "D5":
      add("GONE", 0.5, true);
      add("D6", 0.45);
      add("GONE", 0.05);
      break;
    case "D6":
      add("GONE", 0.6, true);
      add("GONE", 0.4);
      break;
    case "STOP":
      add("L1O", 0.18, false, false, true);
      add("STOP", 0.3);
      add("GONE", 0.52);
      break;
    case "GONE":
      throw new RangeError("careerTransitions: GONE is absorbing and has no transitions");
  }
  return out;
}
