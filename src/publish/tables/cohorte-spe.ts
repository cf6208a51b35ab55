import pl from "nodejs-polars";
import { deriveReleased } from "../../disclosure/gate/released-frame.js";
import { SPECIALITY_SEPARATOR } from "../cohort-counts.js";
import type { ReleaseTable } from "../release-table.js";
import { bacAndSpecialities } from "./bac-and-specialities.js";
import { attributeFields } from "./cohort-attribute-table.js";

/** `cohorte_spe.csv`: the pairs of specialities of the bac général (since 2021) per cohort. */
export const cohorteSpe: ReleaseTable = {
  name: "cohorte_spe",
  title: "Cohortes × paire de spécialités du bac",
  description:
    "Répartition des étudiants de chaque cohorte selon la paire de spécialités de terminale du bac général (depuis 2021). Les paires de moins de k étudiants sont effacées avec les séries rares : elles sont comptées dans la ligne à bac_rgrp vide de cohorte_bac.csv.",
  fields: () =>
    attributeFields({
      bac_spe1: "Première spécialité (libelles/bac_spe.csv)",
      bac_spe2: "Deuxième spécialité (libelles/bac_spe.csv)",
    }),
  build: async (context) => {
    const joint = await bacAndSpecialities(context);
    return (
      joint &&
      deriveReleased([joint], ([frame]) => {
        const pair = pl.col("bac").str.split(SPECIALITY_SEPARATOR);
        return frame!
          .filter(pl.col("bac").str.contains(SPECIALITY_SEPARATOR, true).fillNull(false))
          .select(
            "cohorteid",
            pair.lst.get(0).alias("bac_spe1"),
            pair.lst.get(1).alias("bac_spe2"),
            "effectif",
          );
      })
    );
  },
};
