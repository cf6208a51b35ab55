import pl from "nodejs-polars";
import { SISE_CODE_LISTS } from "../sise/code-lists.js";

/**
 * The label table of one coded column of an open dataset, ready to join: two columns, the code
 * (named like the column) and `<colonne>_libelle`. It is the dataset's own table
 * (`libelles/<nom>.csv`) when the release has one, else the toolkit's code list (the producer's
 * release ships no labels); `liste` names the table when it is not named like the column
 * (`acaeta` → `"academie"`).
 *
 * @throws Error (in French) when neither the dataset nor the toolkit has such a table
 * @example
 * parFormation.join(tableDeLibelles(jeu, "discipli"), { on: "discipli", how: "left" });
 */
export function tableDeLibelles(
  jeu: { labels: Readonly<Record<string, pl.DataFrame>> },
  colonne: string,
  liste = colonne,
): pl.DataFrame {
  const duJeu = Object.hasOwn(jeu.labels, liste) ? jeu.labels[liste] : undefined;
  if (duJeu !== undefined) {
    return duJeu.select(
      pl.col("code").cast(pl.Utf8).alias(colonne),
      pl.col("libelle").alias(`${colonne}_libelle`),
    );
  }
  if (Object.hasOwn(SISE_CODE_LISTS, liste)) {
    const codes = Object.entries(SISE_CODE_LISTS[liste as keyof typeof SISE_CODE_LISTS]);
    return pl.DataFrame({
      [colonne]: codes.map(([code]) => code),
      [`${colonne}_libelle`]: codes.map(([, libelle]) => libelle),
    });
  }
  throw new Error(
    `tableDeLibelles() : pas de table de libellés « ${liste} » (tables du jeu : ${Object.keys(jeu.labels).join(", ") || "aucune"}).`,
  );
}
