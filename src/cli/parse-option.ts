import { ExitCode, OraccleError } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";

/**
 * A wrong option value: exit code 2 (usage) with a message naming the option and what it takes.
 *
 * @example
 * throw usageError(messages().cli.errors.missingOptions(["--input"]));
 */
export function usageError(message: string): OraccleError {
  return new OraccleError(message, ExitCode.usage);
}

/**
 * An integer option (`--seed 42`), within `[min, max]` when given.
 *
 * @example
 * integerOption("--top", "10", { min: 0 }); // 10
 */
export function integerOption(
  flag: string,
  raw: string,
  bounds: { min?: number; max?: number } = {},
): number {
  const value = /^-?\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;
  const { min, max } = bounds;
  if (
    !Number.isSafeInteger(value) ||
    (min !== undefined && value < min) ||
    (max !== undefined && value > max)
  ) {
    throw usageError(messages().cli.errors.notAnInteger(flag, raw, min, max));
  }
  return value;
}

/**
 * One of a fixed set of words (`--format wide|long`).
 *
 * @example
 * choiceOption("--format", "long", ["wide", "long"] as const); // "long"
 */
export function choiceOption<T extends string>(flag: string, raw: string, choices: readonly T[]): T {
  const found = choices.find((choice) => choice === raw);
  if (found === undefined) throw usageError(messages().cli.errors.notAChoice(flag, raw, choices));
  return found;
}

/**
 * A comma-separated list of names (`--keys sexe,annais`), blanks dropped; refuses an empty list.
 *
 * @example
 * listOption("--keys", "sexe, annais"); // ["sexe", "annais"]
 */
export function listOption(flag: string, raw: string): string[] {
  const items = raw
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
  if (items.length === 0) throw usageError(messages().cli.errors.emptyList(flag));
  return items;
}
