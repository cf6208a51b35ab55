import pl from "nodejs-polars";
import { SISE_CODE_LISTS } from "../../sise/code-lists.js";
import { IDF_UNIVERSITIES } from "../../sise/codes/idf-universities.js";
import type { ReleaseTable } from "../release-table.js";

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

function labelTable(name: string, list: Readonly<Record<string, string>>): ReleaseTable {
  const codes = Object.keys(list).sort();
  return {
    name: `libelles_${name}`,
    path: `libelles/${name}.csv`,
    title: `Libellés : ${name}`,
    description: `Libellé en clair de chaque code de ${name}, pour décoder les fichiers sans quitter le jeu de données.`,
    primaryKey: ["code"],
    fields: () => ({
      code: {
        description: `Code de ${name}, tel qu'il est écrit dans les fichiers`,
        constraints: { required: true, unique: true },
      },
      libelle: { description: "Libellé en français" },
    }),
    build: (context) =>
      context.gate({
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
      }),
  };
}

/**
 * The label tables of `libelles/`: every SISE code list a released column uses, the cycle, the
 * level bac+n (`degetu`) and the names of the universities whose UAI the toolkit knows.
 *
 * @example
 * LIBELLES.map((table) => table.path); // ["libelles/sexe.csv", …]
 */
export const LIBELLES: ReleaseTable[] = [
  ...Object.entries(SISE_LISTS).map(([name, list]) => labelTable(name, SISE_CODE_LISTS[list])),
  ...Object.entries(EXTRA_LISTS).map(([name, list]) => labelTable(name, list)),
];
