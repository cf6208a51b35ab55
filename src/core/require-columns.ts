import { InputError } from "./errors.js";
import { messages } from "./i18n/messages.js";

/**
 * Options of {@link requireColumns}.
 *
 * @example
 * requireColumns(frame, ["sexe"], "inscri.csv", { role: "variable clé", header: true });
 */
export interface RequireColumnsOptions {
  /** What the columns are to the caller, in the user's language, shown beside them (`"variable clé"`). Default none. */
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
 * // principalEnrolments(inscriptions) : colonnes manquantes : « id_etu », « rentree ». colonnes présentes : a, b
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
  const text = messages().errors;
  const found = text.columnsFound(frame.columns);
  throw new InputError(
    text.missingColumns(missing, options.role),
    { file: source, line: options.header ? 1 : undefined },
    options.hint ? `${found}. ${options.hint}` : found,
  );
}
