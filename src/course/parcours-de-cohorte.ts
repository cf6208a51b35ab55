import pl from "nodejs-polars";
import { defineSequencesFromLong } from "../sequences/define-sequences-from-long.js";
import type { SequenceSet } from "../sequences/sequence-set.js";

/** Options of {@link parcoursDeCohorte}. */
export interface ParcoursDeCohorteOptions {
  /** Keeps only the entrants matching this expression on `sexe`, `bac_rgrp`, `mention_bac`… Default: all. */
  filtre?: pl.Expr;
  /** Last rentrée observed. Default: the last rentrée of `etats`. */
  jusqua?: number;
}

/** The course's 8-state alphabet, in the order of tables, legends and colours. */
const ALPHABET = ["L1", "L2", "L3", "M", "AUT", "INT", "DIP", "SOR"];
const LIBELLES = [
  "Licence 1",
  "Licence 2",
  "Licence 3 / LP",
  "Master",
  "Autre formation",
  "Interruption",
  "Sorti diplômé",
  "Sorti sans diplôme",
];
const COULEURS = ["#c6dbef", "#6baed6", "#2171b5", "#08306b", "#fdae6b", "#bdbdbd", "#31a354", "#de2d26"];
/** Yearly states (see `yearlyStates`) grouped into the alphabet; any other state is `AUT`. */
const REGROUPEMENT = new Map([
  ["L1", "L1"],
  ["LAS1", "L1"],
  ["L2", "L2"],
  ["LAS2", "L2"],
  ["L3", "L3"],
  ["LAS3", "L3"],
  ["LP", "L3"],
  ["M1", "M"],
  ["M2", "M"],
  ["interruption", "INT"],
  ["sortie_diplome", "DIP"],
  ["sortie", "SOR"],
]);

/**
 * The sequences of one entry cohort, as notebook 05 studies them: the néo-bacheliers of
 * `annee` entering L1 (or L.AS 1) for the first time that rentrée, one position per rentrée
 * up to `jusqua`, in 8 states (L1, L2, L3, M, AUT, INT, DIP, SOR). Leaving is a state (`DIP`,
 * `SOR`), so every sequence has the same length.
 *
 * @param etats yearly states (`yearlyStates`): `id_etu`, `rentree`, `first_rentree`, `anbac`, `state` and the entrants' attributes
 * @throws Error (in French) when no student enters L1 that year
 * @example
 * const parcours = parcoursDeCohorte(etats, 2018);
 * const femmes = parcoursDeCohorte(etats, 2018, { filtre: pl.col("sexe").eq(pl.lit("2")) });
 */
export function parcoursDeCohorte(
  etats: pl.DataFrame,
  annee: number,
  options: ParcoursDeCohorteOptions = {},
): SequenceSet {
  const fin = options.jusqua ?? Number(etats.getColumn("rentree").max());
  const entree = pl
    .col("rentree")
    .eq(annee)
    .and(pl.col("first_rentree").eq(annee))
    .and(pl.col("anbac").eq(annee))
    .and(pl.col("state").isIn(["L1", "LAS1"]));
  const entrants = etats.filter(options.filtre ? entree.and(options.filtre) : entree).select("id_etu");
  if (entrants.height === 0)
    throw new Error(`parcoursDeCohorte() : aucun néo-bachelier entré en L1 en ${annee}.`);
  const lignes = etats
    .join(entrants, { on: "id_etu" })
    .filter(pl.col("rentree").gtEq(annee).and(pl.col("rentree").ltEq(fin)))
    .sort(["id_etu", "rentree"])
    .select("id_etu", "rentree", "state")
    .toRecords();
  const positions = Array.from({ length: fin - annee + 1 }, (_, i) => String(annee + i));
  return defineSequencesFromLong(
    lignes.map((ligne) => ({
      id: String(ligne.id_etu),
      position: Number(ligne.rentree),
      state: REGROUPEMENT.get(String(ligne.state)) ?? "AUT",
    })),
    { alphabet: ALPHABET, labels: LIBELLES, colors: COULEURS, positions },
  );
}
