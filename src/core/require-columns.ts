import { InputError } from "./errors.js";

/**
 * Options of {@link requireColumns}.
 *
 * @example
 * requireColumns(frame, ["sexe"], "inscri.csv", { role: "key variable", header: true });
 */
export interface RequireColumnsOptions {
  /** What the columns are to the caller, in the message (`"key variable"` → `missing key variables 'a', 'b'`). Default `"column"`. */
  role?: string;
  /** `true` when `source` is a file read with a header: the error points at its line 1. Default `false`. */
  header?: boolean;
  /** What to do about it, appended to the message. Default: the columns the frame has. */
  hint?: string;
}

/**
 * The one column check of the toolkit: fails with an {@link InputError} naming the source, every
 * missing column and the columns the frame holds, instead of a polars `ColumnNotFound` deep inside
 * a lazy plan. `source` names the frame for the user: a file path, or the call that received it
 * (`"yearlyStates(principal)"`).
 *
 * @throws InputError (exit code 3) when a name is not a column of `frame`.
 * @example
 * requireColumns(inscriptions, ["id_etu", "rentree"], "principalEnrolments(inscriptions)");
 * // principalEnrolments(inscriptions): missing columns 'id_etu', 'rentree'. columns found: a, b
 */
export function requireColumns(
  frame: { readonly columns: readonly string[] },
  names: readonly string[],
  source: string,
  options: RequireColumnsOptions = {},
): void {
  const present = new Set(frame.columns);
  const missing = [...new Set(names.filter((name) => !present.has(name)))];
  if (missing.length === 0) return;
  const role = options.role ?? "column";
  const found = `columns found: ${frame.columns.join(", ") || "none"}`;
  throw new InputError(
    `missing ${role}${missing.length > 1 ? "s" : ""} ${missing.map((m) => `'${m}'`).join(", ")}`,
    { file: source, line: options.header ? 1 : undefined },
    options.hint ? `${found}. ${options.hint}` : found,
  );
}
