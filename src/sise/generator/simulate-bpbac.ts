import pl from "nodejs-polars";
import { BPBAC_COLUMNS } from "../bpbac/bpbac-columns.js";
import { siseFrame } from "../sise-frame.js";
import { LYCEE_FORMATIONS, type LyceeFormation, SYNTHETIC_LYCEES } from "./lycee-catalogue.js";
import { pseudonymousId } from "./pseudonymous-id.js";
import { RandomStream } from "./random-stream.js";

/**
 * The parameters of the lycée paths, documented in docs/calibration.md. `l1ToLycee` is the share
 * of L1 students absent from SISE the next rentrée who are in a lycée post-bac class instead;
 * it is fitted so that, with BPBAC, the devenir en 1 an of the L1 néo-bacheliers matches the
 * ministry's 2021–2023 figures (SIES Notes Flash: réorientation 13.3 / 11.4 / 10.8 %, sortie
 * 16.7 / 15.3 / 14.7 %), SISE alone keeping its bias. The other shares are assumptions of the
 * same order as national counts (BTS and CPGE entrants against licence entrants).
 *
 * @example
 * BPBAC_CALIBRATION.l1ToLycee; // 0.26
 */
export const BPBAC_CALIBRATION = {
  /** Share of L1 leavers (absent from SISE at t + 1) who enter a lycée class at t + 1. */
  l1ToLycee: 0.26,
  /** Where those L1 leavers go: STS, CPGE, DCG, DN MADE. */
  l1Destinations: { STS: 0.82, CPGE: 0.04, DCG: 0.06, DNMADE: 0.08 },
  /** Share of licence professionnelle entrants (first SISE enrolment in `DP`) who did a BTS before. */
  lpFromBts: 0.8,
  /** Share of external L3 entrants (first SISE enrolment in L3) who did two years of CPGE before. */
  l3FromCpge: 0.5,
  /** Néo-bacheliers entering a BTS or a CPGE each rentrée, per néo-bachelier entering the universities. */
  stsEntrants: 0.4,
  cpgeEntrants: 0.12,
  /** Share going on to the 2nd year of a two-year class; share of BTS 2nd years obtaining the diploma. */
  secondYear: 0.85,
  btsSuccess: 0.75,
  /** Status of STS students: élève, apprenti, contrat de professionnalisation. */
  stsStatut: { E: 0.75, A: 0.22, P: 0.03 },
} as const;

/** Population indices of the BPBAC-only students' ids (SISE uses 0–9): never the same id. */
const STS_POPULATION = 100;
const CPGE_POPULATION = 101;

/**
 * Options of {@link simulateBpbac}.
 *
 * @example
 * simulateBpbac(inscriptions, { seed: 20240901, entrants: 3000, firstRentree: 2015, lastRentree: 2024 });
 */
export interface SimulateBpbacOptions {
  seed: number;
  /** Néo-bacheliers entering the universities each rentrée (the SISE generator's `entrants`). */
  entrants: number;
  firstRentree: number;
  lastRentree: number;
}

interface Row {
  rentree: number;
  id_etu: string;
  etabli: string;
  formation: string;
  lib_formation: string;
  type_classe: string;
  niveau: string;
  statut: string;
  resdip: string | null;
}

/**
 * The BPBAC rows of the synthetic students, drawn from their SISE enrolments (which it never
 * changes): CPGE + licence doubles (`curpar = 02`) get their CPGE row; L1 students absent from
 * SISE the next rentrée enter a BTS, a CPGE, a DCG or a DN MADE with the calibrated share;
 * licence professionnelle entrants did a BTS before, external L3 entrants two years of CPGE; and
 * néo-bacheliers BPBAC alone knows enter a BTS or a CPGE each rentrée. Each student's draws come
 * from a random stream of the seed and the id, so the rows do not depend on the input's order.
 * Sorted by rentrée then id.
 *
 * @param inscriptions SISE inscriptions of every rentrée (`id_etu`, `rentree`, `inspr`, `typ_dipl`, `niveau`, `curpar`)
 * @example
 * const bpbac = simulateBpbac(inscriptions, { seed: 1, entrants: 500, firstRentree: 2015, lastRentree: 2024 });
 */
