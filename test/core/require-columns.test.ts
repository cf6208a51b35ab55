import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { ExitCode, InputError } from "../../src/core/errors.js";
import { setLanguage } from "../../src/core/i18n/language.js";
import { requireColumns } from "../../src/core/require-columns.js";

describe("requireColumns()", () => {
  const frame = pl.DataFrame({ id_etu: ["a"], sexe: ["1"] });

  it("returns when every column is present", () => {
    expect(() => requireColumns(frame, ["sexe", "id_etu"], "inscri.csv")).not.toThrow();
  });

  it("names the source, every missing column once and the columns found, with exit code 3", () => {
    let error: unknown;
    try {
      requireColumns(frame, ["rentree", "sexe", "age", "rentree"], "yearlyStates(principal)");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(ExitCode.input);
    expect((error as InputError).message).toBe(
      "yearlyStates(principal) : colonnes manquantes : « rentree », « age ». colonnes présentes : id_etu, sexe",
    );
  });

  it("speaks English when English is chosen", () => {
    const previous = setLanguage("en");
    try {
      expect(() => requireColumns(frame, ["rentree"], "yearlyStates(principal)")).toThrow(
        "yearlyStates(principal): missing column 'rentree'. columns found: id_etu, sexe",
      );
    } finally {
      setLanguage(previous);
    }
  });

  it("points at the header line of a file, with the role and hint given", () => {
    expect(() =>
      requireColumns(frame, ["annais"], "inscri.csv", {
        role: "variable clé",
        header: true,
        hint: "vérifiez les clés",
      }),
    ).toThrow(
      "inscri.csv:1 : colonne manquante (variable clé) : « annais ». colonnes présentes : id_etu, sexe. vérifiez les clés",
    );
  });
});
