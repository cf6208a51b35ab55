import { describe, expect, it } from "vitest";
import { ExitCode, InputError, truncateForDisplay } from "../../src/core/errors.js";

describe("InputError", () => {
  it("names file, line, column and value, then the hint, and exits with the input code", () => {
    const error = new InputError(
      "year out of range",
      { file: "inscri22.csv", line: 12, column: "rentree", value: "2202" },
      "correct the year",
    );
    expect(error.message).toBe(
      "inscri22.csv:12, colonne « rentree », valeur « 2202 » : year out of range. correct the year",
    );
    expect(error.exitCode).toBe(ExitCode.input);
    expect(error.name).toBe("InputError");
  });
});

describe("truncateForDisplay()", () => {
  it("shortens a huge value and makes control characters visible", () => {
    expect(truncateForDisplay("a\tb")).toBe("a\\x09b");
    const shown = truncateForDisplay("x".repeat(1000), 10);
    expect(shown).toBe("xxxxxxxxxx… (1000 caractères)");
  });
});
