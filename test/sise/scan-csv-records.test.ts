import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { scanCsvRecords, splitCsvLine } from "../../src/sise/scan-csv-records.js";

describe("scanCsvRecords()", () => {
  it("gives the start line and field count of each record, across quoted line breaks", () => {
    const layout = scanCsvRecords(
      Buffer.from('a;b;c\n"x\ny";"p;q";3\n\n1;2\r\n"a""b";2;3;4\n'),
      ";",
      "f.csv",
    );
    expect([...layout.lines]).toEqual([1, 2, 4, 5, 6]);
    expect([...layout.fields]).toEqual([3, 3, 1, 2, 4]);
    expect([...layout.empty]).toEqual([0, 0, 1, 0, 0]);
  });

  it("names the line where an unclosed quote opens", () => {
    expect(() => scanCsvRecords(Buffer.from('a;b\n1;2\n3;"open\n4;5\n'), ";", "f.csv")).toThrowError(
      /^f\.csv:3, valeur « 3;"open\\x0a4;5\\x0a » : un champ entre guillemets ouvert sur cette ligne n'est jamais fermé/,
    );
    expect(() => scanCsvRecords(Buffer.from('a;"b\n'), ";", "f.csv")).toThrow(InputError);
  });
});

describe("splitCsvLine()", () => {
  it("splits on the delimiter outside quotes and unescapes doubled quotes", () => {
    expect(splitCsvLine('a;"b;c";"d""e";', ";")).toEqual(["a", "b;c", 'd"e', ""]);
  });
});
