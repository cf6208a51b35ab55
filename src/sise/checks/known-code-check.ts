import pl from "nodejs-polars";
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
    message: `unknown code for ${spec.name} (${spec.label}): not in the ${spec.codes} code list`,
    hint: strict
      ? `use a code of SISE_CODE_LISTS.${spec.codes}, or drop --strict-codes to keep such rows`
      : `check the code against SISE_CODE_LISTS.${spec.codes}; rows are kept (use --strict-codes to reject them)`,
  };
}
