import type { TypeClasse } from "../bpbac/codes/type-classe.js";
import { uaiCheckLetter } from "../uai.js";

/**
 * Synthetic lycées of Île-de-France holding post-bac classes: 4 per département (75, 77, 78, 91,
 * 92, 93, 94, 95), with invented UAIs whose check letter is valid. No UAI is a real lycée's on
 * purpose: the numbers are built, not looked up.
 *
 * @example
 * SYNTHETIC_LYCEES[0]; // "0750537X"-like: 7 digits and the right letter
 */
export const SYNTHETIC_LYCEES: readonly string[] = [
  "075",
  "077",
  "078",
  "091",
  "092",
  "093",
  "094",
  "095",
].flatMap((departement) =>
  [0, 1, 2, 3].map((j) => {
    const digits = `${departement}${String(537 + 211 * j).padStart(4, "0")}`;
    return `${digits}${uaiCheckLetter(digits).toUpperCase()}`;
  }),
);

/** One formation of a lycée post-bac class (code invented in the style of BCN's 8-character codes). */
export interface LyceeFormation {
  readonly formation: string;
  readonly label: string;
  readonly type: TypeClasse;
}

/**
 * The formations the generator draws from, by class type, with their weights. Codes are
 * invented (8 characters, as BCN N_FORMATION_DIPLOME codes): they name no real formation.
 *
 * @example
 * LYCEE_FORMATIONS.STS.map((f) => f.label);
 */
export const LYCEE_FORMATIONS: Readonly<
  Record<"STS" | "CPGE" | "DCG" | "DNMADE", readonly LyceeFormation[]>
> = {
  STS: [
    { formation: "32031201", label: "BTS Management commercial opérationnel", type: "STS" },
    { formation: "32031202", label: "BTS Négociation et digitalisation de la relation client", type: "STS" },
    { formation: "32031203", label: "BTS Comptabilité et gestion", type: "STS" },
    { formation: "32031204", label: "BTS Services informatiques aux organisations", type: "STS" },
    { formation: "32031205", label: "BTS Support à l'action managériale", type: "STS" },
    { formation: "32031206", label: "BTS Tourisme", type: "STS" },
  ],
  CPGE: [
    {
      formation: "30100001",
      label: "CPGE Mathématiques, physique, ingénierie et informatique",
      type: "CPGE",
    },
    { formation: "30100002", label: "CPGE Physique, chimie et sciences de l'ingénieur", type: "CPGE" },
    { formation: "30100003", label: "CPGE Économique et commerciale, voie générale", type: "CPGE" },
    { formation: "30100004", label: "CPGE Lettres", type: "CPGE" },
  ],
  DCG: [{ formation: "35031001", label: "Diplôme de comptabilité et de gestion", type: "DCG" }],
  DNMADE: [{ formation: "36023001", label: "DN MADE Graphisme", type: "DNMADE" }],
};
