import type { BacRgrp } from "./bac-rgrp.js";

/**
 * The three families of bac used in published rates (général / technologique / professionnel),
 * plus `autre` for dispensés and unknown bacs.
 *
 * @example
 * SERIE_BAC_GROUP.techno; // "Bac technologique"
 */
export const SERIE_BAC_GROUP = {
  general: "Bac général",
  techno: "Bac technologique",
  pro: "Bac professionnel",
  autre: "Dispensé ou inconnu",
} as const;

/** A bac family code. */
export type SerieBacGroup = keyof typeof SERIE_BAC_GROUP;

/**
 * Which family each `bac_rgrp` belongs to: L, ES, S and the post-2021 bac général → `general`;
 * STMG and other techno → `techno`; `6` → `pro`; `7` and `9` → `autre`.
 *
 * @example
 * BAC_RGRP_TO_SERIE_GROUP["2"]; // "general"
 */
export const BAC_RGRP_TO_SERIE_GROUP = {
  "1": "general",
  "2": "general",
  "3": "general",
  A: "general",
  "4": "techno",
  "5": "techno",
  "6": "pro",
  "7": "autre",
  "9": "autre",
} as const satisfies Record<BacRgrp, SerieBacGroup>;
