import pl from "nodejs-polars";
import { afterEach, describe, expect, it, vi } from "vitest";
import { verification } from "../../src/course/verifier.js";

function sortie(fn: () => string) {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const resultat = fn() === "juste";
  const texte = log.mock.calls.map((call) => call.join(" ")).join("\n");
  return { resultat, texte };
}

afterEach(() => vi.restoreAllMocks());

describe("verifier() / verification()", () => {
  it("verification(12, 12) says the answer is right, in French", () => {
    const { resultat, texte } = sortie(() => verification(12, 12, { nom: "le nombre de L1" }));
    expect(resultat).toBe(true);
    expect(texte).toContain("Juste : le nombre de L1 = 12");
  });

  it("verification(undefined, …) reports a scaffold to fill in and shows the expected result", () => {
    const { resultat, texte } = sortie(() => verification(undefined, 0.5, { nom: "la part" }));
    expect(resultat).toBe(false);
    expect(texte).toContain("À compléter");
    expect(texte).toContain("Résultat attendu pour la part : 0,5");
  });

  it("verification(0.41, 0.4) is wrong, shows the expected value and the hint", () => {
    const { resultat, texte } = sortie(() => verification(0.41, 0.4, { indice: "divisez par l'effectif" }));
    expect(resultat).toBe(false);
    expect(texte).toContain("Pas encore");
    expect(texte).toContain("Indice : divisez par l'effectif");
  });

  it("verification() accepts a number within the tolerance", () => {
    expect(sortie(() => verification(41.23, 41.2, { tolerance: 0.05 })).resultat).toBe(true);
    expect(sortie(() => verification(41.3, 41.2, { tolerance: 0.05 })).resultat).toBe(false);
  });

  it("verification() compares tables row by row, or whatever the order with ordreLibre", () => {
    const a = pl.DataFrame({ x: ["a", "b"], n: [1, 2] });
    const b = pl.DataFrame({ x: ["b", "a"], n: [2, 1] });
    expect(sortie(() => verification(a, a.clone())).resultat).toBe(true);
    expect(sortie(() => verification(b, a)).resultat).toBe(false);
    expect(sortie(() => verification(b, a, { ordreLibre: true })).resultat).toBe(true);
    expect(sortie(() => verification(a.select("x"), a)).resultat).toBe(false);
  });

  it("verification() compares arrays and objects element by element", () => {
    expect(sortie(() => verification(["L1", "L2"], ["L1", "L2"])).resultat).toBe(true);
    expect(sortie(() => verification(["L2", "L1"], ["L1", "L2"])).resultat).toBe(false);
    expect(sortie(() => verification({ a: 1, b: "x" }, { b: "x", a: 1 })).resultat).toBe(true);
    expect(sortie(() => verification({ a: 1 }, { a: 1, b: 2 })).resultat).toBe(false);
  });
});
