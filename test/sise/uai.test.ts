import { describe, expect, it } from "vitest";
import { isValidUai, uaiCheckLetter } from "../../src/sise/uai.js";

describe("uaiCheckLetter()", () => {
  // Real UAIs of Île-de-France universities (MESR effectifs open data, via docs/sources.md §4).
  it.each([
    ["0931238", "R"],
    ["0931827", "F"],
    ["0941111", "X"],
    ["0921204", "J"],
    ["0952259", "P"],
    ["0772894", "C"],
    ["0911975", "C"],
    ["0755976", "N"],
    ["0912408", "Y"],
    ["0755890", "V"],
  ])("computes the letter of %s as %s", (digits, letter) => {
    expect(uaiCheckLetter(digits)).toBe(letter);
  });

  it("rejects anything but 7 digits", () => {
    expect(() => uaiCheckLetter("093123")).toThrow(RangeError);
    expect(() => uaiCheckLetter("093123A")).toThrow(/7 digits/);
  });
});

describe("isValidUai()", () => {
  it("accepts a UAI whatever the case of its letter", () => {
    expect(isValidUai("0931238R")).toBe(true);
    expect(isValidUai("0931238r")).toBe(true);
  });

  it("rejects a wrong check letter, a short code and trailing characters", () => {
    expect(isValidUai("0931238S")).toBe(false);
    expect(isValidUai("093123R")).toBe(false);
    expect(isValidUai("0931238R ")).toBe(false);
  });
});
