import { adjustedRandIndex } from "../sequences/clustering/adjusted-rand-index.js";
import { clusterQuality } from "../sequences/clustering/cluster-quality.js";
import { pamClustering } from "../sequences/clustering/pam-clustering.js";
import { representativeSequences } from "../sequences/clustering/representative-sequences.js";
import { cutTree, wardClustering } from "../sequences/clustering/ward-clustering.js";
import { disaggregate } from "../sequences/distances/aggregate-cases.js";
import { expandDistanceMatrix } from "../sequences/distances/distance-matrix.js";
import { aggregatedSequenceDistances } from "../sequences/distances/sequence-distances.js";
import type { SequenceSet } from "../sequences/sequence-set.js";
import { toSps } from "../sequences/sps-format.js";

/** Options of {@link typologie}. */
export interface TypologieOptions {
  /** Number of classes kept. Default `4`. */
  k?: number;
  /** Numbers of classes whose quality is measured. Default `[2, 3, 4, 5, 6, 7]`. */
  essais?: readonly number[];
}

/** A typology of paths, as {@link typologie} returns it. */
export interface Typologie {
  /** Number of distinct sequences the distances were computed on. */
  distinctes: number;
  /** Quality of the Ward partition for each tried k: average silhouette width and pseudo-R². */
  qualites: { k: number; asw: number; r2: number }[];
  /** Class (1 to k) of each student, in the order of the sequences. */
  classes: number[];
  /** Adjusted Rand index between the Ward partition and PAM's (k-medoids) with the same k. */
  accordPam: number;
  /** Representative paths of each class (density criterion, 25 % coverage). */
  representants: {
    classe: number;
    parcours: string;
    etudiants: number;
    voisinage_pct: number;
    qualite_pct: number;
  }[];
}

/**
 * The typology of notebook 05 in one call, each step as in TraMineR / WeightedCluster: distinct
 * sequences weighted by their count (`aggregateCases`), optimal-matching distances with `TRATE`
 * substitution costs and automatic indel, Ward clustering, its quality for each tried k
 * (`clusterQuality`), the cut at `k` compared with PAM (`adjustedRandIndex`), and the
 * representative paths of each class (`representativeSequences`).
 *
 * @example
 * const typo = typologie(parcours, { k: 4 });
 * typo.qualites; // [{ k: 2, asw: 0.6…, r2: 0.4… }, …]
 */
export function typologie(parcours: SequenceSet, options: TypologieOptions = {}): Typologie {
  const k = options.k ?? 4;
  const { distances, cases } = aggregatedSequenceDistances(parcours.sequences, {
    alphabetSize: parcours.alphabet.length,
    method: "OM",
    sm: "TRATE",
    indel: "auto",
  });
  const poids = cases.aggWeights;
  const arbre = wardClustering(distances, { weights: poids });
  const qualites = (options.essais ?? [2, 3, 4, 5, 6, 7]).map((essai) => {
    const q = clusterQuality(distances, cutTree(arbre, essai), poids);
    return { k: essai, asw: q.ASW, r2: q.R2 };
  });
  const classesDistinctes = cutTree(arbre, k);
  const pam = pamClustering(distances, { k, weights: poids });
  const representants: Typologie["representants"] = [];
  for (let classe = 1; classe <= k; classe++) {
    const membres: number[] = [];
    classesDistinctes.forEach((c, u) => {
      if (c === classe) membres.push(u);
    });
    const poidsMembres = membres.map((u) => poids[u] ?? 0);
    const rep = representativeSequences(expandDistanceMatrix(distances, membres), {
      weights: poidsMembres,
      criterion: "density",
      coverage: 0.25,
    });
    rep.indices.forEach((r, n) => {
      const unique = membres[r] ?? 0;
      const sequence = parcours.sequences[cases.aggIndex[unique] ?? 0];
      representants.push({
        classe,
        parcours: sequence ? toSps(sequence, parcours.alphabet) : "",
        etudiants: poidsMembres[r] ?? 0,
        voisinage_pct: Math.round(rep.statistics[n]?.nbPct ?? 0),
        qualite_pct: Math.round(100 * rep.quality),
      });
    });
  }
  return {
    distinctes: cases.aggIndex.length,
    qualites,
    classes: Array.from(disaggregate(classesDistinctes, cases.disaggIndex)),
    accordPam: adjustedRandIndex(classesDistinctes, pam.labels),
    representants,
  };
}
