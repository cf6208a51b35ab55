import type { RandomStream } from "../sise/generator/random-stream.js";

/**
 * One SISE enrolment of a student at the simulated university.
 *
 * @example
 * const year: StepYear = { rentree: 2020, diplom: "2536001", niveau: "01", label: "Licence 2536001, année 1" };
 */
export interface StepYear {
  rentree: number;
  diplom: string;
  niveau: string;
  label: string;
}

const day = (random: RandomStream) => String(1 + random.int(28)).padStart(2, "0");

/**
 * The extract row of one enrolment: its étape (diploma code and year), semester and year results
 * consistent with what SISE shows the next rentrée (next year of the same diploma → admitted; the
 * same year again → failed; nothing → a third withdraw during the year, with a date between
 * January and April), and an enrolment date between July and October. The last rentrée has no
 * results yet.
 *
 * @param next the student's principal SISE enrolment of the next rentrée, if any
 * @example
 * simulateStepYear(year, { diplom: "2536001", niveau: "02" }, 2024, random).resultat_annee; // "ADM"
 */
export function simulateStepYear(
  year: StepYear,
  next: { diplom: string; niveau: string } | undefined,
  lastRentree: number,
  random: RandomStream,
): Record<string, string | number | null> {
  const row: Record<string, string | number | null> = {
    annee: year.rentree,
    etape: `${year.diplom}${year.niveau}`,
    lib_etape: year.label,
    diplom: year.diplom,
    niveau: year.niveau,
    resultat_s1: null,
    resultat_s2: null,
    resultat_annee: null,
    date_inscription: `${year.rentree}-${String(7 + random.int(4)).padStart(2, "0")}-${day(random)}`,
    date_abandon: null,
  };
  if (year.rentree >= lastRentree) return row;
  let outcome: "ADM" | "AJ" | "DEF";
  if (next === undefined) outcome = random.chance(1 / 3) ? "DEF" : random.chance(0.5) ? "ADM" : "AJ";
  else if (next.diplom === year.diplom && next.niveau > year.niveau) outcome = "ADM";
  else if (next.diplom === year.diplom && next.niveau === year.niveau) outcome = "AJ";
  else outcome = random.chance(0.5) ? "ADM" : "AJ";
  if (outcome === "DEF") {
    row.resultat_s1 = random.chance(0.5) ? "AJ" : "DEF";
    row.resultat_s2 = "DEF";
    row.date_abandon = `${year.rentree + 1}-0${1 + random.int(4)}-${day(random)}`;
  } else if (outcome === "ADM") {
    row.resultat_s1 = random.chance(0.1) ? "CMP" : "ADM";
    row.resultat_s2 = "ADM";
  } else {
    row.resultat_s1 = random.chance(0.5) ? "ADM" : "AJ";
    row.resultat_s2 = "AJ";
  }
  row.resultat_annee = outcome;
  return row;
}
