import { deriveReleased } from "../../disclosure/gate/released-frame.js";
import type { ReleaseTable } from "../release-table.js";
import { traceSteps } from "../trace-steps.js";

/** `cohorte_etapes.csv`: the traces of `cohortes.csv` in the long form, one row per step. */
export const cohorteEtapes: ReleaseTable = {
  name: "cohorte_etapes",
  title: "Étapes des parcours (forme longue des traces)",
  description:
    "Une ligne par cohorte, année du parcours et inscription : la trace de cohortes.csv déjà découpée, pour joindre chaque étape à formations.csv sans analyser les « + », « & » et « - ». Une année sans inscription n'a pas de ligne (son rang manque).",
  primaryKey: ["cohorteid", "annee", "element"],
  fields: () => ({
    cohorteid: {
      description: "Identifiant de la cohorte (voir cohortes.csv)",
      constraints: { required: true },
    },
    annee: {
      description: "Rang de l'année dans le parcours (1 = première année)",
      constraints: { minimum: 1 },
    },
    element: {
      description:
        "Rang de l'inscription dans l'année (1 ; 2 et plus pour des inscriptions simultanées « & »)",
      constraints: { minimum: 1 },
    },
    formation: { description: "Élément de la trace « degetu-diplom-etabli », clé de formations.csv" },
    degetu: { description: "Niveau d'études bac+n (texte avant le premier « - » ; vide si inconnu)" },
    diplom: { description: "Code SISE du diplôme (entre le premier et le dernier « - »)" },
    etabli: { description: "UAI de l'établissement (après le dernier « - »)" },
    reussites: {
      description:
        "Étudiants de la cohorte qui ont obtenu le diplôme de cette étape cette année-là ; vide = non communiqué (cohorte masquée, ou moins de k étudiants d'un côté)",
      constraints: { minimum: 0 },
    },
  }),
  build: async (context) => {
    const cohorts = context.released.get("cohortes");
    return cohorts && deriveReleased([cohorts], ([frame]) => traceSteps(frame!, { reussites: true }));
  },
};
