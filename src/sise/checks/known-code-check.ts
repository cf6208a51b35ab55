import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
import { SISE_CODE_LISTS } from "../code-lists.js";
import type { SiseColumnSpec } from "../schema.js";
import type { RowCheck } from "./row-check.js";

/**
 * Flags values of a coded column that are not in its code list. Reported with counts; rejected
 * only when `strict` (CLI `--strict-codes`), because real extracts hold codes newer than the
 * toolkit's lists.
 *
 * @param spec a column with a `codes` list
 * @param strict reject instead of warn; default false
 * @example
 * knownCodeCheck(INSCRIPTION_COLUMNS.find((c) => c.name === "sexe")!, false);
 */
export function knownCodeCheck(
  spec: SiseColumnSpec & { codes: keyof typeof SISE_CODE_LISTS },
  strict = false,
): RowCheck {
  const codes = Object.keys(SISE_CODE_LISTS[spec.codes]);
  return {
    code: "unknown-code",
    column: spec.name,
    severity: strict ? "reject" : "warn",
    bad: pl
      .col(spec.name)
      .isNotNull()
      .and(
        pl
          .col(spec.name)
          .isIn(pl.lit(pl.Series("codes", codes, pl.Utf8)))
          .not(),
      ),
    message: messages().sise.checks.knownCode(spec.name, spec.label, spec.codes),
    hint: strict
      ? messages().sise.checks.knownCodeStrictHint(spec.codes)
      : messages().sise.checks.knownCodeHint(spec.codes),
  };
}
