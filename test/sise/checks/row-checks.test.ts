import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { ageCheck } from "../../../src/sise/checks/age-check.js";
import { bacYearCheck } from "../../../src/sise/checks/bac-year-check.js";
import { duplicateCheck } from "../../../src/sise/checks/duplicate-check.js";
import { fieldCountCheck } from "../../../src/sise/checks/field-count-check.js";
import { formulaLikeCheck } from "../../../src/sise/checks/formula-like-check.js";
import { idCaseCheck } from "../../../src/sise/checks/id-case-check.js";
import { integerCheck } from "../../../src/sise/checks/integer-check.js";
import { knownCodeCheck } from "../../../src/sise/checks/known-code-check.js";
import { missingValueCheck } from "../../../src/sise/checks/missing-value-check.js";
import { rangeCheck } from "../../../src/sise/checks/range-check.js";
import { rentreeFileCheck } from "../../../src/sise/checks/rentree-file-check.js";
import { resultEnrolmentCheck, withEnrolmentFlag } from "../../../src/sise/checks/result-enrolment-check.js";
import type { RowCheck } from "../../../src/sise/checks/row-check.js";
import { integerValue } from "../../../src/sise/checks/row-check.js";
import { sessionCheck } from "../../../src/sise/checks/session-check.js";
import { severalPrincipalCheck } from "../../../src/sise/checks/several-principal-check.js";
import { stableAttributeCheck } from "../../../src/sise/checks/stable-attribute-check.js";
import { studentIdCheck } from "../../../src/sise/checks/student-id-check.js";
import { uaiCheck } from "../../../src/sise/checks/uai-check.js";
import { valueLengthCheck } from "../../../src/sise/checks/value-length-check.js";
import { INSCRIPTION_COLUMNS } from "../../../src/sise/schema.js";

const spec = (name: string) => INSCRIPTION_COLUMNS.find((c) => c.name === name)!;
const annais = spec("annais");
const anbac = spec("anbac");

/** Which rows a rule flags, as a list of booleans. */
function flags(check: RowCheck, columns: Record<string, unknown>): boolean[] {
  return pl
    .DataFrame(columns)
    .select(check.bad.fillNull(false).alias("bad"))
    .getColumn("bad")
    .toArray() as boolean[];
}

interface Case {
  title: string;
  check: RowCheck;
  severity: "reject" | "warn";
  columns: Record<string, unknown>;
  bad: boolean[];
}

