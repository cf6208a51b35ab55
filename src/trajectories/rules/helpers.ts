import pl from "nodejs-polars";
import { PAR_TYPE_LAS } from "../diploma-types.js";

/**
 * `column = value`, false when the column is null (rules never propagate nulls).
 *
 * @example
 * frame.filter(is("typ_dipl", "XA"));
 */
export const is = (column: string, value: string) => pl.col(column).eq(pl.lit(value)).fillNull(false);

/**
 * `a = b` for two columns, false when either is null.
 *
 * @example
 * frame.filter(same("etabli", "next_etabli"));
 */
export const same = (a: string, b: string) => pl.col(a).eq(pl.col(b)).fillNull(false);

/**
 * Status of year t + 1 (`enrolled`, `gap`, `left`); false when t + 1 is not observable.
 *
 * @example
 * frame.filter(nextStatusIs("gap"));
 */
export const nextStatusIs = (status: string) => is("next_status", status);

/**
 * The student is enrolled in year t (whatever is known of t + 1).
 *
 * @example
 * frame.filter(enrolledNow());
 */
export const enrolledNow = () => is("status", "enrolled");

/**
 * Same licence (`diplom`) or same groupe disciplinaire in t and t + 1.
 *
 * @example
 * frame.filter(sameLicenceOrGroupe());
 */
export const sameLicenceOrGroupe = () => same("diplom", "next_diplom").or(same("groupe", "next_groupe"));

/**
 * Year t is a L.AS (licence `XA` with `par_type = 0001291`).
 *
 * @example
 * frame.filter(isLas());
 */
export const isLas = () => is("typ_dipl", "XA").and(is("par_type", PAR_TYPE_LAS));
