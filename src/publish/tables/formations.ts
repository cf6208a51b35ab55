import pl from "nodejs-polars";
import { IDF_DEPARTEMENT_TO_ACADEMIE } from "../../sise/codes/idf-departement-academie.js";
import type { ReleaseTable } from "../release-table.js";

/** `formations.csv`: the codes of every element `degetu-diplom-etabli` cited in the traces. */
export const formations: ReleaseTable = {
  name: "formations",
  title: "Formations citées dans les parcours",
  description:
    "Une ligne par élément de parcours « degetu-diplom-etabli », avec les codes SISE de la formation, ou ceux de BPBAC pour une classe post-bac de lycée (libellés dans le dossier libelles/).",
  primaryKey: ["formation"],
  fields: () => ({
    formation: {
      description: "Clé de l'élément dans les parcours : degetu-diplom-etabli",
      constraints: { required: true, unique: true },
    },
    degetu: { description: "Niveau d'études bac+n de l'année (libelles/degetu.csv)" },
    cycle: { description: "Cycle LMD : 1 licence, 2 master, 3 doctorat (libelles/cycle.csv)" },
    cursus_lmd: { description: "Cursus L, M ou D (libelles/cursus_lmd.csv)" },
    diplom: {
      description:
        "Code SISE du diplôme, ou code de la formation en lycée (BPBAC ; libellé dans libelles/diplom.csv)",
    },
    typ_dipl: {
      description: "Type de diplôme SISE, ou type de classe de lycée STS, CPGE… (libelles/typ_dipl.csv)",
    },
    discipli: { description: "Discipline SISE (libelles/discipli.csv)" },
    groupe: { description: "Groupe disciplinaire SISE (libelles/groupe.csv)" },
    sectdis: { description: "Secteur disciplinaire SISE (libelles/sectdis.csv)" },
    compos: { description: "UAI de la composante" },
    etabli: {
      description: "UAI de l'établissement ou du lycée (libelles/etabli.csv pour les universités connues)",
    },
    acaeta: {
      description:
        "Académie de l'établissement, d'après son département (libelles/academie.csv ; vide si inconnue)",
    },
    niveau: { description: "Année dans le diplôme (01, 02, 03…)" },
    gd_discipline: {
      description: "Grande discipline (DSA, LLSH, SI, STAPS, SANTE ; libelles/gd_discipline.csv)",
    },
  }),
  build: async (context) =>
    context.gate({
      kind: "reference",
      frame: formationsFrame(context.paths.formations),
      source: "formations.csv",
    }),
};

function formationsFrame(codes: pl.DataFrame): pl.DataFrame {
  const departements = Object.keys(IDF_DEPARTEMENT_TO_ACADEMIE);
  return codes
    .lazy()
    .select(
      pl.col("formation"),
      pl
        .col("formation")
        .str.extract(/^([^-]*)-/, 1)
        .alias("degetu"),
      pl.col("cursus_lmd").replace(["L", "M", "D"], ["1", "2", "3"]).alias("cycle"),
      "cursus_lmd",
      "diplom",
      "typ_dipl",
      "discipli",
      "groupe",
      "sectdis",
      "compos",
      "etabli",
      pl
        .col("etabli")
        .str.slice(0, 3)
        .replaceStrict(
          departements,
          Object.values(IDF_DEPARTEMENT_TO_ACADEMIE),
          pl.lit(null).cast(pl.Utf8),
          pl.Utf8,
        )
        .alias("acaeta"),
      "niveau",
      "gd_discipline",
    )
    .collectSync();
}
