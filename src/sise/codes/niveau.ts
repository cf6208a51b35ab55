/**
 * Year within the diploma (`niveau`): `01` first year, `02` second… L1 is `typ_dipl = XA` with
 * `niveau = 01`, M1 is `XB` + `01`. Health studies go beyond the 3rd year, hence up to `09`.
 * (MESR's open data replaces `niveau` by `XX` outside AC, XE, CB, XA, XB, XD, DR; raw extracts keep it.)
 *
 * @example
 * NIVEAU["01"]; // "1re année"
 */
export const NIVEAU = {
  "01": "1re année",
  "02": "2e année",
  "03": "3e année",
  "04": "4e année",
  "05": "5e année",
  "06": "6e année",
  "07": "7e année",
  "08": "8e année",
  "09": "9e année",
} as const;

/** A known `niveau` code. */
export type Niveau = keyof typeof NIVEAU;
