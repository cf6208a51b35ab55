/**
 * What the toolkit knows about one type of lycée post-bac class (BPBAC `type_classe`).
 *
 * @example
 * const sts: TypeClasseInfo = TYPE_CLASSE.STS; // { label: "Section de technicien supérieur (BTS, BTSA)", bacPlus: 2, years: 2, … }
 */
export interface TypeClasseInfo {
  /** French label. */
  readonly label: string;
  /**
   * Level of the diploma the class leads to, in years after the bac. CPGE leads to no diploma of
   * its own: bac+2 as for the BCN type `XE` (CPGE intégrée), so that a licence (bac+3) outranks
   * it when the highest diploma is chosen.
   */
  readonly bacPlus: number;
  /** Normal duration in years. */
  readonly years: number;
  /** Short prefix of the yearly state (`BTS1`, `CPGE2`…). */
  readonly statePrefix: string;
  /** MESR situation of the Sankey (`SIT06` STS, `SIT07` CPGE, `SIT12` autres formations). */
  readonly situation: "SIT06" | "SIT07" | "SIT12";
}

function c(
  label: string,
  bacPlus: number,
  years: number,
  statePrefix: string,
  situation: TypeClasseInfo["situation"],
): TypeClasseInfo {
  return { label, bacPlus, years, statePrefix, situation };
}

/**
 * Types of post-bac classes of lycées counted by BPBAC (built from SCOLARITE/SCOLEGE), with the
 * level and duration the trajectories need. Codes are the toolkit's: BPBAC's own variable names
 * are not public (docs/data-model.md, BPBAC section). They are 3 to 6 letters, so they never
 * collide with the 2-character SISE `typ_dipl` codes when both sources are combined.
 *
 * @example
 * TYPE_CLASSE.CPGE.situation; // "SIT07"
 */
export const TYPE_CLASSE = {
  STS: c("Section de technicien supérieur (BTS, BTSA)", 2, 2, "BTS", "SIT06"),
  CPGE: c("Classe préparatoire aux grandes écoles", 2, 2, "CPGE", "SIT07"),
  CPES: c("Classe préparatoire aux études supérieures", 1, 1, "CPES", "SIT07"),
  DCG: c("Diplôme de comptabilité et de gestion", 3, 3, "DCG", "SIT12"),
  DMA: c("Diplôme des métiers d'art", 2, 2, "DMA", "SIT12"),
  DNMADE: c("Diplôme national des métiers d'art et du design", 3, 3, "DNMADE", "SIT12"),
  DTS: c("Diplôme de technicien supérieur (imagerie médicale…)", 3, 3, "DTS", "SIT12"),
} as const satisfies Record<string, TypeClasseInfo>;

/** A type of lycée post-bac class (`STS`, `CPGE`…). */
export type TypeClasse = keyof typeof TYPE_CLASSE;
