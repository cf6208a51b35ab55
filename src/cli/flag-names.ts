import type { Command } from "./command.js";

// A parameter mark as `parameter()` writes it: `name` or `name: value` between backquotes.
const MARK = /`([A-Za-z][A-Za-z0-9]*)(?:: (true|"(?:[^"\\]|\\.)*"))?`/g;

/**
 * Rewrites the parameter marks of library messages (`` `encoding: "latin1"` ``, see
 * `parameter()` in core) into the flags of `command` (`--encoding latin1`): the library speaks of
 * parameters, the command line of its own options. A parameter is the option of the same
 * camelCase name, or the one `command.parameters` maps it to; marks of other names stay as they are.
 *
 * @example
 * withFlagNames("relancez avec `rejectsFile`", validateCommand); // "relancez avec --rejects"
 */
export function withFlagNames(text: string, command: Command | undefined): string {
  if (command === undefined || !text.includes("`")) return text;
  return text.replace(MARK, (mark, name: string, value: string | undefined) => {
    const flag = flagOf(command, name);
    if (flag === undefined) return mark;
    if (value === undefined || value === "true") return `--${flag}`;
    return `--${flag} ${JSON.parse(value) as string}`;
  });
}

function flagOf(command: Command, parameter: string): string | undefined {
  const mapped = command.parameters?.[parameter];
  if (mapped !== undefined) return mapped;
  return command.options.find((option) => camelCase(option.name) === parameter)?.name;
}

function camelCase(flag: string): string {
  return flag.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}
