import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv, readSequenceCsv } from "../../src/sequences/read-sequence-csv.js";

function csvFile(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "seqcsv-")), "paths.csv");
  writeFileSync(path, content);
  return path;
}

describe("readSequenceCsv()", () => {
  it("reads a FIRST:LAST range of position columns, ids and weights", () => {
    const path = csvFile('id,sexe,y1,y2,y3,w\n"a",1,EM,EM,TR,0.5\n"b",2,TR,,NA,2\n');
    const set = readSequenceCsv(path, { id: "id", columns: "y1:y3", weights: "w" });
    expect(set.ids).toEqual(["a", "b"]);
    expect(set.positions).toEqual(["y1", "y2", "y3"]);
    // no alphabet given: sorted observed states, as seqdef does
    expect(set.alphabet).toEqual(["EM", "TR"]);
    expect(set.sequences.map((s) => Array.from(s))).toEqual([[0, 0, 1], [1]]);
    expect(Array.from(set.weights ?? [])).toEqual([0.5, 2]);
  });

  it("reads a Windows-1252 file (accented state codes) as well as UTF-8", () => {
    const path = join(mkdtempSync(join(tmpdir(), "seqcsv-")), "latin1.csv");
    // "id;y1;y2\na;diplômé;sorti\n" encoded in Windows-1252: ô = 0xF4, é = 0xE9
    writeFileSync(path, Buffer.from("id;y1;y2\na;dipl\xf4m\xe9;sorti\n", "latin1"));
    const set = readSequenceCsv(path, { id: "id", columns: "y1:y2", alphabet: ["diplômé", "sorti"] });
    expect(Array.from(set.sequences[0] ?? [])).toEqual([0, 1]);
  });

  it("accepts ';' as delimiter and an explicit list of columns", () => {
    const path = csvFile("id;y1;y2\nx;B;A\n");
    const set = readSequenceCsv(path, { id: "id", columns: "y2,y1", alphabet: ["A", "B"] });
    expect(set.positions).toEqual(["y2", "y1"]);
    expect(Array.from(set.sequences[0] ?? [])).toEqual([0, 1]);
  });

  it("names file, line, column and value of an unknown state", () => {
    const path = csvFile("id,y1,y2\na,A,B\nb,A,Z\n");
    expect(() => readSequenceCsv(path, { id: "id", columns: "y1:y2", alphabet: ["A", "B"] })).toThrowError(
      `${path}:3, colonne « y2 », valeur « Z » : state 'Z' is not in the alphabet`,
    );
  });

  it("rejects a bad weight, a duplicated id and an unknown column", () => {
    const bad = csvFile("id,y1,w\na,A,1\nb,A,-3\n");
    expect(() => readSequenceCsv(bad, { id: "id", columns: "y1:y1", weights: "w" })).toThrowError(
      /:3, colonne « w », valeur « -3 » : a weight must be a number ≥ 0/,
    );
    const twice = csvFile("id,y1\na,A\na,B\n");
    expect(() => readSequenceCsv(twice, { id: "id", columns: "y1:y1" })).toThrowError(
      /:3, colonne « id », valeur « a » : id already used on line 2/,
    );
    expect(() => readSequenceCsv(twice, { id: "id", columns: "y1:y9" })).toThrowError(
      /last position column 'y9' is not in the header/,
    );
  });
});

describe("parseCsv()", () => {
  it("handles quotes, doubled quotes, CRLF and line breaks inside quotes, keeping each row's line", () => {
    const parsed = parseCsv('a,b\r\n"x, y","say ""hi"""\r\n"multi\nline",z\r\n\r\nlast,row\r\n', "f.csv");
    expect(parsed.rows).toEqual([
      ["x, y", 'say "hi"'],
      ["multi\nline", "z"],
      ["last", "row"],
    ]);
    expect(parsed.lines).toEqual([2, 3, 6]);
  });

  it("rejects a row with a wrong number of fields, naming its line", () => {
    expect(() => parseCsv("a,b\n1,2\n3\n", "f.csv")).toThrowError(
      /f\.csv:3, valeur « 3 » : 1 fields where the header has 2/,
    );
  });
});
