import pl from "nodejs-polars";

/**
 * The 13 situations of the MESR "devenir" Sankey (docs/definitions.md §1, dataesr/datasupr outcomes
 * board): code → French label.
 *
 * @example
 * SITUATIONS.SIT04; // "M1"
 */
export const SITUATIONS = {
  SIT01: "L1",
  SIT02: "L2",
  SIT03: "L3",
  SIT04: "M1",
  SIT05: "M2",
  SIT06: "STS",
  SIT07: "CPGE",
  SIT08: "IUT",
  SIT09: "LP",
  SIT10: "Cursus santé",
  SIT11: "Écoles d'ingénieur et de commerce",
  SIT12: "Autres formations",
  SIT13: "Sortants",
} as const;

/**
 * A MESR situation code (`SIT01`…`SIT13`).
 *
 * @example
 * const s: Situation = "SIT13"; // Sortants
 */
export type Situation = keyof typeof SITUATIONS;

const isIn = (column: string, values: string[]) => pl.col(column).isIn(values).fillNull(false);
const eq = (column: string, value: string) => pl.col(column).eq(pl.lit(value)).fillNull(false);

/**
 * True for a health programme: groupe `A` (santé), or the closed groupes `5`/`6`, or discipline
 * `11`/`12`/`13` (médecine, odontologie, pharmacie), or `gd_discipline = SANTE`; PASS and PACES
 * (first-year access routes, `CV`/`CY`) are health too. Columns may carry a `prefix` (`next_`).
 *
 * @example
 * df.withColumns(isHealthProgramme().alias("sante"));
 */
export function isHealthProgramme(prefix = ""): pl.Expr {
  return isIn(`${prefix}groupe`, ["A", "5", "6"])
    .or(isIn(`${prefix}discipli`, ["11", "12", "13"]))
    .or(eq(`${prefix}gd_discipline`, "SANTE"))
    .or(isIn(`${prefix}typ_dipl`, ["CV", "CY", "PJ"]));
}

/**
 * MESR situation (SIT01–SIT13) of a yearly state, evaluated in this order: not enrolled → SIT13;
 * lycée STS (BPBAC `STS`, see `combineSources()`) → SIT06; CPGE (`curpar = 02`, `conv = P`,
 * `typ_dipl = XE`, or BPBAC `CPGE`/`CPES`) → SIT07; DUT/BUT (`CB`, `CE`, `DR`) → SIT08
 * (IUT); licence pro `DP` → SIT09; licence `XA` year 1/2/3 → SIT01/02/03 (L.AS included);
 * master `XB`/`XD`/`XC` year 1/2 → SIT04/05; other health programmes (PASS, PACES, nursing,
 * groupe santé) → SIT10; engineering `FI` → SIT11; anything else (DCG, DMA, DNMADE, DTS of lycées
 * included) → SIT12. SIT06 (STS) occurs only with BPBAC: SISE alone does not see lycée BTS
 * (docs/definitions.md §1), so without it those students look like "Sortants".
 *
 * @example
 * states.withColumns(situationExpr().alias("situation"));
 */
export function situationExpr(): pl.Expr {
  const niveau = (value: string) => eq("niveau", value);
  const typ = (...values: string[]) => isIn("typ_dipl", values);
  return pl
    .when(pl.col("enrolled").not())
    .then(pl.lit("SIT13"))
    .when(typ("STS"))
    .then(pl.lit("SIT06"))
    .when(
      eq("curpar", "02")
        .or(eq("conv", "P"))
        .or(typ("XE", "CPGE", "CPES")),
    )
    .then(pl.lit("SIT07"))
    .when(typ("CB", "CE", "DR"))
    .then(pl.lit("SIT08"))
    .when(typ("DP"))
    .then(pl.lit("SIT09"))
    .when(typ("XA").and(niveau("01")))
    .then(pl.lit("SIT01"))
    .when(typ("XA").and(niveau("02")))
    .then(pl.lit("SIT02"))
    .when(typ("XA").and(niveau("03")))
    .then(pl.lit("SIT03"))
    .when(typ("XB", "XD", "XC").and(niveau("01")))
    .then(pl.lit("SIT04"))
    .when(typ("XB", "XD", "XC").and(niveau("02")))
    .then(pl.lit("SIT05"))
    .when(isHealthProgramme())
    .then(pl.lit("SIT10"))
    .when(typ("FI"))
    .then(pl.lit("SIT11"))
    .otherwise(pl.lit("SIT12"));
}
