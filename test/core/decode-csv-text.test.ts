import { describe, expect, it } from "vitest";
import { decodeCsvText } from "../../src/core/decode-csv-text.js";

describe("decodeCsvText()", () => {
  it("passes UTF-8 through and strips the BOM", () => {
    const out = decodeCsvText(Buffer.from("\uFEFFa;é\n"), "f.csv");
    expect([out.encoding, out.bom, out.utf8.toString("utf8")]).toEqual(["utf-8", true, "a;é\n"]);
  });

  it("falls back to Windows-1252, locating the first invalid byte, and transcodes to UTF-8", () => {
    const out = decodeCsvText(
      Uint8Array.from([0x61, 0x0a, 0x62, 0xe9, 0x3b, 0x80, 0x92, 0x9c, 0x0a]),
      "f.csv",
    );
    expect(out.encoding).toBe("windows-1252");
    expect(out.fallback).toEqual({ line: 2, byte: 0xe9 });
    expect(out.utf8.toString("utf8")).toBe("a\nbé;€’œ\n");
  });

  it("refuses invalid UTF-8 when utf8 is forced, and reads Latin-1 when asked", () => {
    const bytes = Uint8Array.from([0x61, 0x0a, 0x62, 0xe9, 0x0a]);
    expect(() => decodeCsvText(bytes, "f.csv", "utf8")).toThrowError(
      "f.csv:2, valeur « b\uFFFD » : l'octet 0xE9 n'est pas de l'UTF-8 valide. exportez de nouveau le fichier en UTF-8, ou lisez-le avec `encoding: \"latin1\"`",
    );
    expect(decodeCsvText(bytes, "f.csv", "latin1").utf8.toString("utf8")).toBe("a\nbé\n");
  });
});
