import type { Academie } from "./academie.js";

/**
 * One Île-de-France university with its published 2022-23 figures, used to calibrate the
 * synthetic generator.
 *
 * @example
 * const u: IdfUniversity = IDF_UNIVERSITIES[0]!; // Sorbonne Paris Nord
 */
export interface IdfUniversity {
  /** UAI (`etabli`). */
  readonly uai: string;
  /** Usual name. */
  readonly name: string;
  /** Académie the university sits in. */
  readonly academie: Academie;
  /** Principal enrolments 2022-23, excluding CPGE double enrolments. */
  readonly principal: number;
  /** Néo-bacheliers 2022-23, excluding CPGE double enrolments. */
  readonly neoBacheliers: number;
  /** Share of women among principal enrolments, in %. */
  readonly pctFemmes: number;
  /** Shares of cursus L, M, D among principal enrolments, in %. */
  readonly pctCursus: { readonly L: number; readonly M: number; readonly D: number };
  /** Shares by bac: général, STMG, other techno, pro, dispensé (incl. foreign), in %. */
  readonly pctBac: {
    readonly general: number;
    readonly stmg: number;
    readonly autreTechno: number;
    readonly pro: number;
    readonly dispense: number;
  };
  /** Share of foreign students from a foreign system, in %. */
  readonly pctEtrangers: number;
}

/**
 * The ten Île-de-France universities of the calibration table (docs/sources.md §4), 2022-23. Source:
 * MESR `fr-esr-statistiques-sur-les-effectifs-d-etudiants-inscrits-par-etablissement` (rows
 * "Sans double compte"); figures re-typed, not copied.
 *
 * @example
 * IDF_UNIVERSITIES.find((u) => u.uai === "0755976N")?.principal; // 58242 (Université Paris Cité)
 */
export const IDF_UNIVERSITIES: readonly IdfUniversity[] = [
  u(
    "0931238R",
    "Université Sorbonne Paris Nord",
    "24",
    21942,
    4068,
    57.7,
    [66, 32, 2.1],
    [64, 7, 7, 2, 20],
    16.8,
  ),
  u(
    "0931827F",
    "Université Paris 8 Vincennes-Saint-Denis",
    "24",
    21872,
    2725,
    65.5,
    [68, 27, 4.9],
    [61, 7, 5, 5, 21],
    18.6,
  ),
  u(
    "0941111X",
    "Université Paris-Est Créteil",
    "24",
    36957,
    6604,
    63.0,
    [61, 37, 1.5],
    [73, 7, 6, 3, 11],
    7.2,
  ),
  u("0921204J", "Université Paris Nanterre", "25", 30613, 4587, 66.0, [70, 26, 4.0], [76, 4, 4, 3, 13], 10.9),
  u("0952259P", "CY Cergy Paris Université", "25", 23569, 4059, 55.9, [50, 47, 2.4], [76, 5, 6, 4, 9], 7.2),
  u("0772894C", "Université Gustave Eiffel", "24", 15057, 2413, 43.5, [56, 42, 2.3], [73, 6, 8, 4, 10], 7.9),
  u(
    "0911975C",
    "Université d'Évry Paris-Saclay",
    "25",
    6328,
    1613,
    46.7,
    [93, 7, 0],
    [65, 11, 8, 4, 11],
    9.3,
  ),
  u("0755976N", "Université Paris Cité", "01", 58242, 7289, 65.1, [42, 53, 4.9], [77, 2, 3, 1, 17], 14.7),
  u("0912408Y", "Université Paris-Saclay", "25", 46798, 4276, 49.6, [35, 57, 8.6], [75, 3, 4, 1, 18], 15.9),
  u("0755890V", "Sorbonne Université", "01", 49020, 4813, 61.5, [44, 50, 5.9], [79, 1, 3, 1, 16], 15.1),
];

/**
 * National totals 2022-23 for all universities (67), excluding / including CPGE double
 * enrolments (docs/sources.md §4, same MESR source).
 *
 * @example
 * NATIONAL_UNIVERSITIES_2022.principal; // 1593641
 */
export const NATIONAL_UNIVERSITIES_2022 = {
  universities: 67,
  principal: 1_593_641,
  principalWithCpge: 1_649_379,
  neoBacheliers: 257_727,
  neoBacheliersWithCpge: 287_308,
} as const;

function u(
  uai: string,
  name: string,
  academie: Academie,
  principal: number,
  neoBacheliers: number,
  pctFemmes: number,
  [L, M, D]: [number, number, number],
  [general, stmg, autreTechno, pro, dispense]: [number, number, number, number, number],
  pctEtrangers: number,
): IdfUniversity {
  return {
    uai,
    name,
    academie,
    principal,
    neoBacheliers,
    pctFemmes,
    pctCursus: { L, M, D },
    pctBac: { general, stmg, autreTechno, pro, dispense },
    pctEtrangers,
  };
}
