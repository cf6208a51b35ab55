import pl from "nodejs-polars";
import { TYPE_CLASSE } from "../../sise/bpbac/codes/type-classe.js";
import { SISE_CODE_LISTS } from "../../sise/code-lists.js";
import { IDF_UNIVERSITIES } from "../../sise/codes/idf-universities.js";
import type { ReleaseContext, ReleaseTable } from "../release-table.js";

/** Label tables beyond the SISE code lists: the toolkit's own codes and the UAIs it knows. */
const EXTRA_LISTS: Record<string, Record<string, string>> = {
  cycle: { "1": "Licence (cycle 1)", "2": "Master (cycle 2)", "3": "Doctorat (cycle 3)" },
  degetu: Object.fromEntries(
    Array.from({ length: 8 }, (_, index) => [String(index + 1), `Bac + ${index + 1}`]),
  ),
  etabli: Object.fromEntries(IDF_UNIVERSITIES.map((university) => [university.uai, university.name])),
};

/** SISE code lists released as label tables, by the name of the table (and of the column it decodes). */
const SISE_LISTS = {
  sexe: "sexe",
  bac_rgrp: "bac_rgrp",
  bac_spe: "bac_spe",
  typ_dipl: "typ_dipl",
  cursus_lmd: "cursus_lmd",
  niveau: "niveau",
  discipli: "discipli",
  groupe: "groupe",
  sectdis: "sectdis",
  gd_discipline: "gd_discipline",
  academie: "academie",
} as const satisfies Record<string, keyof typeof SISE_CODE_LISTS>;

/**
 * The diploma types: SISE's `typ_dipl`, then the lycée post-bac class types of BPBAC (`STS`,
 * `CPGE`…), which `combineSources` puts in the same column (3 to 6 letters, never a SISE code).
 */
const TYP_DIPL_LABELS: Record<string, string> = {
  ...SISE_CODE_LISTS.typ_dipl,
  ...Object.fromEntries(Object.entries(TYPE_CLASSE).map(([code, info]) => [code, info.label])),
};

function labelTable(
  name: string,
  labels: Readonly<Record<string, string>> | ((context: ReleaseContext) => Readonly<Record<string, string>>),
  description = `Libellé en clair de chaque code de ${name}, pour décoder les fichiers sans quitter le jeu de données.`,
): ReleaseTable {
  return {
    name: `libelles_${name}`,
    path: `libelles/${name}.csv`,
    title: `Libellés : ${name}`,
    description,
    primaryKey: ["code"],
    fields: () => ({
      code: {
        description: `Code de ${name}, tel qu'il est écrit dans les fichiers`,
        constraints: { required: true, unique: true },
      },
      libelle: { description: "Libellé en français" },
    }),
    build: async (context) => {
      const list = typeof labels === "function" ? labels(context) : labels;
      const codes = Object.keys(list).sort();
      if (codes.length === 0) return undefined;
      return context.gate({
        kind: "reference",
        frame: pl.DataFrame([
          pl.Series("code", codes, pl.Utf8),
          pl.Series(
            "libelle",
            codes.map((code) => list[code]!),
            pl.Utf8,
          ),
        ]),
        source: `libelles/${name}.csv`,
      });
    },
  };
}

/** Labels of the lycée formations (BPBAC `lib_formation`), by code; none without BPBAC. */
function formationLabels(context: ReleaseContext): Record<string, string> {
  const labels = context.paths.bpbac?.formationLabels;
  if (!labels) return {};
  return Object.fromEntries(
    (labels.toRecords() as { code: string; libelle: string }[]).map((row) => [row.code, row.libelle]),
  );
}

/**
 * The label tables of `libelles/`: every SISE code list a released column uses (`typ_dipl` with
 * the lycée class types), the cycle, the level bac+n (`degetu`), the names of the universities
 * whose UAI the toolkit knows and, when BPBAC was read, the labels of the lycée formations
 * (`libelles/diplom.csv`).
 *
 * @example
 * LIBELLES.map((table) => table.path); // ["libelles/sexe.csv", …]
 */
export const LIBELLES: ReleaseTable[] = [
  ...Object.entries(SISE_LISTS).map(([name, list]) =>
    labelTable(name, name === "typ_dipl" ? TYP_DIPL_LABELS : SISE_CODE_LISTS[list]),
  ),
  ...Object.entries(EXTRA_LISTS).map(([name, list]) => labelTable(name, list)),
  labelTable(
    "diplom",
    formationLabels,
    "Libellé des formations suivies en lycée (BTS, CPGE… : source BPBAC), par code de formation ; les diplômes SISE n'ont pas de libellé public embarqué.",
  ),
];
