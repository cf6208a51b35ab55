import { csvText, inscription, resultat } from "../sise/sise-fixture.js";

/**
 * A hand-built extract: L1 néo-bacheliers 2022 of one licence, followed to 2023 (rentrée 2021
 * holds 10 earlier entrants only, so that the 2022 entrants are known to be first entries).
 * - 10 go on to L2 (passage, with or without BPBAC);
 * - 10 leave the university for a BTS in a lycée (SISE alone: sortie; with BPBAC: réorientation);
 * - 7 néo-bacheliers that only BPBAC sees: CPGE 1 in 2022, CPGE 2 in 2023 (not in the L1 cohort).
 */
export const LICENCE = "2500123";
export const BTS = "32031213";
export const CPGE = "30100004";
export const LYCEE = "0750001U";
const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
export const passage = ids("p", 10);
export const toBts = ids("b", 10);
export const cpgeOnly = ids("c", 7);
const earlier = ids("e", 10);

const l1 = (id: string) => inscription({ id_etu: id, diplom: LICENCE });
export const sise = {
  "inscri21.csv": csvText(
    earlier.map((id) => inscription({ id_etu: id, rentree: "2021", anbac: "2021", diplom: LICENCE })),
  ),
  "result21.csv": csvText(
    earlier.map((id) => resultat({ id_etu: id, rentree: "2021", session: "2022", diplom: LICENCE })),
  ),
  "inscri22.csv": csvText([...passage, ...toBts].map(l1)),
  "inscri23.csv": csvText(
    passage.map((id) => inscription({ id_etu: id, rentree: "2023", niveau: "02", diplom: LICENCE })),
  ),
  // L1 and L2 lead to no diploma: every result is N.
  "result22.csv": csvText([...passage, ...toBts].map((id) => resultat({ id_etu: id, diplom: LICENCE }))),
  "result23.csv": csvText(
    passage.map((id) =>
      resultat({ id_etu: id, rentree: "2023", session: "2024", niveau: "02", diplom: LICENCE }),
    ),
  ),
};
const bpbacRow = (id: string, rentree: string, type: string, niveau: string, formation: string) => ({
  rentree,
  id_etu: id,
  etabli: LYCEE,
  formation,
  lib_formation: type === "STS" ? "BTS Services informatiques aux organisations" : "CPGE MPSI",
  type_classe: type,
  niveau,
  statut: "E",
  resdip: "",
});
export const bpbac = {
  "bpbac22.csv": csvText(cpgeOnly.map((id) => bpbacRow(id, "2022", "CPGE", "01", CPGE))),
  "bpbac23.csv": csvText([
    ...toBts.map((id) => bpbacRow(id, "2023", "STS", "01", BTS)),
    ...cpgeOnly.map((id) => bpbacRow(id, "2023", "CPGE", "02", CPGE)),
  ]),
};
