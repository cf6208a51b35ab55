import pl from "nodejs-polars";
import type { RowCheck } from "../../checks/row-check.js";
import { TYPE_CLASSE } from "../codes/type-classe.js";

/**
 * Rejects rows whose class type (`type_classe`) is not in {@link TYPE_CLASSE}: a class the toolkit
 * cannot place has no level, duration nor situation, so it could only be guessed. The row goes
 * to the rejects file with its file and line, never silently dropped.
 *
 * @example
 * classTypeCheck();
 */
export function classTypeCheck(): RowCheck {
  const codes = Object.keys(TYPE_CLASSE);
  return {
    code: "unknown-class-type",
    column: "type_classe",
    severity: "reject",
    bad: pl
      .col("type_classe")
      .isNotNull()
      .and(
        pl
          .col("type_classe")
          .isIn(pl.lit(pl.Series("codes", codes, pl.Utf8)))
          .not(),
      ),
    message: `unknown class type (expected one of ${codes.join(", ")})`,
    hint: "recode the class type to one of TYPE_CLASSE, or add the type to the toolkit's list with its level and duration",
  };
}
