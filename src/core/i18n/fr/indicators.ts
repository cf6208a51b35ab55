const list = (items: readonly string[]) => items.join(", ");

/** Cohort indicators: parameter errors. */
export const indicatorsFr = {
  duplicatePrincipal: (rentree: number) =>
    `selectCohort() demande les inscriptions principales (une ligne par id_etu × rentree) ; la rentrée ${rentree} a des doublons : appelez d'abord principalEnrolments()`,
  wilsonN: (n: number) => `n doit être un entier positif ou nul, pas ${n}`,
  wilsonX: (x: number, n: number) => `x doit être un entier de 0 à n = ${n}, pas ${x}`,
  noEnrolment:
    "aucune inscription : la fenêtre d'observation n'est pas définie (toutes les lignes de l'extrait ont-elles été rejetées ? voir la validation)",
  unknownIndicator: (name: string, known: readonly string[]) =>
    `indicateur inconnu « ${name} » ; indicateurs connus : ${list(known)}`,
  referenceIndicator: (reference: string, indicator: string) =>
    `les taux de référence portent sur « ${reference} », pas sur « ${indicator} »`,
  referenceStrata: (reference: readonly string[], requested: readonly string[]) =>
    `les strates de référence (${list(reference)}) diffèrent des strates demandées (${list(requested)})`,
  notAvailable: (indicator: string, rentree: number) =>
    `l'indicateur « ${indicator} » n'est pas disponible pour la cohorte ${rentree} (cohorte pas suivie assez longtemps)`,
  mesrNoIndicator: (indicator: string, known: readonly string[]) =>
    `le jeu ouvert du MESR n'a pas d'indicateur « ${indicator} » ; il a ${list(known)}`,
  mesrNoStratum: (stratum: string, known: readonly string[]) =>
    `le jeu ouvert du MESR n'a pas de strate « ${stratum} » ; il a ${list(known)}`,
  otherCohortKind: (name: string, defined: string, kind: string) =>
    `l'indicateur « ${name} » est défini sur les cohortes ${defined}, pas sur cette cohorte ${kind}`,
  unknownBreakdown: (name: string, known: readonly string[]) =>
    `ventilation inconnue « ${name} » ; utilisez ${list(known)} (ou bac_rgrp, age_bac, pcspar)`,
};
