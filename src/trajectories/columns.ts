import pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../core/errors.js";

/**
 * Inscription columns the trajectory rules read but an extract may lack (they are optional in
 * older rentrées or in hand-built frames). Missing ones are added as null text so every rule can
 * refer to them without checking.
 *
 * @example
 * OPTIONAL_TEXT_COLUMNS.includes("par_type"); // true
 */
export const OPTIONAL_TEXT_COLUMNS = [
  "etabli",
  "compos",
  "inspr",
  "typ_dipl",
  "diplom",
  "niveau",
  "groupe",
  "discipli",
  "gd_discipline",
  "par_type",
  "curpar",
  "conv",
] as const;

/**
 * Returns `frame` with every column of `names` present, missing ones added as null `Utf8`.
 *
 * @example
 * withTextColumns(pl.DataFrame({ id_etu: ["a"] }), ["groupe"]).columns; // ["id_etu", "groupe"]
 */
export function withTextColumns(frame: pl.DataFrame, names: readonly string[] = OPTIONAL_TEXT_COLUMNS) {
  const missing = names.filter((name) => !frame.columns.includes(name));
  if (missing.length === 0) return frame;
  return frame.withColumns(...missing.map((name) => pl.lit(null).cast(pl.Utf8).alias(name)));
}

/**
 * Fails with a clear message when `frame` lacks a column a trajectory function needs, instead of
 * a polars error deep inside a lazy plan. `what` names the frame for the user.
 *
 * @example
 * requireColumns(inscriptions, ["id_etu", "rentree"], "inscriptions");
 */
export function requireColumns(frame: pl.DataFrame, names: readonly string[], what: string): void {
  const missing = names.filter((name) => !frame.columns.includes(name));
  if (missing.length > 0) {
    throw new OraccleError(
      `${what}: missing column${missing.length > 1 ? "s" : ""} ${missing.map((m) => `'${m}'`).join(", ")} ` +
        `(found: ${frame.columns.join(", ") || "none"}). Read the extract with readSise() or add the columns of docs/data-model.md`,
      ExitCode.input,
    );
  }
}
