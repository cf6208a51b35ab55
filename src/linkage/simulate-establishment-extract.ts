import pl from "nodejs-polars";
import { SISE_CODE_LISTS } from "../sise/code-lists.js";
import { RandomStream } from "../sise/generator/random-stream.js";
import { ESTABLISHMENT_COLUMNS } from "./establishment-columns.js";
import { type StepYear, simulateStepYear } from "./simulate-step-year.js";
import { type SyntheticPopulation, syntheticInes } from "./synthetic-students.js";

/**
 * The noise planted in a synthetic establishment extract: shares of its students who get each
 * kind (at most one kind per student), so that the match report has a known truth.
 *
 * @example
 * const noise: PlantedNoiseRates = { typo: 0.02, missingYear: 0.03, otherDiploma: 0.02, duplicate: 0.01 };
 */
export interface PlantedNoiseRates {
  /** INE mistyped (one character changed) in all the student's rows. */
  typo: number;
  /** One year of a student enrolled at least two years left out. */
  missingYear: number;
  /** One year recorded under another diploma code (an old version of the code). */
  otherDiploma: number;
  /** One row exported twice. */
  duplicate: number;
}

/**
 * What was planted, counted by the generator (the linkage never reads it): students and their
 * rows, and how many students got each kind of noise.
 *
 * @example
 * simulateEstablishmentExtract(inscriptions, options).truth.ine_mal_saisis; // 12
 */
export interface PlantedTruth {
  etablissement: string;
  etudiants: number;
  annees_etudiant: number;
  ine_mal_saisis: number;
  annees_supprimees: number;
  diplomes_modifies: number;
  lignes_dupliquees: number;
}

/** Options of {@link simulateEstablishmentExtract}: the SISE generator's population, the UAI and the noise. */
export interface EstablishmentExtractOptions extends SyntheticPopulation {
  /** UAI of the synthetic university whose information system is simulated. */
  uai: string;
  /** Default `{ typo: 0.02, missingYear: 0.03, otherDiploma: 0.02, duplicate: 0.01 }`. */
  noise?: PlantedNoiseRates;
}

const DEFAULT_NOISE: PlantedNoiseRates = {
  typo: 0.02,
  missingYear: 0.03,
  otherDiploma: 0.02,
  duplicate: 0.01,
};

/**
 * Simulates the information-system extract (Apogée-like, one row per student, year and étape) of
 * one synthetic university, from the same synthetic students as the SISE files: their INEs (whose
 * keyed hash is the SISE id), an étape per SISE enrolment, semester and year results consistent
 * with the next year in SISE, enrolment dates and mid-year withdrawals of some leavers; then
 * plants noise with known counts. Also returns the step → SISE-diploma correspondence table.
 * Deterministic: same inputs → same rows.
 *
 * @param inscriptions the SISE inscriptions of every rentrée (from the same generator options)
 * @example
 * const { extract, correspondence, truth } = simulateEstablishmentExtract(inscriptions, { seed: 1, entrants: 300, firstRentree: 2015, lastRentree: 2020, uai: "0911975C" });
 */
