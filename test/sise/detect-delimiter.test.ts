import { describe, expect, it } from "vitest";
import { detectDelimiter, normaliseColumnName } from "../../src/sise/detect-delimiter.js";

const known = ["rentree", "id_etu", "etabli", "sexe"];

describe("detectDelimiter()", () => {
  it("picks the only delimiter present", () => {
    expect(detectDelimiter("RENTREE;ID_ETU", "f.csv", known)).toBe(";");
    expect(detectDelimiter("rentree,id_etu", "f.csv", known)).toBe(",");
  });

  it("settles a header holding both by the number of known SISE names", () => {
    expect(detectDelimiter("rentree;id_etu;lib,elle;sexe", "f.csv", known)).toBe(";");
    expect(detectDelimiter("rentree,id_etu,lib;elle,sexe", "f.csv", known)).toBe(",");
  });

  it("refuses a header without ',' or ';', naming the file and line", () => {
    expect(() => detectDelimiter("rentree id_etu", "f.csv", known)).toThrowError(
      "f.csv:1, valeur « rentree id_etu » : séparateur introuvable : la ligne d'en-tête ne contient ni ',' ni ';'",
    );
  });
});

describe("normaliseColumnName()", () => {
  it("trims, unquotes and lower-cases", () => {
    expect(normaliseColumnName(' "ID_ETU" ')).toBe("id_etu");
  });
});
