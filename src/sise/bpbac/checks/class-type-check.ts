import pl from "nodejs-polars";
import { messages } from "../../../core/i18n/messages.js";
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
    message: messages().sise.checks.classType(codes),
    hint: messages().sise.checks.classTypeHint,
  };
}