const cases: Case[] = [
  {
    title: "fieldCountCheck() flags rows whose field count differs from the header's",
    check: fieldCountCheck(3),
    severity: "reject",
    columns: { __fields: [3, 2, 4] },
    bad: [false, true, true],
  },
  {
    title: "missingValueCheck() flags null, blank and (for integers) SAS '.' values",
    check: missingValueCheck(annais),
    severity: "reject",
    columns: { annais: ["2004", null, " ", "."] },
    bad: [false, true, true, true],
  },
  {
    title: "integerCheck() accepts 2004, ' 2004 ', 2004,0 and 2004.0 and flags 19x5, 20.5, 1e3",
    check: integerCheck(annais),
    severity: "reject",
    columns: { annais: ["2004", " 2004 ", "2004,0", "2004.0", "19x5", "20.5", "1e3", null, "."] },
    bad: [false, false, false, false, true, true, true, false, false],
  },
  {
    title: "rangeCheck() flags years outside the range but accepts the -1 sentinel of anbac",
    check: rangeCheck({ ...anbac, range: anbac.range! }),
    severity: "reject",
    columns: { anbac: ["2022", "-1", "1900", "2202", "-2"] },
    bad: [false, false, true, true, true],
  },
  {
    title: "knownCodeCheck() warns on codes outside the list and rejects them when strict",
    check: knownCodeCheck({ ...spec("sexe"), codes: "sexe" }, true),
    severity: "reject",
    columns: { sexe: ["1", "2", "3", "-1", null] },
    bad: [false, false, true, true, false],
  },
  {
    title: "uaiCheck() flags malformed UAIs and wrong check letters, any letter case accepted",
    check: uaiCheck("etabli"),
    severity: "reject",
    columns: { etabli: ["0931238R", "0931238r", "0931238S", "931238R", "0755976N", null] },
    bad: [false, false, true, true, false, false],
  },
  {
    title: "studentIdCheck() flags ids with spaces or control characters",
    check: studentIdCheck(),
    severity: "reject",
    columns: { id_etu: ["ab12", " ab12", "ab 12", "ab12\t", "AB-12_x"] },
    bad: [false, true, true, true, false],
  },
  {
    title: "valueLengthCheck() flags values over 1000 characters",
    check: valueLengthCheck("diplom"),
    severity: "reject",
    columns: { diplom: ["2500123", "x".repeat(1000), "x".repeat(1001)] },
    bad: [false, false, true],
  },
  {
    title: "formulaLikeCheck() flags =, +, @ and -text but not -1 or -0.5",
    check: formulaLikeCheck("nation"),
    severity: "warn",
    columns: { nation: ["100", "=1+1", "+33", "@SUM(A1)", "-cmd", "-1", "-0.5", null] },
    bad: [false, true, true, true, true, false, false, false],
  },
  {
    title: "ageCheck() flags ages at the rentrée under 14 or over 99",
    check: ageCheck(),
    severity: "reject",
    columns: { rentree: ["2022", "2022", "2022", "2022"], annais: ["2004", "2009", "2008", "1922"] },
    bad: [false, true, false, true],
  },
  {
    title: "bacYearCheck() warns about a bac before age 10 or after the rentrée, never about -1",
    check: bacYearCheck(),
    severity: "warn",
    columns: {
      rentree: ["2022", "2022", "2022", "2022"],
      annais: ["2004", "2004", "2004", "2004"],
      anbac: ["2022", "2010", "2023", "-1"],
    },
    bad: [false, true, true, false],
  },
  {
    title: "rentreeFileCheck() warns when rentree is not the year of the file name",
    check: rentreeFileCheck(),
    severity: "warn",
    columns: { rentree: ["2022", "2021"], __file_rentree: [2022, 2022] },
    bad: [false, true],
  },
  {
    title: "sessionCheck() warns when session is not rentree + 1",
    check: sessionCheck(),
    severity: "warn",
    columns: { rentree: ["2022", "2022"], session: ["2023", "2022"] },
    bad: [false, true],
  },
  {
    title: "duplicateCheck() flags every copy of the same id, rentree, diplom and etabli",
    check: duplicateCheck("enrolment"),
    severity: "warn",
    columns: {
      id_etu: ["a", "a", "a", "b"],
      rentree: [2022, 2022, 2023, 2022],
      diplom: ["D1", "D1", "D1", "D1"],
      etabli: ["E", "E", "E", "E"],
    },
    bad: [true, true, false, false],
  },
  {
    title: "stableAttributeCheck('sexe') flags all rows of a student whose sexe changes",
    check: stableAttributeCheck("sexe"),
    severity: "warn",
    columns: { id_etu: ["a", "a", "b", "b"], sexe: ["1", "2", "2", "2"] },
    bad: [true, true, false, false],
  },
  {
    title: "severalPrincipalCheck() flags the principal rows of a student with two in a rentrée",
    check: severalPrincipalCheck(),
    severity: "warn",
    columns: {
      id_etu: ["a", "a", "a", "b", "b"],
      rentree: [2022, 2022, 2022, 2022, 2023],
      inspr: ["O", "O", "N", "O", "O"],
    },
    bad: [true, true, false, false, false],
  },
  {
    title: "idCaseCheck() flags ids that differ only by letter case",
    check: idCaseCheck(),
    severity: "warn",
    columns: { id_etu: ["AbC", "abc", "abc", "xyz"] },
    bad: [true, true, true, false],
  },
  {
    title: "resultEnrolmentCheck() flags results with no enrolment of the same id, rentree and etabli",
    check: resultEnrolmentCheck(),
    severity: "warn",
    columns: withEnrolmentFlag(
      pl.DataFrame({
        id_etu: ["a", "a", "b", "a"],
        rentree: pl.Series("rentree", [2022, 2023, 2022, 2022], pl.Int32),
        etabli: ["E", "E", "E", null],
      }),
      pl.DataFrame({
        id_etu: ["a", "a", "b"],
        rentree: pl.Series("rentree", [2022, 2022, 2023], pl.Int32),
        etabli: ["E", "E", "E"],
      }),
    ).toObject(),
    bad: [false, true, true, false],
  },
];

describe("SISE row checks", () => {
  it.each(cases)("$title", ({ check, severity, columns, bad }) => {
    expect(check.severity).toBe(severity);
    expect(check.message.length).toBeGreaterThan(10);
    expect(check.hint.length).toBeGreaterThan(10);
    expect(flags(check, columns)).toEqual(bad);
  });

  it("integerValue() reads SAS-style numbers and gives null for anything else", () => {
    const df = pl.DataFrame({ v: ["2022", "2022,0", " 7 ", "x", "."] });
    expect(df.select(integerValue("v").alias("v")).getColumn("v").toArray()).toEqual([
      2022,
      2022,
      7,
      null,
      null,
    ]);
  });
});
