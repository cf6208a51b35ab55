import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
import type { RowCheck } from "./row-check.js";

/** The columns that identify one enrolment (or one result): same student, rentrée, diploma, establishment. */
const DUPLICATE_KEY = ["id_etu", "rentree", "diplom", "etabli"] as const;

/**
 * Reports rows that share `id_etu`, `rentree`, `diplom` and `etabli` (or the columns of `key`)
 * with another row. Never removes them: which copy is right is the data owner's call.
 *
 * @param what `"enrolment"` or `"result"`, for the message
 * @param key the columns identifying a row; default {@link DUPLICATE_KEY} (BPBAC: `formation` for `diplom`)
 * @example
 * duplicateCheck("enrolment");
 */
export function duplicateCheck(
  what: "enrolment" | "result",
  key: readonly [string, ...string[]] = DUPLICATE_KEY,
): RowCheck {
  return {
    code: `duplicate-${what}`,
    column: "id_etu",
    severity: "warn",
    bad: pl
      .len()
      .over(key[0], ...key.slice(1))
      .gt(pl.lit(1)),
    value: pl.concatString(
      key.map((c) => pl.col(c).cast(pl.Utf8)),
      "|",
    ),
    message: messages().sise.checks.duplicate(what, key),
    hint: messages().sise.checks.duplicateHint,
  };
}
