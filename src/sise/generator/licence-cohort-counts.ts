import type { SiseRecordBuffer } from "./sise-record-buffer.js";

/** Generated rows by rentrée, as `simulateSise` returns them. */
export type RowsByRentree = ReadonlyMap<number, SiseRecordBuffer>;

/** Counts of one stratum of a passage cohort. */
export interface PassageCounts {
  n: number;
  passage: number;
  redoublement: number;
}

/** Counts of one stratum of a réussite cohort. */
export interface ReussiteCounts {
  n: number;
  in3: number;
  in34: number;
}

const SERIE_OF_BAC: Readonly<Record<string, string>> = {
  "1": "L",
  "2": "ES",
  "3": "S",
  "4": "STMG",
  "5": "TECHNO",
  "6": "PRO",
  A: "A",
};

interface CohortMember {
  strata: string[];
  groupe: string;
}

/**
 * The MESR licence cohort counted directly on generated rows: néo-bacheliers (anbac = rentrée)
 * with a principal enrolment in L1 of a licence (XA, niveau 01), outside L.AS and CPGE double
 * enrolments, each with its strata (`all`, `serie:S`, `mention:B`, `sexe:2`, `gd:DSA`, `age:R0`…;
 * no âge au bac for bac pro, as in the MESR table).
 */
function licenceCohort(rows: SiseRecordBuffer, rentree: number): Map<string, CohortMember> {
  const [id, inspr, anbac, annais, typ, niveau, parType, curpar, bac, mention, sexe, gd, groupe] = [
    "id_etu",
    "inspr",
    "anbac",
    "annais",
    "typ_dipl",
    "niveau",
    "par_type",
    "curpar",
    "bac_rgrp",
    "mention_bac",
    "sexe",
    "gd_discipline",
    "groupe",
  ].map((name) => rows.column(name));
  const cohort = new Map<string, CohortMember>();
  for (let i = 0; i < rows.length; i++) {
    if (inspr![i] !== "O" || anbac![i] !== rentree || typ![i] !== "XA" || niveau![i] !== "01") continue;
    if (parType![i] !== null || curpar![i] !== null) continue;
    const serie = SERIE_OF_BAC[bac![i] as string];
    if (!serie) continue;
    const ageBac = (anbac![i] as number) - (annais![i] as number);
    const strata = ["all", `serie:${serie}`, `mention:${mention![i]}`, `sexe:${sexe![i]}`, `gd:${gd![i]}`];
    if (serie !== "PRO") strata.push(`age:${ageBac <= 18 ? "R0" : ageBac === 19 ? "R1" : "R2"}`);
    cohort.set(id![i] as string, { strata, groupe: groupe![i] as string });
  }
  return cohort;
}

/**
 * Principal enrolments of one rentrée of generated rows: `id_etu → [typ_dipl, niveau, groupe]`.
 *
 * @example
 * principalEnrolmentMap(simulated.inscriptions.get(2015)!).get(id); // ["XA", "02", "1"]
 */
export function principalEnrolmentMap(rows: SiseRecordBuffer): Map<string, [string, string, string]> {
  const [id, inspr, typ, niveau, groupe] = ["id_etu", "inspr", "typ_dipl", "niveau", "groupe"].map((name) =>
    rows.column(name),
  );
  const out = new Map<string, [string, string, string]>();
  for (let i = 0; i < rows.length; i++) {
    if (inspr![i] === "O")
      out.set(id![i] as string, [typ![i] as string, niveau![i] as string, groupe![i] as string]);
  }
  return out;
}

function licenceGraduates(rows: SiseRecordBuffer | undefined): Set<string> {
  const out = new Set<string>();
  if (!rows) return out;
  const [id, typ, resdip] = ["id_etu", "typ_dipl", "resdip"].map((name) => rows.column(name));
  for (let i = 0; i < rows.length; i++) {
    if (resdip![i] === "O" && (typ![i] === "XA" || typ![i] === "DP")) out.add(id![i] as string);
  }
  return out;
}

/**
 * Passage en L2 en 1 an and redoublement of the licence cohort of `rentree`, by stratum, counted
 * directly on generated rows with the MESR definitions (L2 / L1 of a licence of the same groupe at
 * N + 1, any establishment). Used by the calibration test and the calibration table, so both
 * count the same way.
 *
 * @example
 * licencePassageCounts(simulated.inscriptions, 2014).get("serie:S"); // { n, passage, redoublement }
 */
export function licencePassageCounts(
  inscriptions: RowsByRentree,
  rentree: number,
): Map<string, PassageCounts> {
  const cohort = licenceCohort(inscriptions.get(rentree)!, rentree);
  const next = principalEnrolmentMap(inscriptions.get(rentree + 1)!);
  const counts = new Map<string, PassageCounts>();
  for (const [id, member] of cohort) {
    const then = next.get(id);
    const passed = then?.[0] === "XA" && then[1] === "02" && then[2] === member.groupe;
    const repeated = then?.[0] === "XA" && then[1] === "01" && then[2] === member.groupe;
    for (const stratum of member.strata) {
      const s = counts.get(stratum) ?? { n: 0, passage: 0, redoublement: 0 };
      s.n++;
      if (passed) s.passage++;
      if (repeated) s.redoublement++;
      counts.set(stratum, s);
    }
  }
  return counts;
}

/**
 * Réussite en licence (générale or pro, any establishment) of the licence cohort of `rentree`, by
 * stratum: obtained at session N + 3 (`in3`, results of rentrée N + 2) and by session N + 4
 * (`in34`, results of rentrée N + 3; counted as not obtained when that rentrée is not generated).
 *
 * @example
 * licenceReussiteCounts(simulated.inscriptions, simulated.resultats, 2012).get("all"); // { n, in3, in34 }
 */
export function licenceReussiteCounts(
  inscriptions: RowsByRentree,
  resultats: RowsByRentree,
  rentree: number,
): Map<string, ReussiteCounts> {
  const cohort = licenceCohort(inscriptions.get(rentree)!, rentree);
  const in3 = licenceGraduates(resultats.get(rentree + 2));
  const in4 = licenceGraduates(resultats.get(rentree + 3));
  const counts = new Map<string, ReussiteCounts>();
  for (const [id, member] of cohort) {
    for (const stratum of member.strata) {
      const s = counts.get(stratum) ?? { n: 0, in3: 0, in34: 0 };
      s.n++;
      if (in3.has(id)) s.in3++;
      if (in3.has(id) || in4.has(id)) s.in34++;
      counts.set(stratum, s);
    }
  }
  return counts;
}
