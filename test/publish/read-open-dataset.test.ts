import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readOpenDataset } from "../../src/publish/read-open-dataset.js";

/** A release folder in the producer's April 2024 layout (comma-separated, no datapackage.json). */
function producerRelease(files: Record<string, string> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), "release-"));
  const defaults: Record<string, string> = {
    "cohortes.csv":
      "cohorteid,trace,effectif,reussites\n1,1-2500001-0931238R+2-2500001-0931238R,12,x\n2,1-2500001-0931238R++17-DV-01-0755976N,0,\n",
    "formations.csv":
      "formation,degetu,cycle,cursus_lmd,diplom,typ_dipl,discipli,groupe,sectdis,compos,etabli,acaeta\n" +
      "1-2500001-0931238R,1,1,L,2500001,XA,01,1,01,0931426V,0931238R,24\n" +
      "2-2500001-0931238R,2,1,L,2500001,XA,01,1,01,0931426V,0931238R,24\n" +
      "17-DV-01-0755976N,17,,,DV-01,DV,,,,,0755976N,01\n",
    "cohorte_sexe.csv": "cohorteid,sexe,effectif\n1.0,1,7\n1.0,2,5\n2.0,,0\n",
    "cohorte_spe.csv": "cohorteid,bac_spe1,bac_spe2,effectif\n1,MATHS,SVT,12\n",
  };
  for (const [name, text] of Object.entries({ ...defaults, ...files })) {
    mkdirSync(join(folder, name, ".."), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return folder;
}

describe("readOpenDataset()", () => {
  it("reads the producer's 2024 layout into typed frames, ids written as 1.0 included", () => {
    const release = readOpenDataset(producerRelease());
    expect(release.layout).toBe("producer-2024");
    expect(release.cohorts.toRecords()).toEqual([
      { cohorteid: 1, trace: "1-2500001-0931238R+2-2500001-0931238R", effectif: 12, reussites: "x" },
      { cohorteid: 2, trace: "1-2500001-0931238R++17-DV-01-0755976N", effectif: 0, reussites: null },
    ]);
    expect(String(release.cohorts.getColumn("effectif").dtype)).toContain("Int64");
    expect(Object.keys(release.attributes).sort()).toEqual(["sexe", "spe"]);
    expect(release.attributes.sexe!.getColumn("cohorteid").toArray().map(Number)).toEqual([1, 1, 2]);
    expect(release.attributes.spe!.columns).toEqual(["cohorteid", "bac_spe1", "bac_spe2", "effectif"]);
    expect(release.formations.getColumn("discipli").toArray()).toEqual(["01", "01", null]);
    expect(release.labels).toEqual({});
  });

  it("parses the traces into steps that all join to formations.csv", () => {
    const release = readOpenDataset(producerRelease());
    expect(release.steps.select("cohorteid", "annee", "formation").toRecords()).toEqual([
      { cohorteid: 1, annee: 1, formation: "1-2500001-0931238R" },
      { cohorteid: 1, annee: 2, formation: "2-2500001-0931238R" },
      { cohorteid: 2, annee: 1, formation: "1-2500001-0931238R" },
      { cohorteid: 2, annee: 3, formation: "17-DV-01-0755976N" },
    ]);
    const joined = release.steps.join(release.formations.select("formation", "typ_dipl"), {
      on: "formation",
      how: "left",
    });
    expect(joined.getColumn("typ_dipl").nullCount()).toBe(0);
    // The producer's reussites format is unknown: not parsed into the steps.
    expect(release.steps.columns).not.toContain("reussites");
  });

  it("accepts ';' as the separator", () => {
    const release = readOpenDataset(
      producerRelease({ "cohorte_sexe.csv": "cohorteid;sexe;effectif\n1;1;12\n" }),
    );
    expect(release.attributes.sexe!.toRecords()).toEqual([{ cohorteid: 1, sexe: "1", effectif: 12 }]);
  });

  it("names the missing file", () => {
    const folder = producerRelease();
    const empty = mkdtempSync(join(tmpdir(), "release-"));
    writeFileSync(join(empty, "formations.csv"), "formation\n");
    expect(() => readOpenDataset(empty)).toThrow(/cohortes\.csv.*file missing\. expected an Oraccle release/);
    expect(() => readOpenDataset(join(folder, "absent"))).toThrow(/absent.*not a folder/);
  });

  it.each([
    [
      "a missing column",
      { "cohortes.csv": "cohorteid,effectif\n1,12\n" },
      /cohortes\.csv:1.*missing column\(s\) trace/,
    ],
    [
      "a row with a field too many",
      { "cohorte_sexe.csv": "cohorteid,sexe,effectif\n1,1,7\n1,2,5,9\n" },
      /cohorte_sexe\.csv:3.*4 field\(s\) where the header has 3/,
    ],
    [
      "a count that is not an integer",
      { "cohorte_sexe.csv": "cohorteid,sexe,effectif\n1,1,7\n1,2,cinq\n" },
      /cohorte_sexe\.csv:3.*effectif.*cinq.*not an integer\. expected digits/,
    ],
    [
      "a trace element that is not degetu-diplom-uai",
      {
        "cohortes.csv": "cohorteid,trace,effectif\n1,1-2500001-0931238R\n2,L1 droit,5\n".replace(
          "R\n",
          "R,3\n",
        ),
      },
      /cohortes\.csv:3.*trace.*L1 droit.*element 'L1 droit' is not 'degetu-diplom-uai'/,
    ],
    [
      "an empty file",
      { "formations.csv": "" },
      /formations\.csv:1.*the file is empty\. expected a header line/,
    ],
  ])("reports %s with the file, the line and what was expected", (_, files, message) => {
    expect(() => readOpenDataset(producerRelease(files))).toThrow(message);
  });
});
