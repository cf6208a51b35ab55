import pl from "nodejs-polars";
import { deriveReleased } from "../../disclosure/gate/released-frame.js";
import { SPECIALITY_SEPARATOR } from "../cohort-counts.js";
import type { ReleaseTable } from "../release-table.js";
import { bacAndSpecialities } from "./bac-and-specialities.js";
import { attributeFields } from "./cohort-attribute-table.js";

/** `cohorte_bac.csv`: the series of the bac per cohort (students without a pair of specialities) and the erased row. */
export const cohorteBac: ReleaseTable = {
  name: "cohorte_bac",
  title: "Cohortes × série du bac",
  description:
    "Répartition des étudiants de chaque cohorte selon la série du bac (bac_rgrp), pour les étudiants sans paire de spécialités (bacs d'avant 2021, bacs technologiques et professionnels) ; les paires de spécialités sont dans cohorte_spe.csv. Les séries et paires de moins de k étudiants sont effacées ensemble : la ligne à bac_rgrp vide de ce fichier regroupe les séries et les paires effacées (0 ou au moins k étudiants ; 0 pour une cohorte masquée). Les deux fichiers et la ligne effacée font l'effectif de la cohorte.",
  fields: () =>
    attributeFields({
      bac_rgrp:
        "Série du bac regroupée (1 L, 2 ES, 3 S, A bac général depuis 2021, 4 STMG, 5 autre techno, 6 pro, 7 dispensé, 9 inconnue ; libelles/bac_rgrp.csv) ; vide = séries et paires de spécialités effacées",
    }),
  build: async (context) => {
    const joint = await bacAndSpecialities(context);
    return (
      joint &&
      deriveReleased([joint], ([frame]) =>
        frame!
          .filter(pl.col("bac").isNull().or(pl.col("bac").str.contains(SPECIALITY_SEPARATOR, true).not()))
          .select("cohorteid", pl.col("bac").alias("bac_rgrp"), "effectif"),
      )
    );
  },
};
