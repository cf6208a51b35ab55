import type { ReleaseTable } from "../release-table.js";
import { indicatorFields, releaseIndicator } from "./indicator-tables.js";

/** `reussite_licence.csv`: licence obtained in 3 or 4 years by the néo-bacheliers entering L1. */
export const reussiteLicence: ReleaseTable = {
  name: "reussite_licence",
  title: "Réussite en licence en 3 ou 4 ans des néo-bacheliers inscrits en L1",
  description:
    "Licence (générale ou professionnelle) obtenue 3 ans ou exactement 4 ans après l'entrée en L1, dans n'importe quel établissement.",
  fields: (context) =>
    indicatorFields(
      context.breakdown,
      "reussite",
      "licence_en_3_ans, licence_en_4_ans, pas_de_licence_en_4_ans ou Total",
    ),
  build: (context) =>
    releaseIndicator(context, {
      file: "reussite_licence.csv",
      category: "reussite",
      requires: "reussite_4_ans",
      categories: [
        ["reussite_3_ans", "licence_en_3_ans"],
        ["reussite_4_ans", "licence_en_4_ans"],
      ],
      otherwise: "pas_de_licence_en_4_ans",
    }),
};
