import pl from "nodejs-polars";
import { ParameterError } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";
import { enrichEnrolments } from "./enrich-enrolments.js";
import { createIneHasher } from "./ine-hasher.js";
import { countMatches, type MatchReport } from "./match-report.js";
import type { EstablishmentExtract } from "./read-establishment-extract.js";

/**
 * Options of {@link linkEstablishmentData}.
 *
 * @example
 * const options: LinkOptions = { key: loadPseudonymisationKey({ file: "cle.txt" }), uai: "0911975C" };
 */
export interface LinkOptions {
  /** The pseudonymisation key SISE's ids were made with. Required: linkage never runs without a strong key. */
  key: Uint8Array;
  /** UAI of the establishment the extract comes from: its SISE enrolments are the other side. */
  uai: string;
  /** Bits the SISE ids keep; default `64` (16 hexadecimal characters). */
  bits?: number;
  /** Context label the SISE ids were made with, if any. */
  context?: string;
}

/**
 * What {@link linkEstablishmentData} returns.
 *
 * @example
 * const { report, enrolments, unattached } = linkEstablishmentData(extract, inscriptions, options);
 */
export interface LinkageResult {
  report: MatchReport;
  /** SISE enrolments of the establishment with the extract's columns (see `enrichEnrolments`). */
  enrolments: pl.DataFrame;
  /**
   * Extract rows attached to no SISE enrolment, with `motif`: `etudiant_sans_identifiant_sise`,
   * `annee_absente_de_sise` or `diplome_different`. Never dropped silently.
   */
  unattached: pl.DataFrame;
}

/**
 * Links an establishment extract (Apogée, Pégase) to SISE inside the secure environment, before
 * anonymisation: each INE becomes its SISE id by the keyed hash of the pseudonymisation
 * ({@link createIneHasher}), the extract's students and years are matched with the
 * establishment's SISE enrolments, and those enrolments receive what SISE lacks (étape, semester
 * and year results, withdrawal during the year). The match report counts matched and unmatched
 * students and years on each side, diploma conflicts and duplicates, and accounts for every row.
 *
 * @param extract the extract from `readEstablishmentExtract()`
 * @param inscriptions SISE inscriptions (`readSise().inscriptions`): `id_etu`, `rentree`, `etabli`, `diplom`, …
 * @throws OraccleError exit 5 when the key is missing or weak (checked first); ParameterError when
 * the SISE ids are not as long as the hash, or SISE has no enrolment of `uai` in the extract's years
 * @example
 * const key = loadPseudonymisationKey({ file: "cle.txt" });
 * const { report } = linkEstablishmentData(readEstablishmentExtract("extrait.csv"), readSise("sise").inscriptions, { key, uai: "0911975C" });
 */
export function linkEstablishmentData(
  extract: EstablishmentExtract,
  inscriptions: pl.DataFrame,
  options: LinkOptions,
): LinkageResult {
  const hash = createIneHasher(options);
  const bits = options.bits ?? 64;
  const text = messages().linkage.errors;
  const rows = extract.enrolments;
  if (rows.height === 0) throw new ParameterError(text.emptyExtract);
  const first = Number(rows.getColumn("annee").min());
  const last = Number(rows.getColumn("annee").max());
  const sise = inscriptions
    .filter(
      pl
        .col("etabli")
        .eq(pl.lit(options.uai))
        .and(pl.col("rentree").gtEq(first))
        .and(pl.col("rentree").ltEq(last)),
    )
    .select("id_etu", "rentree", "etabli", "diplom", "niveau", "inspr");
  if (sise.height === 0) throw new ParameterError(text.noSiseAtUai(options.uai, first, last));
  const idLength = String(sise.getColumn("id_etu").get(0)).length;
  if (idLength * 4 !== bits) throw new ParameterError(text.idLength(idLength, bits));
  const cache = new Map<string, string>();
  const ids = (rows.getColumn("ine").toArray() as string[]).map((ine) => {
    let id = cache.get(ine);
    if (id === undefined) {
      id = hash(ine);
      cache.set(ine, id);
    }
    return id;
  });
  const hashed = rows.withColumns(pl.Series("id_etu", ids, pl.Utf8), pl.col("annee").alias("rentree"));
  const counts = countMatches({ extract: hashed, sise });
  const enrolments = enrichEnrolments(hashed, sise);
  const totals = extract.report.totals;
  const report: MatchReport = {
    etablissement: options.uai,
    rentrees: { premiere: first, derniere: last },
    lignes: {
      lues: totals.rowsRead,
      rejetees: totals.rowsRejected,
      rattachees: counts.attachedRows,
      non_rattachees: totals.rowsAccepted - counts.attachedRows,
    },
    etudiants: counts.etudiants,
    annees: counts.annees,
    doublons: counts.doublons,
    enrichissement: {
      inscriptions_sise: enrolments.height,
      enrichies: enrolments.filter(pl.col("liaison").eq(pl.lit("appariee"))).height,
      abandons_en_cours_d_annee: enrolments.filter(pl.col("abandon_en_cours_d_annee")).height,
    },
  };
  return { report, enrolments, unattached: unattachedRows(hashed, sise) };
}

/** Extract rows no SISE enrolment (same student, year, diploma) takes, with the reason. */
function unattachedRows(extract: pl.DataFrame, sise: pl.DataFrame): pl.DataFrame {
  const students = sise.select("id_etu").unique().withColumn(pl.lit(true).alias("__student"));
  const pairs = sise.select("id_etu", "rentree").unique().withColumn(pl.lit(true).alias("__pair"));
  return extract
    .join(sise.select("id_etu", "rentree", "diplom").unique(), {
      on: ["id_etu", "rentree", "diplom"],
      how: "anti",
    })
    .join(students, { on: "id_etu", how: "left" })
    .join(pairs, { on: ["id_etu", "rentree"], how: "left" })
    .withColumn(
      pl
        .when(pl.col("__student").isNull())
        .then(pl.lit("etudiant_sans_identifiant_sise"))
        .when(pl.col("__pair").isNull())
        .then(pl.lit("annee_absente_de_sise"))
        .otherwise(pl.lit("diplome_different"))
        .alias("motif"),
    )
    .select("ligne", "num_etu", "annee", "etape", "diplom", "motif")
    .sort("ligne");
}
