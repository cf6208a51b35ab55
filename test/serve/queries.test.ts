import { describe, expect, it } from "vitest";
import { sumCohortCounts } from "../../src/serve/count-interval.js";
import { formationMoves } from "../../src/serve/formation-moves.js";
import { formationProfile } from "../../src/serve/formation-profile.js";
import { formationFlows } from "../../src/serve/formation-sankey.js";
import { matchFormations, suggestFormations } from "../../src/serve/match-formations.js";
import { pathsBetween } from "../../src/serve/paths-between.js";
import { GAP, indexRelease } from "../../src/serve/release-index.js";
import { inlineRelease } from "./inline-release.js";

const index = indexRelease(inlineRelease());
const at = (key: string) => index.byKey.get(key) as number;
const keys = (list: number[]) => list.map((i) => index.formations[i]?.key);

describe("indexRelease()", () => {
  it("counts each cohort once per formation it passes through", () => {
    // 1-A-U: c1 (10), c2 (masked), c3 (7), c4 (masked) — c2 twice in the trace, once in the count.
    expect(index.students[at("1-A-U")]?.interval()).toEqual(sumCohortCounts([10, 0, 7, 0]));
  });

  it("places each year at its rank: a gap year stays empty, a second enrolment is not followed", () => {
    const yearsOf = (id: string) => {
      const c = index.cohortIds.indexOf(id);
      return Array.from(index.years.subarray(index.yearStart[c], index.yearStart[c + 1]));
    };
    expect(yearsOf("3")).toEqual([at("1-A-U"), GAP, at("4-M-U")]);
    expect(yearsOf("5")).toEqual([at("1-B-U")]);
    expect(index.students[at("2-A-U")]?.interval()).toEqual(sumCohortCounts([10, 0]));
  });
});

describe("matchFormations()", () => {
  it("matches every word, accent- and case-insensitive, largest first", () => {
    expect(keys(matchFormations(index, { q: "ILE-DE-EDEN licence" }))).toEqual(["1-A-U", "2-A-U", "1-B-U"]);
    expect(keys(matchFormations(index, { q: "éden", cursus: "M" }))).toEqual(["4-M-U"]);
    expect(keys(matchFormations(index, { q: "sante" }))).toEqual(["0-P-V"]);
  });

  it("suggests the formations sharing the most words with an unknown name", () => {
    expect(keys(suggestFormations(index, "Master Éden Sorbonne"))[0]).toBe("4-M-U");
  });
});

describe("formationMoves()", () => {
  it("gives where the students are the year after, with intervals", () => {
    const rows = formationMoves(index, at("1-A-U"), 1);
    const byLabel = Object.fromEntries(rows.map((row) => [row.formation ?? row.situation, row.effectif]));
    expect(byLabel).toEqual({
      "2-A-U": sumCohortCounts([10]),
      interruption: sumCohortCounts([7]),
      "1-A-U": sumCohortCounts([0]),
      sans_inscription: sumCohortCounts([0]),
    });
    expect(rows.map((row) => row.effectif.min)).toEqual([10, 7, 1, 1]);
  });

  it("two years after, and where they came from", () => {
    const later = formationMoves(index, at("1-A-U"), 2);
    expect(later.find((row) => row.formation === "4-M-U")?.effectif).toEqual(sumCohortCounts([7]));
    expect(later.find((row) => row.formation === "2-A-U")?.effectif).toEqual(sumCohortCounts([0]));
    expect(later.find((row) => row.situation === "sans_inscription")?.effectif).toEqual(
      sumCohortCounts([10, 0]),
    );
    const before = formationMoves(index, at("1-A-U"), -1);
    expect(before.find((row) => row.situation === "premiere_inscription")?.effectif).toEqual(
      sumCohortCounts([10, 0, 7]),
    );
    expect(before.find((row) => row.formation === "0-P-V")?.effectif).toEqual(sumCohortCounts([0]));
  });
});

describe("pathsBetween()", () => {
  it("keeps the cohorts going through both ends in order, grouped by the path between them", () => {
    const result = pathsBetween(index, new Set([at("1-A-U")]), new Set([at("4-M-U")]));
    expect(result.total).toEqual(sumCohortCounts([7]));
    expect(result.rows.map((row) => row.etapes.map((step) => step.formation))).toEqual([
      ["1-A-U", null, "4-M-U"],
    ]);
  });

  it("answers 'at least one person' when only masked cohorts followed the path", () => {
    const result = pathsBetween(index, new Set([at("0-P-V")]), new Set([at("1-A-U")]));
    expect(result.total).toMatchObject({ min: 1, max: 4, exact: false, au_moins_une_personne: true });
  });

  it("lists every path after a formation, and every path to a formation from the first year", () => {
    const after = pathsBetween(index, new Set([at("1-A-U")]), null);
    expect(after.paths).toBe(4);
    expect(after.total).toEqual(sumCohortCounts([10, 0, 7, 0]));
    const to = pathsBetween(index, null, new Set([at("2-A-U")]));
    expect(to.rows.map((row) => [row.etapes.length, row.effectif.min])).toEqual([
      [2, 10],
      [3, 1],
    ]);
  });
});

describe("formationProfile()", () => {
  it("sums each value; erased values and masked cohorts go to 'non communiqué' as an interval", () => {
    const sexe = formationProfile(index, at("1-A-U")).sexe ?? [];
    const byValue = Object.fromEntries(sexe.map((row) => [row.valeur, row.effectif]));
    expect(byValue.Femme).toEqual(sumCohortCounts([6]));
    expect(byValue.Homme).toEqual(sumCohortCounts([7]));
    expect(Object.entries(byValue).find(([value]) => value.startsWith("Non communiqué"))?.[1]).toEqual(
      sumCohortCounts([4, 0, 0]),
    );
  });
});

describe("formationFlows()", () => {
  it("draws each flow at its smallest possible value and keeps the interval", () => {
    const flows = formationFlows(index, at("1-A-U"), 2);
    const first = flows.filter((flow) => flow.from_rentree === 0);
    expect(first.reduce((sum, flow) => sum + flow.n, 0)).toBe(10 + 1 + 7 + 1);
    expect(first.find((flow) => flow.to_state === "interruption")?.effectif).toEqual(sumCohortCounts([7]));
  });
});
