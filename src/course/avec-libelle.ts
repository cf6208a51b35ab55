import pl from "nodejs-polars";
import { type CodeListName, SISE_CODE_LISTS } from "../sise/code-lists.js";

/**
 * Adds the French label of a coded column next to it (`typ_dipl` → `typ_dipl_libelle`), from
 * the toolkit's code lists; an unknown code gets `"(code inconnu)"`, never a silent gap.
 *
 * @param liste the code list, when it is not named like the column (`acabac` → `"academie"`)
 * @example
 * avecLibelle(compter(inscriptions, "typ_dipl"), "typ_dipl");
 * avecLibelle(tableau, "acabac", "academie");
 */
export function avecLibelle(tableau: pl.DataFrame, colonne: string, liste?: CodeListName): pl.DataFrame {
  const nomListe = liste ?? colonne;
  if (!Object.hasOwn(SISE_CODE_LISTS, nomListe)) {
    throw new Error(
      `avecLibelle() : pas de liste de codes « ${nomListe} ». Listes connues : ${Object.keys(SISE_CODE_LISTS).join(", ")}.`,
    );
  }
  const libelles = new Map(Object.entries(SISE_CODE_LISTS[nomListe as CodeListName]));
  const codes = tableau.getColumn(colonne).cast(pl.Utf8).toArray();
  const valeurs = codes.map((code) =>
    code === null ? null : (libelles.get(String(code)) ?? "(code inconnu)"),
  );
  const position = tableau.columns.indexOf(colonne) + 1;
  const avant = tableau.columns.slice(0, position);
  const apres = tableau.columns.slice(position);
  return tableau
    .withColumns(pl.Series(`${colonne}_libelle`, valeurs, pl.Utf8))
    .select(...avant, `${colonne}_libelle`, ...apres);
}
