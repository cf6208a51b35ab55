import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { traceSteps } from "../../src/publish/trace-steps.js";

describe("traceSteps(cohortes)", () => {
  const cohortes = pl.DataFrame({
    cohorteid: [1, 2, 3],
    trace: [
      "1-2500001-0931238R++2-2500001-0931238R",
      "1-2500001-0931238R&.-2400002-0751717J",
      "17-DV-01-0755976N",
    ],
    reussites: ["0++12", "3&.", null],
  });

  it("gives one row per year and simultaneous element, a gap year leaving its rank out", () => {
    const steps = traceSteps(cohortes);
    expect(steps.select("cohorteid", "annee", "element").toRecords()).toEqual([
      { cohorteid: 1, annee: 1, element: 1 },
      { cohorteid: 1, annee: 3, element: 1 },
      { cohorteid: 2, annee: 1, element: 1 },
      { cohorteid: 2, annee: 1, element: 2 },
      { cohorteid: 3, annee: 1, element: 1 },
    ]);
  });

  it("splits an element at its first and last '-', reading '.' as unknown", () => {
    const steps = traceSteps(cohortes).toRecords();
    expect(steps[3]).toMatchObject({ degetu: null, diplom: "2400002", etabli: "0751717J" });
    expect(steps[4]).toMatchObject({ degetu: "17", diplom: "DV-01", etabli: "0755976N" });
  });

  it("aligns reussites with the steps: a count, '.' and masked cohorts as null", () => {
    const counts = traceSteps(cohortes).getColumn("reussites").toArray();
    expect(counts.map((v) => (v === null ? null : Number(v)))).toEqual([0, 12, 3, null, null]);
  });
});
