import { DISCIPLI, type Discipli } from "../codes/discipli.js";
import { uaiCheckLetter } from "../uai.js";
import type { GdKey } from "./calibration-targets.js";
import type { RandomStream } from "./random-stream.js";

/** The discipline a synthetic enrolment is attached to. */
export interface SyntheticDiscipline {
  discipli: string;
  sectdis: string;
  /** `groupe`; `7`/`8` for DUT/BUT (IUT secondaire/tertiaire). */
  groupe: string;
  gd_discipline: string;
}

/** Disciplines of each licence grande discipline, with weights (generator assumption). */
const LICENCE_DISCIPLI: Record<GdKey, [string, number][]> = {
  DSA: [
    ["01", 0.5],
    ["02", 0.35],
    ["03", 0.15],
  ],
  LLSH: [
    ["04", 0.2],
    ["05", 0.3],
    ["06", 0.5],
  ],
  SI: [
    ["15", 0.55],
    ["09", 0.45],
  ],
  STAPS: [["10", 1]],
};

/** Secteurs disciplinaires of each discipline, with weights (BCN N_SECTEUR_DISCIPLINAIRE_SISE codes). */
const SECTDIS_OF: Record<string, [string, number][]> = {
  "01": [
    ["36", 0.9],
    ["37", 0.1],
  ],
  "02": [
    ["38", 0.5],
    ["39", 0.5],
  ],
  "03": [["40", 1]],
  "04": [
    ["19", 0.4],
    ["17", 0.2],
    ["21", 0.4],
  ],
  "05": [
    ["23", 0.5],
    ["24", 0.5],
  ],
  "06": [
    ["32", 0.35],
    ["27", 0.2],
    ["33", 0.2],
    ["28", 0.1],
    ["35", 0.15],
  ],
  "09": [
    ["06", 0.85],
    ["05", 0.15],
  ],
  "10": [["10", 1]],
  "15": [
    ["01", 0.3],
    ["14", 0.35],
    ["02", 0.15],
    ["03", 0.2],
  ],
  "11": [["07", 1]],
  "12": [["08", 1]],
  "13": [["09", 1]],
  "34": [["71", 1]],
};

/** IUT specialities: [discipli, sectdis, groupe, weight]. */
const IUT_SPECIALITIES: [string, string, string, number][] = [
  ["15", "14", "7", 0.16],
  ["15", "15", "7", 0.08],
  ["15", "11", "7", 0.08],
  ["15", "12", "7", 0.06],
  ["09", "06", "7", 0.07],
  ["02", "39", "8", 0.25],
  ["02", "45", "8", 0.1],
  ["02", "44", "8", 0.08],
  ["06", "35", "8", 0.12],
];

function pickWeighted(random: RandomStream, entries: [string, number][]): string {
  return random.pickFrom(
    entries.map((entry) => entry[0]),
    entries.map((entry) => entry[1]),
  );
}

function disciplineOf(discipli: string, sectdis: string, groupe?: string): SyntheticDiscipline {
  const info = DISCIPLI[discipli as Discipli];
  return {
    discipli,
    sectdis,
    groupe: groupe ?? info.groupe ?? "B",
    gd_discipline: info.gd_discipline ?? "SI",
  };
}

/**
 * A licence discipline of grande discipline `gd`.
 *
 * @example
 * licenceDiscipline(random, "DSA").groupe; // "1" or "2"
 */
export function licenceDiscipline(random: RandomStream, gd: GdKey): SyntheticDiscipline {
  const discipli = pickWeighted(random, LICENCE_DISCIPLI[gd]);
  return disciplineOf(discipli, pickWeighted(random, SECTDIS_OF[discipli]!));
}

/**
 * A licence discipline whose groupe differs from `current` (a réorientation).
 *
 * @example
 * otherGroupeDiscipline(random, droit).groupe !== droit.groupe; // true
 */
