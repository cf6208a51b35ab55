import pl from "nodejs-polars";
import type { RowCheck } from "./row-check.js";

/** The columns that identify one enrolment (or one result): same student, rentrée, diploma, establishment. */
const DUPLICATE_KEY = ["id_etu", "rentree", "diplom", "etabli"] as const;

/**
 * Reports rows that share `id_etu`, `rentree`, `diplom` and `etabli` with another row. Never
 * removes them: which copy is right is the data owner's call.
 *
 * @param what `"enrolment"` or `"result"`, for the message
 * @example
 * duplicateCheck("enrolment");
 */
export function duplicateCheck(what: "enrolment" | "result"): RowCheck {
  return {
    code: `duplicate-${what}`,
    column: "id_etu",
    severity: "warn",
    bad: pl
      .len()
      .over(DUPLICATE_KEY[0], ...DUPLICATE_KEY.slice(1))
      .gt(pl.lit(1)),
    value: pl.concatString(
      DUPLICATE_KEY.map((c) => pl.col(c).cast(pl.Utf8)),
      "|",
    ),
    message: `duplicate ${what}: same id_etu, rentree, diplom and etabli as another row`,
    hint: "keep one of the copies in the source extract (rows are kept and counted twice until then)",
  };
}
