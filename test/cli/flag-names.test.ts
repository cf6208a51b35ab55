import { describe, expect, it } from "vitest";
import { defineCommand } from "../../src/cli/command.js";
import { withFlagNames } from "../../src/cli/flag-names.js";
import { ExitCode } from "../../src/core/errors.js";
import { parameter } from "../../src/core/i18n/format.js";

const command = defineCommand({
  name: "lire",
  options: [
    { name: "strict-codes" },
    { name: "encoding", value: "encoding" },
    { name: "rejects", value: "file" },
  ],
  parameters: { rejectsFile: "rejects" },
  async action() {
    return ExitCode.ok;
  },
});

describe("withFlagNames()", () => {
  it("rewrites a parameter to the option of the same camelCase name", () => {
    expect(withFlagNames(`retirez ${parameter("strictCodes")}`, command)).toBe("retirez --strict-codes");
  });

  it("writes a parameter's value after its flag, and a true switch as the bare flag", () => {
    expect(withFlagNames(`lisez-le avec ${parameter("encoding", "latin1")}`, command)).toBe(
      "lisez-le avec --encoding latin1",
    );
    expect(withFlagNames(`passez ${parameter("strictCodes", true)}`, command)).toBe("passez --strict-codes");
  });

  it("follows the command's own mapping when the option has another name", () => {
    expect(withFlagNames(`relancez avec ${parameter("rejectsFile")}`, command)).toBe(
      "relancez avec --rejects",
    );
  });

  it("leaves marks of parameters the command has no option for, and text without a command", () => {
    const text = `appelez d'abord \`principalEnrolments\` puis ${parameter("overwrite", true)}`;
    expect(withFlagNames(text, command)).toBe(text);
    expect(withFlagNames(`retirez ${parameter("strictCodes")}`, undefined)).toBe("retirez `strictCodes`");
  });
});
