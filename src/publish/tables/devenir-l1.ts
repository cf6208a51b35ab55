import type { ReleaseTable } from "../release-table.js";
import { indicatorFields, releaseIndicator } from "./indicator-tables.js";

/** `devenir_l1.csv`: what the néo-bacheliers entering L1 do one year later (MESR definition). */
export const devenirL1: ReleaseTable = {
  name: "devenir_l1",
  title: "Devenir en un an des néo-bacheliers inscrits en L1",
  description:
    "Définition du ministère : passage en L2, redoublement, réorientation ou sortie un an après l'entrée en L1 (les quatre catégories font 100 %).",
  fields: (context) =>
    indicatorFields(context.breakdown, "devenir", "passage, redoublement, reorientation, sortie ou Total"),
  build: (context) =>
    releaseIndicator(context, {
      file: "devenir_l1.csv",
      category: "devenir",
      requires: "passage_en_l2_1_an",
      categories: [
        ["passage_en_l2_1_an", "passage"],
        ["redoublement_en_l1", "redoublement"],
        ["reorientation_1_an", "reorientation"],
        ["sortie_1_an", "sortie"],
      ],
    }),
};
