/**
 * Result codes of an étape or a semester in the establishments' information systems (the usual
 * Apogée / Pégase "type de résultat" codes), with their French labels. A code outside this list
 * is reported, never rejected: establishments define their own.
 *
 * @example
 * RESULTAT_ETAPE.AJ; // "Ajourné"
 */
export const RESULTAT_ETAPE: Readonly<Record<string, string>> = {
  ADM: "Admis",
  ADJ: "Admis par décision du jury",
  CMP: "Admis par compensation",
  AJ: "Ajourné",
  AJAC: "Ajourné, autorisé à continuer",
  DEF: "Défaillant",
  ABI: "Absence injustifiée",
};
