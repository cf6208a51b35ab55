import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../../src/core/errors.js";
import { checkReleaseFolder } from "../../src/serve/check-release-folder.js";
import { publishedRelease } from "./published-release.js";

let release: string;
const copy = () => {
  const target = join(mkdtempSync(join(tmpdir(), "refus-")), "jeu");
  cpSync(release, target, { recursive: true });
  return target;
};

beforeAll(async () => {
  release = await publishedRelease(150);
}, 300_000);

describe("checkReleaseFolder()", () => {
  it("accepts a published release", () => {
    expect(() => checkReleaseFolder(release)).not.toThrow();
  });

  it("refuses a missing folder and a folder without a data package (microdata)", () => {
    expect(() => checkReleaseFolder(join(release, "absent"))).toThrow(
      expect.objectContaining({ exitCode: ExitCode.input, message: expect.stringMatching(/n'existe pas/) }),
    );
    const microdata = mkdtempSync(join(tmpdir(), "sise-"));
    writeFileSync(join(microdata, "inscri22.csv"), "id_etu;rentree\n1;2022\n");
    expect(() => checkReleaseFolder(microdata)).toThrow(/datapackage.json.*microdonnées/);
  });

  it("refuses a release whose CSV no longer validates, naming the file and line", () => {
    const broken = copy();
    const path = join(broken, "cohortes.csv");
    const lines = readFileSync(path, "utf8").split("\n");
    lines[3] = lines[3]?.replace(/^(\d+,[^,]*,)\d+/, "$1beaucoup") ?? "";
    writeFileSync(path, lines.join("\n"));
    expect(() => checkReleaseFolder(broken)).toThrow(/ne se valide pas[\s\S]*cohortes\.csv:4/);
  });

  it("refuses a release whose disclosure report is missing or failing", () => {
    const missing = copy();
    rmSync(join(missing, "disclosure-report.json"));
    expect(() => checkReleaseFolder(missing)).toThrow(/disclosure-report.json\) est absent/);
    const failing = copy();
    const path = join(failing, "disclosure-report.json");
    const report = JSON.parse(readFileSync(path, "utf8")) as { passed: boolean };
    report.passed = false;
    writeFileSync(path, JSON.stringify(report));
    expect(() => checkReleaseFolder(failing)).toThrow(
      expect.objectContaining({ exitCode: ExitCode.checkFailed, message: expect.stringMatching(/passed/) }),
    );
  });
});
