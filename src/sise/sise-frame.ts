import pl from "nodejs-polars";
import { polarsDtype, type SiseColumnSpec } from "./schema.js";

/**
 * The one builder of a frame in data-model columns and types: one column per spec, in the specs'
 * order, with `values(spec, i)` its values (by default none: an empty frame that still has every
 * column and type).
 *
 * @example
 * siseFrame(BPBAC_COLUMNS, (spec) => rows.map((row) => row[spec.name]));
 */
export function siseFrame(
  specs: readonly SiseColumnSpec[],
  values: (spec: SiseColumnSpec, index: number) => unknown[] = () => [],
): pl.DataFrame {
  return pl.DataFrame(specs.map((spec, i) => pl.Series(spec.name, values(spec, i), polarsDtype(spec))));
}
