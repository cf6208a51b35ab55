import pl from "nodejs-polars";

/**
 * The match report of {@link linkEstablishmentData}: what matched, what did not on each side,
 * the conflicts and the duplicates, with an exact account of the extract's rows. Keys are in
 * French: the report is read by the data owner, inside the secure environment.
 *
 * @example
 * const { etudiants } = linkEstablishmentData(extract, sise, { key, uai: "0911975C" }).report;
 * etudiants.taux_appariement; // 97.9
 */
export interface MatchReport {
  /** UAI of the establishment and the rentrées the extract covers. */
  etablissement: string;
  rentrees: { premiere: number; derniere: number };
  /** `lues = rejetees + rattachees + non_rattachees`: every row of the extract is accounted for. */
  lignes: { lues: number; rejetees: number; rattachees: number; non_rattachees: number };
  /** Distinct students: INEs whose hash is a SISE id of the establishment, and the rest on each side. */
  etudiants: {
    extrait: number;
    sise: number;
    apparies: number;
    extrait_seul: number;
    sise_seul: number;
    /** Matched students, in % of the extract's students (one decimal). */
    taux_appariement: number;
  };
  /** Student × year pairs of the matched students; `conflits_diplome` counts pairs whose extract diploma is not SISE's. */
  annees: { apparies: number; extrait_seul: number; sise_seul: number; conflits_diplome: number };
  doublons: { lignes: number; ine_plusieurs_numeros: number; numero_plusieurs_ine: number };
  /** SISE enrolments of the establishment, how many received the extract's columns, how many are mid-year withdrawals. */
  enrichissement: { inscriptions_sise: number; enrichies: number; abandons_en_cours_d_annee: number };
}

/** The frames {@link countMatches} works on (ids hashed, SISE restricted to the establishment and years). */
export interface MatchInput {
  /** Accepted extract rows with `id_etu` (hashed INE) and `rentree` (= `annee`). */
  extract: pl.DataFrame;
  /** SISE enrolments of the establishment in the extract's years. */
  sise: pl.DataFrame;
}

const count = (frame: pl.DataFrame) => frame.height;

/**
 * Counts students, student-years, diploma conflicts and duplicates on both sides (the
 * `etudiants`, `annees` and `doublons` parts of the {@link MatchReport}), plus the rows attached.
 *
 * @example
 * countMatches({ extract, sise }).etudiants.apparies;
 */
export function countMatches(input: MatchInput): Pick<MatchReport, "etudiants" | "annees" | "doublons"> & {
  attachedRows: number;
} {
  const { extract, sise } = input;
  const idsE = extract.select("id_etu").unique();
  const idsS = sise.select("id_etu").unique();
  const matched = count(idsE.join(idsS, { on: "id_etu", how: "semi" }));
  const pairsE = extract.select("id_etu", "rentree").unique().join(idsS, { on: "id_etu", how: "semi" });
  const pairsS = sise.select("id_etu", "rentree").unique().join(idsE, { on: "id_etu", how: "semi" });
  const yearsMatched = count(pairsE.join(pairsS, { on: ["id_etu", "rentree"], how: "semi" }));
  const siseDiplomas = sise.select("id_etu", "rentree", "diplom").unique();
  const conflicts = extract
    .join(pairsS, { on: ["id_etu", "rentree"], how: "semi" })
    .join(siseDiplomas, { on: ["id_etu", "rentree", "diplom"], how: "anti" })
    .select("id_etu", "rentree")
    .unique();
  const copies = extract.groupBy(["num_etu", "rentree", "etape"]).len();
  const several = (key: string, other: string) =>
    count(extract.select(key, other).unique().groupBy(key).len().filter(pl.col("len").gt(1)));
  return {
    etudiants: {
      extrait: count(idsE),
      sise: count(idsS),
      apparies: matched,
      extrait_seul: count(idsE) - matched,
      sise_seul: count(idsS) - matched,
      taux_appariement: idsE.height === 0 ? 0 : Math.round((1000 * matched) / idsE.height) / 10,
    },
    annees: {
      apparies: yearsMatched,
      extrait_seul: count(pairsE) - yearsMatched,
      sise_seul: count(pairsS) - yearsMatched,
      conflits_diplome: count(conflicts),
    },
    doublons: {
      lignes: Number(copies.select(pl.col("len").sub(1).sum()).getColumn("len").get(0) ?? 0),
      ine_plusieurs_numeros: several("ine", "num_etu"),
      numero_plusieurs_ine: several("num_etu", "ine"),
    },
    attachedRows: count(extract.join(siseDiplomas, { on: ["id_etu", "rentree", "diplom"], how: "semi" })),
  };
}