export function simulateBpbac(inscriptions: pl.DataFrame, options: SimulateBpbacOptions): pl.DataFrame {
  const { seed, firstRentree, lastRentree } = options;
  const rows: Row[] = [];
  const inWindow = (year: number) => year >= firstRentree && year <= lastRentree;
  const principal = inscriptions
    .filter(pl.col("inspr").eq(pl.lit("O")))
    .select("id_etu", "rentree", "typ_dipl", "niveau", "curpar")
    .sort(["id_etu", "rentree"]);
  const years = new Map<string, { rentree: number; typ: string; niveau: string; curpar: string | null }[]>();
  for (const r of principal.toRecords()) {
    const id = String(r.id_etu);
    const list = years.get(id) ?? [];
    list.push({
      rentree: Number(r.rentree),
      typ: String(r.typ_dipl),
      niveau: String(r.niveau),
      curpar: r.curpar as string | null,
    });
    years.set(id, list);
  }
  for (const [id, path] of years) {
    const random = RandomStream.derive(seed, 0xb9bac, hash32(id));
    const lycee = SYNTHETIC_LYCEES[random.int(SYNTHETIC_LYCEES.length)]!;
    const enrolled = new Set(path.map((p) => p.rentree));
    const push = (
      rentree: number,
      f: LyceeFormation,
      niveau: string,
      statut: string,
      resdip: string | null,
    ) =>
      rows.push({
        rentree,
        id_etu: id,
        etabli: lycee,
        formation: f.formation,
        lib_formation: f.label,
        type_classe: f.type,
        niveau,
        statut,
        resdip,
      });
    const first = path[0]!;
    for (const year of path) {
      if (year.curpar === "02")
        push(year.rentree, pick(random, LYCEE_FORMATIONS.CPGE), year.niveau, "E", null);
      const next = year.rentree + 1;
      if (year.typ !== "XA" || year.niveau !== "01" || !inWindow(next) || enrolled.has(next)) continue;
      if (!random.chance(BPBAC_CALIBRATION.l1ToLycee)) continue;
      const weights = BPBAC_CALIBRATION.l1Destinations;
      const type = random.pickFrom(["STS", "CPGE", "DCG", "DNMADE"] as const, [
        weights.STS,
        weights.CPGE,
        weights.DCG,
        weights.DNMADE,
      ]);
      const formation = pick(random, LYCEE_FORMATIONS[type]);
      const statut = type === "STS" ? stsStatut(random) : "E";
      const second =
        inWindow(next + 1) && !enrolled.has(next + 1) && random.chance(BPBAC_CALIBRATION.secondYear);
      push(next, formation, "01", statut, null);
      if (second) push(next + 1, formation, "02", statut, type === "STS" ? btsResult(random) : null);
    }
    const before = [first.rentree - 2, first.rentree - 1];
    if (first.typ === "DP" && random.chance(BPBAC_CALIBRATION.lpFromBts)) {
      const f = pick(random, LYCEE_FORMATIONS.STS);
      const statut = stsStatut(random);
      if (inWindow(before[0]!)) push(before[0]!, f, "01", statut, null);
      if (inWindow(before[1]!)) push(before[1]!, f, "02", statut, "O");
    } else if (
      first.typ === "XA" &&
      first.niveau === "03" &&
      first.rentree > firstRentree &&
      random.chance(BPBAC_CALIBRATION.l3FromCpge)
    ) {
      const f = pick(random, LYCEE_FORMATIONS.CPGE);
      if (inWindow(before[0]!)) push(before[0]!, f, "01", "E", null);
      if (inWindow(before[1]!)) push(before[1]!, f, "02", "E", null);
    }
  }
  lyceeOnlyStudents(options, rows);
  const frame = siseFrame(BPBAC_COLUMNS, (spec) => rows.map((r) => r[spec.name as keyof Row]));
  return frame.sort(["rentree", "id_etu", "niveau"]);
}

/** Néo-bacheliers who enter a BTS or a CPGE and never a university: BPBAC alone sees them. */
function lyceeOnlyStudents(options: SimulateBpbacOptions, rows: Row[]): void {
  const { seed, entrants, firstRentree, lastRentree } = options;
  for (let cohort = firstRentree - 1; cohort <= lastRentree; cohort++) {
    for (const [population, type, share] of [
      [STS_POPULATION, "STS", BPBAC_CALIBRATION.stsEntrants],
      [CPGE_POPULATION, "CPGE", BPBAC_CALIBRATION.cpgeEntrants],
    ] as const) {
      const count = Math.round(entrants * share);
      for (let i = 0; i < count; i++) {
        const id = pseudonymousId(seed, [cohort, population, i]);
        const random = RandomStream.derive(seed, 0xb9bac, hash32(id));
        const etabli = SYNTHETIC_LYCEES[random.int(SYNTHETIC_LYCEES.length)]!;
        const f = pick(random, LYCEE_FORMATIONS[type]);
        const statut = type === "STS" ? stsStatut(random) : "E";
        const second = random.chance(BPBAC_CALIBRATION.secondYear);
        const result = type === "STS" ? btsResult(random) : null;
        const row = (rentree: number, niveau: string, resdip: string | null) => {
          if (rentree >= firstRentree && rentree <= lastRentree)
            rows.push({
              rentree,
              id_etu: id,
              etabli,
              formation: f.formation,
              lib_formation: f.label,
              type_classe: type,
              niveau,
              statut,
              resdip,
            });
        };
        row(cohort, "01", null);
        if (second) row(cohort + 1, "02", result);
      }
    }
  }
}

function pick(random: RandomStream, formations: readonly LyceeFormation[]): LyceeFormation {
  return formations[random.int(formations.length)]!;
}

function stsStatut(random: RandomStream): string {
  const w = BPBAC_CALIBRATION.stsStatut;
  return random.pickFrom(["E", "A", "P"], [w.E, w.A, w.P]);
}

function btsResult(random: RandomStream): string {
  return random.chance(BPBAC_CALIBRATION.btsSuccess) ? "O" : "N";
}

/** FNV-1a hash of a text, as an unsigned 32-bit integer (to key a student's random stream). */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
