import pl from "nodejs-polars";
import { requireColumns } from "../core/require-columns.js";
import { STATUT_TO_REGIME } from "../sise/bpbac/codes/statut-bpbac.js";
import { STUDENT_ATTRIBUTES } from "../sise/student-attributes.js";

/**
 * SISE and BPBAC enrolments and results, combined (see {@link combineSources}).
 *
 * @example
 * const { inscriptions, resultats } = combineSources(sise, bpbac.enrolments);
 */
export interface CombinedSources {
  /** SISE inscriptions, then BPBAC rows in the same columns; `source` says which (`sise`, `bpbac`). */
  inscriptions: pl.DataFrame;
  /** SISE résultats, then one row per BPBAC row whose result is known (`resdip` not null). */
  resultats: pl.DataFrame;
}

/**
 * Puts the enrolments of lycée post-bac classes (BPBAC, read by `readBpbac()`) beside the SISE
 * inscriptions, in the SISE columns, so that every trajectory function sees both sources:
 *
 * - `typ_dipl` = the class type (`STS`, `CPGE`…: 3 to 6 letters, never a 2-character SISE code),
 *   `diplom` = the formation code, `etabli` = the lycée, `niveau` as given, `inspr = O` (each row
 *   is principal in its source), `regime` from the status (apprenti → `12`…), `source = bpbac`;
 *   SISE rows get `source = sise`.
 * - The student's SISE attributes (sex, birth year, bac…) are copied onto the BPBAC rows.
 * - A BPBAC row with a known result (`resdip`) becomes a résultats row (session = rentrée + 1).
 *
 * Precedence when a student is enrolled in both sources the same rentrée is then the one of
 * `principalEnrolments()` — the ministry's rule, the formation leading to the highest diploma
 * (a licence, bac+3, before a BTS or a CPGE, bac+2) — with, at equal level, the lycée class first
 * (a lycée class is attended full time; the university side of such doubles is mostly a
 * convention). CPGE + licence doubles stay excluded as before with `excludeCpgeDoubles`: the
 * university row (`curpar = 02`) is dropped and the CPGE row of BPBAC remains.
 *
 * @param sise the SISE extract (`readSise()`): inscriptions and résultats
 * @param bpbac the BPBAC enrolments (`readBpbac().enrolments`)
 * @example
 * const { inscriptions, resultats } = combineSources(readSise("data/sise"), readBpbac("data/bpbac").enrolments);
 * const { enrolments } = principalEnrolments(inscriptions, { excludeCpgeDoubles: true });
 */
export function combineSources(
  sise: { inscriptions: pl.DataFrame; resultats: pl.DataFrame },
  bpbac: pl.DataFrame,
): CombinedSources {
  requireColumns(
    bpbac,
    ["rentree", "id_etu", "etabli", "formation", "type_classe", "niveau"],
    "combineSources(bpbac)",
    {
      hint: "pass readBpbac().enrolments (columns of docs/data-model.md, BPBAC section)",
    },
  );
  const text = (frame: pl.DataFrame) =>
    frame.withColumns(
      ...frame.columns
        .filter((c) => frame.getColumn(c).dtype.variant === "Categorical")
        .map((c) => pl.col(c).cast(pl.Utf8)),
    );
  const inscriptions = text(sise.inscriptions);
  const resultats = text(sise.resultats);
  const has = (c: string) => bpbac.columns.includes(c);
  const regime = has("statut")
    ? pl
        .col("statut")
        .replaceStrict(
          Object.keys(STATUT_TO_REGIME),
          Object.values(STATUT_TO_REGIME),
          pl.lit(null).cast(pl.Utf8),
          pl.Utf8,
        )
    : pl.lit(null).cast(pl.Utf8);
  // The SISE student attributes are copied onto a student's BPBAC rows, so that a
  // year spent in a lycée class carries the same bac, sex and origin as the student's university
  // years. Students BPBAC alone knows keep them null.
  const attributes = STUDENT_ATTRIBUTES.filter((c) => inscriptions.columns.includes(c));
  const known = inscriptions
    .lazy()
    .sort(["id_etu", "rentree"])
    .groupBy("id_etu", true)
    .agg(...attributes.map((c) => pl.col(c).first()))
    .collectSync();
  const lycee = text(bpbac).select(
    pl.col("rentree").cast(pl.Int32),
    pl.col("id_etu"),
    pl.col("etabli"),
    pl.lit("O").alias("inspr"),
    pl.col("type_classe").alias("typ_dipl"),
    pl.col("formation").alias("diplom"),
    pl.col("niveau"),
    regime.alias("regime"),
    (has("resdip") ? pl.col("resdip") : pl.lit(null).cast(pl.Utf8)).alias("__resdip"),
  );
  const lyceeRows = lycee
    .join(known, { on: "id_etu", how: "left" })
    .drop("__resdip")
    .withColumns(pl.lit("bpbac").alias("source"));
  const combined = pl.concat([inscriptions.withColumns(pl.lit("sise").alias("source")), lyceeRows], {
    how: "diagonal",
  });
  const lyceeResults = lycee
    .filter(pl.col("__resdip").isNotNull())
    .select(
      pl.col("rentree"),
      pl.col("rentree").plus(pl.lit(1)).cast(pl.Int32).alias("session"),
      pl.col("id_etu"),
      pl.col("etabli"),
      pl.col("diplom"),
      pl.col("typ_dipl"),
      pl.col("niveau"),
      pl.col("__resdip").alias("resdip"),
    );
  return {
    inscriptions: combined,
    resultats: pl.concat([resultats, lyceeResults], { how: "diagonal" }),
  };
}
