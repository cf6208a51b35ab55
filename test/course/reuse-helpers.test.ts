import { existsSync, readdirSync } from "node:fs";
import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { anneeSuivante } from "../../src/course/annee-suivante.js";
import { avecBornes } from "../../src/course/avec-bornes.js";
import { dossierTemporaire } from "../../src/course/dossier-temporaire.js";
import { parcoursDeCohorte } from "../../src/course/parcours-de-cohorte.js";
import { tableauAMarges } from "../../src/course/tableau-a-marges.js";
import { tableauDesEtats } from "../../src/course/tableau-des-etats.js";
import { primarySuppression } from "../../src/disclosure/tables/primary-suppression.js";

describe("dossierTemporaire()", () => {
  it("dossierTemporaire() twice gives two different, existing, empty folders", () => {
    const a = dossierTemporaire();
    const b = dossierTemporaire();
    expect(a).not.toBe(b);
    expect(existsSync(a) && existsSync(b)).toBe(true);
    expect(readdirSync(a)).toEqual([]);
  });
});

describe("avecBornes()", () => {
  it("avecBornes() bounds counts at 1 and 4 per masked cohort and shares by the extreme cases", () => {
    const [l2, l1] = avecBornes([
      { destination: "L2", publies: 40, masquees: 3 },
      { destination: "L1", publies: 10, masquees: 0 },
    ]);
    expect(l2).toMatchObject({ destination: "L2", etudiants_min: 43, etudiants_max: 52 });
    expect(l2?.part_min).toBeCloseTo((100 * 43) / 53, 1);
    expect(l2?.part_max).toBeCloseTo((100 * 52) / 62, 1);
    expect(l1).toMatchObject({ etudiants_min: 10, etudiants_max: 10 });
    expect(l1?.part_min).toBeCloseTo((100 * 10) / 62, 1);
  });
});

describe("anneeSuivante()", () => {
  it("anneeSuivante(jeu, '01') classes the second element of the traces starting with an L1 of the discipline", () => {
    const jeu = {
      formations: pl.DataFrame({
        formation: ["1-A-U", "2-B-U", "1-C-U", "1-D-U"],
        typ_dipl: ["XA", "XA", "XA", "DR"],
        niveau: ["01", "02", "01", "01"],
        discipli: ["01", "01", "04", "01"],
      }),
      cohorts: pl.DataFrame({
        trace: ["1-A-U+2-B-U", "1-A-U+1-A-U", "1-A-U", "1-A-U++1-A-U", "1-A-U+1-D-U", "1-C-U+2-B-U"],
        effectif: [12, 0, 30, 0, 7, 50],
      }),
      labels: {},
    };
    const parDestination = new Map(anneeSuivante(jeu, "01").map((d) => [d.destination, d]));
    expect(parDestination.get("L2, même discipline")).toMatchObject({ publies: 12, masquees: 0 });
    expect(parDestination.get("L1, même discipline (redoublement)")).toMatchObject({
      publies: 0,
      masquees: 1,
    });
    expect(parDestination.get("interruption puis retour")).toMatchObject({ publies: 0, masquees: 1 });
    expect(parDestination.get("autre formation (réorientation)")).toMatchObject({ publies: 7 });
    expect(parDestination.get("plus d'inscription observée (sortie ou dernière rentrée)")?.publies).toBe(30);
    expect([...parDestination.values()].reduce((s, d) => s + d.publies, 0)).toBe(49);
  });
});

describe("tableauAMarges()", () => {
  it("tableauAMarges() computes the margins and lets a frequency rule flag the small cell", () => {
    const t = tableauAMarges({ Droit: [42, 3], Histoire: [27, 19] }, ["femmes", "hommes"], {
      noms: ["formation", "sexe"],
    });
    const valeur = (formation: string, sexe: string) =>
      t.cells.find((c) => c.coordinates.formation === formation && c.coordinates.sexe === sexe)?.value;
    expect(valeur("total", "total")).toBe(42 + 3 + 27 + 19);
    expect(valeur("Droit", "total")).toBe(45);
    expect(valeur("total", "hommes")).toBe(22);
    const statuts = primarySuppression(t, { rules: [{ kind: "frequency", threshold: 5, convention: "<" }] });
    const primaires = t.cells.filter((_, i) => statuts[i]?.status === "primary").map((c) => c.coordinates);
    expect(primaires).toEqual([{ formation: "Droit", sexe: "hommes" }]);
  });
});

describe("parcoursDeCohorte() and tableauDesEtats()", () => {
  it("parcoursDeCohorte(etats, 2018) keeps the néo-bacheliers entering L1 in 2018 and groups states", () => {
    const etats = pl.DataFrame({
      id_etu: ["a", "a", "b", "b", "c", "c"],
      rentree: [2018, 2019, 2018, 2019, 2018, 2019],
      first_rentree: [2018, 2018, 2018, 2018, 2017, 2017],
      anbac: [2018, 2018, 2018, 2018, 2017, 2017],
      state: ["LAS1", "L2", "L1", "sortie", "L1", "L2"],
    });
    const parcours = parcoursDeCohorte(etats, 2018);
    expect(parcours.ids).toEqual(["a", "b"]);
    expect(parcours.sequences.map((s) => Array.from(s, (x) => parcours.alphabet[x]))).toEqual([
      ["L1", "L2"],
      ["L1", "SOR"],
    ]);
    const tableau = tableauDesEtats(parcours);
    expect(tableau.columns).toEqual(["etat", "2018", "2019"]);
    expect(tableau.getColumn("2019").toArray().slice(0, 2)).toEqual([0, 50]);
  });
});