export function simulateEstablishmentExtract(
  inscriptions: pl.DataFrame,
  options: EstablishmentExtractOptions,
): { extract: pl.DataFrame; correspondence: pl.DataFrame; truth: PlantedTruth } {
  const noise = options.noise ?? DEFAULT_NOISE;
  const atUai = inscriptions
    .filter(pl.col("etabli").eq(pl.lit(options.uai)))
    .select("id_etu", "rentree", "diplom", "typ_dipl", "niveau")
    .sort(["id_etu", "rentree", "diplom"]);
  const principal = inscriptions
    .filter(pl.col("inspr").eq(pl.lit("O")))
    .select("id_etu", "rentree", "diplom", "niveau");
  const next = new Map<string, { diplom: string; niveau: string }>();
  for (const r of principal.toRecords())
    next.set(`${r.id_etu}|${r.rentree}`, { diplom: String(r.diplom), niveau: String(r.niveau) });
  const byStudent = new Map<string, StepYear[]>();
  for (const r of atUai.toRecords()) {
    const list = byStudent.get(String(r.id_etu)) ?? [];
    const label = SISE_CODE_LISTS.typ_dipl[String(r.typ_dipl) as keyof typeof SISE_CODE_LISTS.typ_dipl];
    list.push({
      rentree: Number(r.rentree),
      diplom: String(r.diplom),
      niveau: String(r.niveau),
      label: `${label ?? r.typ_dipl} ${r.diplom}, année ${Number(r.niveau) || 1}`,
    });
    byStudent.set(String(r.id_etu), list);
  }
  const ines = syntheticInes(new Set(byStudent.keys()), options);
  const random = RandomStream.derive(options.seed, 0xe7ab, options.firstRentree, options.lastRentree);
  const truth: PlantedTruth = {
    etablissement: options.uai,
    etudiants: byStudent.size,
    annees_etudiant: atUai.select("id_etu", "rentree").unique().height,
    ine_mal_saisis: 0,
    annees_supprimees: 0,
    diplomes_modifies: 0,
    lignes_dupliquees: 0,
  };
  const rows: Record<string, string | number | null>[] = [];
  const order = [...byStudent.entries()].sort(
    ([a, x], [b, y]) => x[0]!.rentree - y[0]!.rentree || (a < b ? -1 : 1),
  );
  order.forEach(([id, years], rank) => {
    const numEtu = `${String(years[0]!.rentree % 100).padStart(2, "0")}${String(rank).padStart(6, "0")}`;
    const student = years.map((y) =>
      simulateStepYear(y, next.get(`${id}|${y.rentree + 1}`), options.lastRentree, random),
    );
    const studentRows = student.map((row) => ({ num_etu: numEtu, ine: ines.get(id) ?? null, ...row }));
    rows.push(...plantNoise(studentRows, noise, random, truth));
  });
  const columns = ESTABLISHMENT_COLUMNS.map((c) => c.name);
  const extract = pl.DataFrame(
    Object.fromEntries(
      columns.map((name) => [
        name,
        pl.Series(
          name,
          rows.map((r) => r[name] ?? null),
          name === "annee" ? pl.Int32 : pl.Utf8,
        ),
      ]),
    ),
  );
  const correspondence = atUai
    .select(pl.concatString([pl.col("diplom"), pl.col("niveau")], "").alias("etape"), "diplom", "niveau")
    .unique()
    .sort("etape");
  return { extract, correspondence, truth };
}

type ExtractRow = Record<string, string | number | null>;

/** Plants at most one kind of noise in one student's rows and counts it in `truth`. */
function plantNoise(
  rows: ExtractRow[],
  noise: PlantedNoiseRates,
  random: RandomStream,
  truth: PlantedTruth,
): ExtractRow[] {
  const draw = random.uniform();
  const years = [...new Set(rows.map((r) => Number(r.annee)))];
  if (draw < noise.typo) {
    truth.ine_mal_saisis++;
    const ine = String(rows[0]!.ine);
    const at = random.int(ine.length);
    const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".replace(ine[at]!, "");
    const typo = `${ine.slice(0, at)}${alphabet[random.int(alphabet.length)]}${ine.slice(at + 1)}`;
    return rows.map((r) => ({ ...r, ine: typo }));
  }
  if (draw < noise.typo + noise.missingYear && years.length >= 2) {
    truth.annees_supprimees++;
    const dropped = years[random.int(years.length)];
    return rows.filter((r) => r.annee !== dropped);
  }
  if (draw < noise.typo + noise.missingYear + noise.otherDiploma) {
    truth.diplomes_modifies++;
    const changed = years[random.int(years.length)];
    // An older version of the code: its 5th character changed, never one of SISE's codes that year.
    const taken = new Set(rows.filter((r) => r.annee === changed).map((r) => String(r.diplom)));
    return rows.map((r) => {
      if (r.annee !== changed) return r;
      const code = String(r.diplom);
      const older = [..."9876543210"]
        .map((c) => `${code.slice(0, 4)}${c}${code.slice(5)}`)
        .find((candidate) => !taken.has(candidate));
      return { ...r, diplom: older ?? `${code}X` };
    });
  }
  if (draw < noise.typo + noise.missingYear + noise.otherDiploma + noise.duplicate) {
    truth.lignes_dupliquees++;
    const copy = random.int(rows.length);
    return rows.flatMap((r, i) => (i === copy ? [r, { ...r }] : [r]));
  }
  return rows;
}
