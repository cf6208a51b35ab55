/**
 * Principal enrolment flag (`inspr`): `O` principal, `N` secondary (double enrolment). MESR turns
 * a stray `0` into `O`; the reader reports it as an unknown code instead.
 *
 * @example
 * INSPR.N; // "Inscription secondaire"
 */
export const INSPR = {
  O: "Inscription principale",
  N: "Inscription secondaire",
} as const;

/** A known `inspr` code. */
export type Inspr = keyof typeof INSPR;
