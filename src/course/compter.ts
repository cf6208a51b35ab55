import pl from "nodejs-polars";

/**
 * Counts the rows per value of one or more columns, largest first, with each count's share of
 * the total (`part`, between 0 and 1): the most frequent question of a first exploration.
 *
 * @example
 * compter(inscriptions, "typ_dipl"); // typ_dipl | effectif | part
 * compter(inscriptions, "rentree", "sexe");
 */
export function compter(tableau: pl.DataFrame, ...colonnes: string[]): pl.DataFrame {
  if (colonnes.length === 0)
    throw new Error('compter() : indiquez au moins une colonne, par exemple compter(tableau, "sexe").');
  const total = tableau.height;
  return tableau
    .groupBy(colonnes)
    .agg(pl.len().alias("effectif"))
    .withColumns(
      pl
        .col("effectif")
        .div(total === 0 ? 1 : total)
        .alias("part"),
    )
    .sort(["effectif", ...colonnes], true);
}
