import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { avecLibelle } from "../../src/course/avec-libelle.js";
import { chargerExtrait } from "../../src/course/charger-extrait.js";
import { compter } from "../../src/course/compter.js";
import { fourchette, pourcent } from "../../src/course/fourchette.js";
import { petitsMultiples } from "../../src/course/petits-multiples.js";

describe("pourcent() and fourchette()", () => {
  it("pourcent(0.4123) writes « 41,2 % » and null as « – »", () => {
    expect(pourcent(0.4123).replace(/\s/g, " ")).toBe("41,2 %");
    expect(pourcent(null)).toBe("–");
  });

  it("fourchette(12, 30) gives the Wilson interval computed from its formula", () => {
    const z = 1.959964;
    const p = 12 / 30;
    const n = 30;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const demi = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
    const f = fourchette(12, 30);
    expect(f.part).toBeCloseTo(0.4, 12);
    expect(f.bas).toBeCloseTo(centre - demi, 5);
    expect(f.haut).toBeCloseTo(centre + demi, 5);
    expect(f.texte).toContain("(n = 30)");
  });
});

describe("compter()", () => {
  it("compter(t, 'sexe') counts per value, largest first, with shares summing to 1", () => {
    const t = pl.DataFrame({ sexe: ["1", "2", "2", "2"] });
    const c = compter(t, "sexe");
    expect(c.getColumn("sexe").toArray()).toEqual(["2", "1"]);
    expect(c.getColumn("effectif").toArray()).toEqual([3, 1]);
    expect(c.getColumn("part").toArray()).toEqual([0.75, 0.25]);
  });

  it("compter(t) without a column throws a French message", () => {
    expect(() => compter(pl.DataFrame({ a: [1] }))).toThrow(/indiquez au moins une colonne/);
  });
});

describe("avecLibelle()", () => {
  it("avecLibelle(t, 'typ_dipl') puts the label right after the code, unknown codes named", () => {
    const t = pl.DataFrame({ typ_dipl: ["XA", "ZZ"], n: [1, 2] });
    const avec = avecLibelle(t, "typ_dipl");
    expect(avec.columns).toEqual(["typ_dipl", "typ_dipl_libelle", "n"]);
    expect(avec.getColumn("typ_dipl_libelle").toArray()).toEqual(["Licence (LMD)", "(code inconnu)"]);
  });

  it("avecLibelle(t, 'acabac') without a list named so throws, naming the known lists", () => {
    expect(() => avecLibelle(pl.DataFrame({ acabac: ["01"] }), "acabac")).toThrow(
      /Listes connues : .*academie/,
    );
  });
});

describe("petitsMultiples()", () => {
  it("draws one panel per group, shares of each group summing to 100, same 0–100 scale", () => {
    const t = pl.DataFrame({ g: ["A", "A", "B"], d: ["x", "y", "x"], len: [1, 3, 5] });
    const figure = petitsMultiples(t, { groupe: "g", categorie: "d", titre: "T", ordre: ["x", "y"] });
    expect(figure.data).toHaveLength(2);
    expect(figure.data[0]?.y).toEqual([25, 75]);
    expect(figure.data[1]?.y).toEqual([100, 0]);
    expect(figure.layout?.yaxis).toMatchObject({ range: [0, 100] });
    expect(figure.layout?.yaxis2).toMatchObject({ range: [0, 100] });
  });
});

describe("chargerExtrait()", () => {
  it("chargerExtrait({ depuis: 2023 }) reads the embedded extract's last rentrées only", () => {
    const { inscriptions, resultats, rapport } = chargerExtrait({ depuis: 2023 });
    expect(rapport).toBeUndefined();
    expect(inscriptions.height).toBeGreaterThan(0);
    const rentrees = inscriptions.getColumn("rentree").unique().sort().toArray();
    expect(rentrees[0]).toBeGreaterThanOrEqual(2023);
    expect(resultats.getColumn("rentree").min()).toBeGreaterThanOrEqual(2023);
  });
});

describe("validerExtrait()", () => {
  it("validerExtrait({ depuis: 2024 }) validates only the 2024 files, every row accounted for", async () => {
    const { validerExtrait } = await import("../../src/course/charger-extrait.js");
    const { inscriptions, rapport } = validerExtrait({ depuis: 2024 });
    expect(inscriptions.getColumn("rentree").unique().toArray()).toEqual([2024]);
    const totaux = rapport.totals.all;
    expect(totaux.rowsRead).toBe(totaux.rowsAccepted + totaux.rowsRejected);
    expect(totaux.rowsAccepted).toBe(inscriptions.height + chargerExtrait({ depuis: 2024 }).resultats.height);
  });
});

describe("tableDeLibelles()", () => {
  it("tableDeLibelles(jeu, 'sexe') renames the dataset's own table for a join", async () => {
    const { tableDeLibelles } = await import("../../src/course/table-de-libelles.js");
    const jeu = { labels: { sexe: pl.DataFrame({ code: ["1", "2"], libelle: ["Homme", "Femme"] }) } };
    const table = tableDeLibelles(jeu, "sexe");
    expect(table.columns).toEqual(["sexe", "sexe_libelle"]);
    expect(table.getColumn("sexe_libelle").toArray()).toEqual(["Homme", "Femme"]);
  });

  it("tableDeLibelles(jeu, 'acaeta', 'academie') falls back on the toolkit's code list, and names what is missing", async () => {
    const { tableDeLibelles } = await import("../../src/course/table-de-libelles.js");
    const table = tableDeLibelles({ labels: {} }, "acaeta", "academie");
    expect(table.columns).toEqual(["acaeta", "acaeta_libelle"]);
    expect(
      table
        .filter(pl.col("acaeta").eq(pl.lit("01")))
        .getColumn("acaeta_libelle")
        .toArray(),
    ).toEqual(["Paris"]);
    expect(() => tableDeLibelles({ labels: {} }, "zz")).toThrow(/pas de table de libellés « zz »/);
  });
});
