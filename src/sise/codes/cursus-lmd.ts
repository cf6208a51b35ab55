/**
 * LMD cursus (`cursus_lmd`). In raw SISE, `X`, `9` or `-1` appear and are repaired by MESR from
 * `typ_dipl`; the reader reports them as unknown codes rather than repairing them.
 *
 * @example
 * CURSUS_LMD.M; // "Cursus master"
 */
export const CURSUS_LMD = {
  L: "Cursus licence",
  M: "Cursus master",
  D: "Cursus doctorat",
} as const;

/** A known `cursus_lmd` code. */
export type CursusLmd = keyof typeof CURSUS_LMD;
