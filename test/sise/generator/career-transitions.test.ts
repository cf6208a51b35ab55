import { describe, expect, test } from "vitest";
import { type CareerState, STATE_ENROLMENT } from "../../../src/sise/generator/career-state.js";
import { careerTransitions } from "../../../src/sise/generator/career-transitions.js";
import type { StudentPropensities } from "../../../src/sise/generator/student-propensities.js";

const propensities: StudentPropensities = {
  passL1: -0.3,
  progress: 0.2,
  secondChance: -0.5,
  repeatShare: 0.49,
  iut: 0.1,
  master: 0.05,
};
const states = [...Object.keys(STATE_ENROLMENT), "STOP"] as CareerState[];

describe("careerTransitions()", () => {
  test("gives outcomes whose probabilities sum to 1 for every state and year", () => {
    for (const state of states) {
      for (const rentree of [2012, 2019, 2020, 2022, 2024]) {
        const outcomes = careerTransitions(state, propensities, rentree);
        const total = outcomes.reduce((sum, o) => sum + o.p, 0);
        expect(total, `${state} ${rentree}`).toBeCloseTo(1, 12);
        for (const o of outcomes) expect(o.p).toBeGreaterThan(0);
      }
    }
  });

  test("sends L1 réorientations to DUT until 2020 and to BUT from 2021", () => {
    const before = careerTransitions("L1", propensities, 2019).map((o) => o.to);
    const after = careerTransitions("L1", propensities, 2020).map((o) => o.to);
    expect(before).toContain("DUT1");
    expect(after).toContain("BUT1");
    expect(after).not.toContain("DUT1");
  });

  test("passes a néo-bachelier from L1 to L2 with probability logistic(passL1)", () => {
    const pass = careerTransitions("L1", propensities, 2015).find((o) => o.to === "L2")!.p;
    expect(pass).toBeCloseTo(1 / (1 + Math.exp(0.3)), 12);
  });

  test("marks the licence as obtained only on L3 and licence pro outcomes", () => {
    for (const state of states) {
      const obtained = careerTransitions(state, propensities, 2018).some((o) => o.obtained);
      const enrolment = STATE_ENROLMENT[state as keyof typeof STATE_ENROLMENT];
      if (enrolment?.typ_dipl === "XA") expect(obtained, state).toBe(enrolment.niveau === "03");
    }
  });

  test("refuses GONE, which is absorbing", () => {
    expect(() => careerTransitions("GONE", propensities, 2015)).toThrow(/absorbing/);
  });
});
