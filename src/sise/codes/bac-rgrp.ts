/**
 * Bac group (`bac_rgrp`, called `serie_bac` in MESR's open data). `1`–`3` are the pre-2021
 * general series; since the 2021 reform there is one bac général, coded `A`, described by two
 * specialities (`bac_spe1`, `bac_spe2`, see {@link BAC_SPE}).
 *
 * @example
 * BAC_RGRP["4"]; // "Bac STMG"
 */
export const BAC_RGRP = {
  "1": "Bac L",
  "2": "Bac ES",
  "3": "Bac S",
  A: "Bac général (depuis 2021)",
  "4": "Bac STMG",
  "5": "Bac technologique hors STMG",
  "6": "Bac professionnel",
  "7": "Dispensé, non-bachelier",
  "9": "Inconnu",
} as const;

/** A known `bac_rgrp` code. */
export type BacRgrp = keyof typeof BAC_RGRP;

/**
 * Post-2021 bac specialities (`bac_spe1`, `bac_spe2`) as SISE codes them. The codes are those
 * observed in Oraccle's Île-de-France export (`valeurs_specialite{1,2}_bac.csv`, datactivist/
 * oraccle_dataviz); labels are the official names of the speciality courses. `HLP` and `LIT_PHI`
 * both occur for Humanités, littérature et philosophie; `SCIENCE` is kept with a generic label
 * because the export does not say which course it stands for.
 *
 * @example
 * BAC_SPE.PHY_CHI; // "Physique-chimie"
 */
export const BAC_SPE = {
  MATHS: "Mathématiques",
  PHY_CHI: "Physique-chimie",
  SVT: "Sciences de la vie et de la Terre",
  SES: "Sciences économiques et sociales",
  HIST_GE: "Histoire-géographie, géopolitique et sciences politiques",
  LLCER: "Langues, littératures et cultures étrangères et régionales",
  AMC: "Anglais, monde contemporain",
  LIT_PHI: "Humanités, littérature et philosophie",
  HLP: "Humanités, littérature et philosophie",
  NUMERIQ: "Numérique et sciences informatiques",
  SC_INGE: "Sciences de l'ingénieur",
  BIO_ECO: "Biologie-écologie",
  EPS: "Éducation physique, pratiques et culture sportives",
  LIT_GRE: "Littérature et langues et cultures de l'Antiquité : grec",
  LIT_LAT: "Littérature et langues et cultures de l'Antiquité : latin",
  ARTS: "Arts",
  ART_PLA: "Arts plastiques",
  CINEMA: "Cinéma-audiovisuel",
  CIRQUE: "Arts du cirque",
  DANSE: "Danse",
  HIS_ART: "Histoire des arts",
  MUSIQUE: "Musique",
  THEATRE: "Théâtre",
  DROI_EC: "Droit et économie",
  GEST_FI: "Gestion et finance",
  MANAG: "Management",
  MGT_SC: "Management, sciences de gestion et numérique",
  SCIENCE: "Sciences (spécialité non précisée)",
} as const;

/** A known bac speciality code. */
export type BacSpe = keyof typeof BAC_SPE;
