/**
 * Where a synthetic student stands in a given academic year: the programme and year of study
 * they are enrolled in (`L1`, `M2`, `BUT3`…), a repeated year (`…R`), a year out of the data
 * (`STOP`, they may come back) or gone for good (`GONE`). The generator walks each student from
 * state to state, one rentrée at a time (see `careerTransitions`).
 *
 * @example
 * const state: CareerState = "L1";
 */
export type CareerState =
  | "L1"
  | "L1R"
  | "L1O"
  | "LAS1"
  | "CPGE1"
  | "CPGE2"
  | "L2"
  | "L2R"
  | "L3"
  | "L3R"
  | "LP"
  | "LPR"
  | "M1"
  | "M1R"
  | "M2C"
  | "M2"
  | "M2R"
  | "DUT1"
  | "DUT1R"
  | "DUT2"
  | "DUT2R"
  | "BUT1"
  | "BUT1R"
  | "BUT2"
  | "BUT2R"
  | "BUT3"
  | "BUT3R"
  | "PACES"
  | "PACESR"
  | "PASS"
  | "SANTE2"
  | "SANTE3"
  | "DFA1"
  | "DFA2"
  | "D1"
  | "D2"
  | "D3"
  | "D4"
  | "D5"
  | "D6"
  | "STOP"
  | "GONE";

/** How an enrolled state appears in SISE. */
interface StateEnrolment {
  /** `typ_dipl` of the diploma. */
  typ_dipl: string;
  /** `niveau` (year within the diploma). */
  niveau: string;
  /** `cursus_lmd`. */
  cursus_lmd: "L" | "M" | "D";
  /** Kind of discipline the diploma is attached to. */
  field: "licence" | "iut" | "sante" | "any";
}

/**
 * The SISE enrolment of each enrolled state; `STOP` and `GONE` have none. `M2C` is a césure year
 * registered in M2 (`amena = 3`).
 *
 * @example
 * STATE_ENROLMENT.L2; // { typ_dipl: "XA", niveau: "02", cursus_lmd: "L", field: "licence" }
 */
export const STATE_ENROLMENT: Record<Exclude<CareerState, "STOP" | "GONE">, StateEnrolment> = {
  L1: e("XA", "01", "L", "licence"),
  L1R: e("XA", "01", "L", "licence"),
  L1O: e("XA", "01", "L", "licence"),
  LAS1: e("XA", "01", "L", "licence"),
  CPGE1: e("XA", "01", "L", "licence"),
  CPGE2: e("XA", "02", "L", "licence"),
  L2: e("XA", "02", "L", "licence"),
  L2R: e("XA", "02", "L", "licence"),
  L3: e("XA", "03", "L", "licence"),
  L3R: e("XA", "03", "L", "licence"),
  LP: e("DP", "01", "L", "licence"),
  LPR: e("DP", "01", "L", "licence"),
  M1: e("XB", "01", "M", "licence"),
  M1R: e("XB", "01", "M", "licence"),
  M2C: e("XB", "02", "M", "licence"),
  M2: e("XB", "02", "M", "licence"),
  M2R: e("XB", "02", "M", "licence"),
  DUT1: e("CB", "01", "L", "iut"),
  DUT1R: e("CB", "01", "L", "iut"),
  DUT2: e("CB", "02", "L", "iut"),
  DUT2R: e("CB", "02", "L", "iut"),
  BUT1: e("DR", "01", "L", "iut"),
  BUT1R: e("DR", "01", "L", "iut"),
  BUT2: e("DR", "02", "L", "iut"),
  BUT2R: e("DR", "02", "L", "iut"),
  BUT3: e("DR", "03", "L", "iut"),
  BUT3R: e("DR", "03", "L", "iut"),
  PACES: e("CY", "01", "L", "sante"),
  PACESR: e("CY", "01", "L", "sante"),
  PASS: e("CV", "01", "L", "sante"),
  SANTE2: e("CZ", "02", "L", "sante"),
  SANTE3: e("CZ", "03", "L", "sante"),
  DFA1: e("ID", "01", "M", "sante"),
  DFA2: e("ID", "02", "M", "sante"),
  D1: e("YB", "01", "D", "any"),
  D2: e("YB", "02", "D", "any"),
  D3: e("YB", "03", "D", "any"),
  D4: e("YB", "04", "D", "any"),
  D5: e("YB", "05", "D", "any"),
  D6: e("YB", "06", "D", "any"),
};

function e(typ_dipl: string, niveau: string, cursus_lmd: "L" | "M" | "D", field: StateEnrolment["field"]) {
  return { typ_dipl, niveau, cursus_lmd, field };
}