export function otherGroupeDiscipline(
  random: RandomStream,
  current: SyntheticDiscipline,
): SyntheticDiscipline {
  for (;;) {
    const gd = random.pickFrom<GdKey>(["DSA", "LLSH", "SI", "STAPS"], [0.35, 0.35, 0.2, 0.1]);
    const next = licenceDiscipline(random, gd);
    if (next.groupe !== current.groupe) return next;
  }
}

/**
 * A DUT/BUT speciality (groupe 7 secondaire or 8 tertiaire).
 *
 * @example
 * ["7", "8"].includes(iutDiscipline(random).groupe); // true
 */
export function iutDiscipline(random: RandomStream): SyntheticDiscipline {
  const [discipli, sectdis, groupe] = IUT_SPECIALITIES[random.pick(IUT_SPECIALITIES.map((s) => s[3]))]!;
  return disciplineOf(discipli, sectdis, groupe);
}

/**
 * The discipline of a first-year health programme (PACES/PASS: pluri santé).
 *
 * @example
 * firstYearHealthDiscipline(); // { discipli: "34", sectdis: "71", groupe: "A", gd_discipline: "SANTE" }
 */
export function firstYearHealthDiscipline(): SyntheticDiscipline {
  return disciplineOf("34", "71");
}

/**
 * A health discipline after the first year: médecine, pharmacie, odontologie.
 *
 * @example
 * healthDiscipline(random).gd_discipline; // "SANTE"
 */
export function healthDiscipline(random: RandomStream): SyntheticDiscipline {
  const discipli = random.pickFrom(["11", "13", "12"], [0.72, 0.2, 0.08]);
  return disciplineOf(discipli, SECTDIS_OF[discipli]![0]![0]);
}

/**
 * The discipline of a master following `licence`: the same one (80 %) or another of the same
 * grande discipline; after an IUT or health programme, a DSA or SI master.
 *
 * @example
 * masterDiscipline(random, droit).gd_discipline; // "DSA"
 */
export function masterDiscipline(random: RandomStream, licence: SyntheticDiscipline): SyntheticDiscipline {
  if (licence.groupe === "7" || licence.groupe === "8" || licence.gd_discipline === "SANTE") {
    return licenceDiscipline(random, random.pickFrom<GdKey>(["DSA", "SI"], [0.6, 0.4]));
  }
  if (random.chance(0.8)) return licence;
  const gd = licence.gd_discipline as GdKey;
  return licenceDiscipline(random, gd in LICENCE_DISCIPLI ? gd : "DSA");
}

const DIPLOM_PREFIX: Record<string, string> = {
  XA: "25",
  DP: "26",
  XB: "45",
  CB: "35",
  DR: "36",
  CY: "21",
  CV: "22",
  CZ: "27",
  ID: "47",
  YB: "60",
  UB: "91",
  UC: "92",
  UD: "93",
  UE: "94",
  UF: "95",
};

/**
 * A synthetic 7-character diploma code (`diplom`) for a diploma type and secteur: national
 * codes shared by every university, as SISE's are, but invented (not BCN codes).
 *
 * @example
 * diplomCode("XA", "36"); // "2536001" — a licence in sciences juridiques
 */
export function diplomCode(typ_dipl: string, sectdis: string): string {
  return `${DIPLOM_PREFIX[typ_dipl] ?? "99"}${sectdis.padStart(2, "0")}001`;
}

const composCache = new Map<string, string>();

/**
 * A synthetic composante UAI for a university and a discipline: the university's département
 * digits followed by 4 digits derived from both, with a valid check letter.
 *
 * @example
 * composUai("0931238R", "01"); // "0934…" + check letter
 */
export function composUai(etabli: string, discipli: string): string {
  const key = `${etabli}/${discipli}`;
  let uai = composCache.get(key);
  if (!uai) {
    let h = 0;
    for (const ch of key) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
    const digits = `${etabli.slice(0, 3)}${(Math.abs(h) % 9000) + 1000}`;
    uai = `${digits}${uaiCheckLetter(digits)}`;
    composCache.set(key, uai);
  }
  return uai;
}
