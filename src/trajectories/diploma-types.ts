import pl from "nodejs-polars";
import { TYPE_CLASSE } from "../sise/bpbac/codes/type-classe.js";
import { TYP_DIPL } from "../sise/codes/typ-dipl.js";

/**
 * Short names used to build readable states (`L1`, `M2`, `BUT3`, `LP`, `PASS`…) from `typ_dipl`.
 * A type not listed here keeps its SISE code (`XX1` for an unknown type `XX` in its first year).
 *
 * @example
 * STATE_PREFIX.XA; // "L"
 */
const STATE_PREFIX: Readonly<Record<string, string>> = {
  XA: "L",
  DP: "LP",
  XB: "M",
  XD: "MEEF",
  XC: "MING",
  CB: "DUT",
  DR: "BUT",
  CE: "DUT",
  CF: "DEUST",
  CD: "DEUST",
  CV: "PASS",
  CY: "PACES",
  XE: "CPGE",
  AC: "CAPA",
  FI: "ING",
  PJ: "IFSI",
  YB: "D",
  "03": "HDR",
  UA: "DU",
  UB: "DU",
  UC: "DU",
  UD: "DU",
  UE: "DU",
  UF: "DU",
};

// `par_type` of the licence "accès santé" (L.AS), whose passage rule differs (docs/definitions.md §1).
export { PAR_TYPE_LAS } from "../sise/codes/par-type.js";

/**
 * One row per known `typ_dipl`: its level (`dipl_bac_plus`, bac+n of the final diploma), its
 * normal duration (`dipl_years`), its cursus and the state prefix. The lycée class types of BPBAC
 * (`STS`, `CPGE`…, see `combineSources()`) are listed too, with cursus `L`. Joined onto
 * enrolments rather than spelled as a long `when/then` chain, so that polars does one hash join.
 *
 * @example
 * enrolments.join(diplomaTypesFrame(), { on: "typ_dipl", how: "left" });
 */
function diplomaTypesFrame(): pl.DataFrame {
  const sise = Object.keys(TYP_DIPL).sort();
  const lycee = Object.keys(TYPE_CLASSE).sort();
  const codes = [...sise, ...lycee];
  const info = [
    ...sise.map((code) => TYP_DIPL[code as keyof typeof TYP_DIPL]),
    ...lycee.map((code) => ({ ...TYPE_CLASSE[code as keyof typeof TYPE_CLASSE], cursus: "L" })),
  ];
  const prefix = (code: string) =>
    STATE_PREFIX[code] ?? TYPE_CLASSE[code as keyof typeof TYPE_CLASSE]?.statePrefix ?? code;
  return pl.DataFrame({
    typ_dipl: codes,
    dipl_bac_plus: pl.Series(
      "dipl_bac_plus",
      info.map((i) => i.bacPlus),
      pl.Int32,
    ),
    dipl_years: pl.Series(
      "dipl_years",
      info.map((i) => i.years),
      pl.Int32,
    ),
    dipl_cursus: info.map((i) => i.cursus),
    dipl_prefix: codes.map(prefix),
  });
}

/**
 * {@link diplomaTypesFrame} as a lazy frame whose `typ_dipl` has the type of `frame`'s, so that
 * enrolments read compactly (codes as `Categorical`) join it as well as text ones.
 *
 * @example
 * enrolments.lazy().join(diplomaTypesFor(enrolments), { on: "typ_dipl", how: "left" });
 */
export function diplomaTypesFor(frame: pl.DataFrame): pl.LazyDataFrame {
  const types = diplomaTypesFrame().lazy();
  const dtype = frame.columns.includes("typ_dipl") ? frame.getColumn("typ_dipl").dtype : pl.Utf8;
  return dtype.variant === "Categorical" ? types.withColumns(pl.col("typ_dipl").cast(dtype)) : types;
}

/**
 * `niveau` (`"01"`, `"02"`…) as an integer; `null` when it is not a number (`XX`, missing).
 *
 * @example
 * df.withColumns(niveauNumber("niveau").alias("niveau_num"));
 */
export function niveauNumber(column = "niveau"): pl.Expr {
  // Through text: a Categorical cast straight to a number would give its internal code.
  return pl.col(column).cast(pl.Utf8).cast(pl.Int32, false);
}

/**
 * Degree of studies (SISE `degetu`, bac+n of the year being studied) computed from the joined
 * diploma type columns: `bac+n of the diploma − its duration + niveau`, so L1 = 1, L3 = 3,
 * M1 = 4, LP = 3, BUT2 = 2. Doctorates (cursus D) are 6 whatever their year (SISE caps `degetu`
 * at 6). `null` when the type or the niveau is unknown. Expects the columns of
 * {@link diplomaTypesFrame} and `niveau_num` (prefixed by `prefix`).
 *
 * @example
 * df.withColumns(studyLevel().alias("level"));
 */
export function studyLevel(prefix = ""): pl.Expr {
  const bacPlus = pl.col(`${prefix}dipl_bac_plus`);
  const years = pl.col(`${prefix}dipl_years`);
  const niveau = pl.col(`${prefix}niveau_num`);
  return pl
    .when(pl.col(`${prefix}dipl_cursus`).eq(pl.lit("D")))
    .then(pl.lit(6))
    .when(years.isNull().or(niveau.isNull()))
    .then(pl.lit(null))
    .otherwise(bacPlus.minus(years).plus(niveau).clip(0, 6))
    .cast(pl.Int32);
}
