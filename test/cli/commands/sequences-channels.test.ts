import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sequencesCommand } from "../../../src/cli/commands/sequences.js";
import { runCommand } from "../../../src/cli/run-cli.js";
import { ExitCode } from "../../../src/core/errors.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), interactive: false },
    out: () => out.join(""),
  };
}

const folder = () => mkdtempSync(join(tmpdir(), "seqmc-"));

describe("oraccle sequences --channels", () => {
  it("writes the multichannel OM distances (costs summed over the channels), rows matched by id", async () => {
    const dir = folder();
    const niveau = join(dir, "niveau.csv");
    const discipline = join(dir, "discipline.csv");
    writeFileSync(niveau, "id,y1,y2\na,L1,L2\nb,L1,L1\nc,L2,L2\n");
    // Rows in another order: matched by id.
    writeFileSync(discipline, "id,y1,y2\nc,SI,SI\na,DSA,DSA\nb,DSA,SI\n");
    const out = join(dir, "d.csv");
    const c = capture();
    const code = await runCommand(
      sequencesCommand,
      [
        "--input",
        niveau,
        "--id",
        "id",
        "--columns",
        "y1:y2",
        "--channels",
        discipline,
        "--distance",
        "om",
        "--sm",
        "constant",
        "--indel",
        "1",
        "--out",
        out,
        "--json",
      ],
      c.io,
    );
    expect(code).toBe(ExitCode.ok);
    const json = JSON.parse(c.out());
    expect(json.channels.map((ch: { name: string }) => ch.name)).toEqual(["niveau", "discipline"]);
    expect(json.distance).toMatchObject({ method: "OM", channels: ["niveau", "discipline"] });
    // Substitution = 2 per differing channel, indel = 1 + 1. a = (L1,DSA)(L2,DSA), b = (L1,DSA)(L1,SI):
    // substituting position 2 costs 2 + 2 = 4, deleting and inserting it 2 + 2 = 4 → 4.
    // a vs c = (L2,SI)(L2,SI): position 1 costs 2 + 2, position 2 costs 0 + 2 → 6 (indels: 8).
    const rows = readFileSync(out, "utf8").trim().split("\n");
    expect(rows[0]).toBe("id,a,b,c");
    expect(rows[1]).toBe("a,0,4,6");
  });

  it("refuses a channel file missing an individual, naming the file and the id", async () => {
    const dir = folder();
    const one = join(dir, "one.csv");
    const two = join(dir, "two.csv");
    writeFileSync(one, "id,y1,y2\na,X,X\nb,Y,X\n");
    writeFileSync(two, "id,y1,y2\na,X,X\nz,Y,Y\n");
    const c = capture();
    await expect(
      runCommand(
        sequencesCommand,
        ["--input", one, "--id", "id", "--columns", "y1:y2", "--channels", two],
        c.io,
      ),
    ).rejects.toThrow(/two\.csv: no sequence with id 'b'/);
  });

  it("refuses lcs with channels and a --channel-sm list of the wrong length (usage)", async () => {
    const dir = folder();
    const one = join(dir, "one.csv");
    writeFileSync(one, "id,y1,y2\na,X,X\nb,Y,X\n");
    const args = [
      "--input",
      one,
      "--id",
      "id",
      "--columns",
      "y1:y2",
      "--channels",
      one,
      "--out",
      join(dir, "d.csv"),
    ];
    await expect(
      runCommand(sequencesCommand, [...args, "--distance", "lcs"], capture().io),
    ).rejects.toMatchObject({ exitCode: ExitCode.usage });
    await expect(
      runCommand(sequencesCommand, [...args, "--distance", "om", "--channel-sm", "trate"], capture().io),
    ).rejects.toMatchObject({ exitCode: ExitCode.usage });
  });
});
