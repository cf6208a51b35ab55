import { describe, expect, it } from "vitest";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { distinctSuccessiveStates } from "../../src/sequences/distinct-successive-states.js";
import { longitudinalEntropy } from "../../src/sequences/longitudinal-entropy.js";
import { spellDurations } from "../../src/sequences/spell-durations.js";
import { toSts } from "../../src/sequences/sps-format.js";
import { transitionCount } from "../../src/sequences/transition-count.js";

// Values printed in TraMineR 2.2's help pages (cran/TraMineR man/*.Rd, rendered on rdrr.io).
const ABCD = ["A", "B", "C", "D"];
const seq = (text: string) => defineSequences([text.split("-")], { alphabet: ABCD });

describe("TraMineR help-page examples", () => {
  it("seqdss and seqdur: D-D-D-D-A-A-A-A-A-A-A-D has DSS D-A-D and durations 4, 7, 1", () => {
    const set = seq("D-D-D-D-A-A-A-A-A-A-A-D");
    expect(toSts(distinctSuccessiveStates(set)[0] as Int32Array, ABCD)).toBe("D-A-D");
    expect(Array.from(spellDurations(set)[0] as Int32Array)).toEqual([4, 7, 1]);
  });

  it("seqtransn: A-A-A-A-B-B-A-D-D-D contains 3 transitions", () => {
    expect(transitionCount(seq("A-A-A-A-B-B-A-D-D-D"))).toEqual([3]);
  });

  it("seqient: the maximal entropy of a length-12 sequence over 4 states is 1.386294 (each state 3 times)", () => {
    const set = seq("A-A-A-B-B-B-C-C-C-D-D-D");
    expect(longitudinalEntropy(set, { normalize: false })[0]).toBeCloseTo(1.386294, 6);
    expect(longitudinalEntropy(set)[0]).toBeCloseTo(1, 12);
  });
});
