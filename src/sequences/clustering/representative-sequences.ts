import { ExitCode, OraccleError } from "../../core/errors.js";
import type { DistanceMatrix } from "../distances/distance-matrix.js";
import { distanceToCentre } from "./dissimilarity-center.js";
import { fullDistances } from "./full-distances.js";

/**
 * How candidate representatives are ranked (TraMineR `seqrep`/`dissrep` `criterion`):
 * `density` — weight of the neighbours closer than the radius (decreasing); `freq` — weight of the
 * identical objects, d = 0 (decreasing); `dist` — Σⱼ wⱼdᵢⱼ, centrality (increasing); `score` — the
 * `score` option, in the order given by `decreasing` (use it for `mscore`/`prob` computed elsewhere).
 *
 * @example
 * const criterion: RepresentativeCriterion = "density";
 */
export type RepresentativeCriterion = "density" | "freq" | "dist" | "score";

/**
 * Options of {@link representativeSequences}.
 *
 * @example
 * const options: RepresentativeOptions = { criterion: "density", coverage: 0.25, pradius: 0.1 };
 */
export interface RepresentativeOptions {
  /** Ranking criterion. Default `"density"`. */
  criterion?: RepresentativeCriterion | undefined;
  /** Case weights. Default: none (1 each). */
  weights?: ArrayLike<number> | null | undefined;
  /** Coverage threshold (share of weight within the radius of a representative) at which to stop. Default `0.25`. */
  coverage?: number | undefined;
  /** Fixed number of representatives; when set, `coverage` is ignored. Default: none. */
  nrep?: number | undefined;
  /** Neighbourhood radius as a share of `dmax`. Default `0.10`. */
  pradius?: number | undefined;
  /** Maximal distance the radius is relative to. Default: the largest distance in the matrix. */
  dmax?: number | undefined;
  /** Scores for `criterion: "score"`, one per object. */
  score?: ArrayLike<number> | undefined;
  /** Rank `score` decreasingly. Default `true`. */
  decreasing?: boolean | undefined;
}

/**
 * One row of the representatives' statistics (`attr(, "Statistics")` of `dissrep`); the last row is the total.
 *
 * @example
 * const row: RepresentativeStatistics = { na: 3, naPct: 60, nb: 2, nbPct: 40, SD: 4, MD: 0.8, DC: 6, V: 2, Q: 33.3 };
 */
export interface RepresentativeStatistics {
  /** Weight of the objects whose nearest representative is this one. */
  na: number;
  /** `na` as a percentage of the total weight. */
  naPct: number;
  /** Weight of those objects lying within the radius. */
  nb: number;
  /** `nb` as a percentage of the total weight. */
  nbPct: number;
  /** Σ w·d to the representative over its objects. */
  SD: number;
  /** `SD` divided by the **total** weight (TraMineR's definition). */
  MD: number;
  /** Σ w·(distance to the global centre) over its objects. */
  DC: number;
  /** `DC` divided by the weight of its objects. */
  V: number;
  /** Quality (DC − SD)/DC, in %. */
  Q: number;
}

/**
 * Result of {@link representativeSequences}.
 *
 * @example
 * const r: RepresentativeResult = representativeSequences({ size: 2, values: Float64Array.of(1) });
 * r.indices; // [0]
 */
export interface RepresentativeResult {
  /** Indices (0-based) of the representatives, in selection order. */
  indices: number[];
  /** The score of every object. */
  scores: Float64Array;
  /** Maximal distance used. */
  dmax: number;
  /** Neighbourhood radius pradius × dmax. */
  radius: number;
  /** Share of the weight within the radius of a representative (coverage mode). */
  coverage: number;
  /** One row per representative then the total. */
  statistics: RepresentativeStatistics[];
  /** Overall quality (ΣD to centre − ΣD to nearest representative)/ΣD to centre, as a fraction. */
  quality: number;
  /** For each object, the position (in `indices`) of its nearest representative (first on ties). */
  nearest: Int32Array;
}

/**
 * Representative set of objects from a dissimilarity matrix, following TraMineR 2.2's `dissrep()`
 * (what `seqrep()` calls): candidates are ranked by the criterion (stable order on ties); the best
 * one is kept, then each next candidate farther than the radius (strictly) from every kept one, until
 * the weighted share of objects closer than the radius (strictly) to a representative reaches
 * `coverage` — or until `nrep` are kept. Statistics and quality as `dissrep`.
 *
 * @example
 * const d = { size: 4, values: Float64Array.of(0, 1, 9, 1, 9, 9) };
 * representativeSequences(d, { criterion: "density", coverage: 0.5 }).indices; // [0]
 */
export function representativeSequences(
  matrix: DistanceMatrix,
  options: RepresentativeOptions = {},
): RepresentativeResult {
  const { full, weights, size } = fullDistances(matrix, options.weights);
  if (size === 0) throw new OraccleError("no objects to choose representatives from", ExitCode.input);
  const criterion = options.criterion ?? "density";
  const trep = options.coverage ?? 0.25;
  const pradius = options.pradius ?? 0.1;
  if (pradius < 0 || pradius > 1) throw new OraccleError("pradius must be between 0 and 1", ExitCode.usage);
  if (
    options.nrep === undefined
      ? !(trep > 0 && trep <= 1)
      : !(Number.isInteger(options.nrep) && options.nrep >= 1)
  ) {
    throw new OraccleError(
      "give a coverage in ]0, 1] or a whole number of representatives nrep ≥ 1",
      ExitCode.usage,
    );
  }
  let dmax = options.dmax ?? 0;
  if (options.dmax === undefined) for (const d of matrix.values) if (d > dmax) dmax = d;
  const radius = dmax * pradius;
  let totalWeight = 0;
  for (let i = 0; i < size; i++) totalWeight += weights[i]!;

  const scores = new Float64Array(size);
  let decreasing = true;
  if (criterion === "density" || criterion === "freq") {
    for (let i = 0; i < size; i++) {
      let s = 0;
      for (let j = 0; j < size; j++) {
        const d = full[i * size + j]!;
        if (criterion === "density" ? d < radius : d === 0) s += weights[j]!;
      }
      scores[i] = s;
    }
  } else if (criterion === "dist") {
    for (let i = 0; i < size; i++) {
      let s = 0;
      for (let j = 0; j < size; j++) s += full[i * size + j]! * weights[j]!;
      scores[i] = s;
    }
    decreasing = false;
  } else if (criterion === "score") {
    if (!options.score || options.score.length !== size) {
      throw new OraccleError(`criterion "score" needs one score per object (${size})`, ExitCode.usage);
    }
    scores.set(Array.from(options.score));
    decreasing = options.decreasing ?? true;
  } else {
    throw new OraccleError(
      `unknown criterion '${String(criterion)}'; use density, freq, dist or score`,
      ExitCode.usage,
    );
  }
  // R's order() is stable: equal scores keep the object order.
  const order = Array.from({ length: size }, (_, i) => i).sort((a, b) =>
    decreasing ? scores[b]! - scores[a]! || a - b : scores[a]! - scores[b]! || a - b,
  );

  const indices: number[] = [];
  const isNear = new Uint8Array(size);
  let coverage = 0;
  const nonRedundant = (candidate: number) => indices.every((r) => full[candidate * size + r]! > radius);
  if (options.nrep === undefined && trep > 0) {
    let nearWeight = 0;
    for (let idx = 0; idx < size && coverage < trep; idx++) {
      const candidate = order[idx]!;
      if (indices.length === 0 || nonRedundant(candidate)) {
        indices.push(candidate);
        for (let j = 0; j < size; j++) {
          if (!isNear[j] && full[j * size + candidate]! < radius) {
            isNear[j] = 1;
            nearWeight += weights[j]!;
          }
        }
        coverage = nearWeight / totalWeight;
      }
    }
  } else {
    const nrep = options.nrep ?? 0;
    for (let idx = 0; idx < size && indices.length < nrep; idx++) {
      const candidate = order[idx]!;
      if (indices.length === 0 || nonRedundant(candidate)) indices.push(candidate);
    }
  }

  const dc = distanceToCentre(matrix, weights);
  const k = indices.length;
  const nearest = new Int32Array(size);
  const na = new Float64Array(k);
  const nb = new Float64Array(k);
  const sd = new Float64Array(k);
  const dcSum = new Float64Array(k);
  for (let i = 0; i < size; i++) {
    let best = 0;
    for (let r = 1; r < k; r++)
      if (full[i * size + indices[r]!]! < full[i * size + indices[best]!]!) best = r;
    nearest[i] = best;
    const d = full[i * size + indices[best]!]!;
    const w = weights[i]!;
    na[best]! += w;
    sd[best]! += d * w;
    if (d < radius) nb[best]! += w;
    dcSum[best]! += dc[i]! * w;
  }
  const statistics: RepresentativeStatistics[] = [];
  const row = (naR: number, nbR: number, sdR: number, dcR: number): RepresentativeStatistics => ({
    na: naR,
    naPct: (naR / totalWeight) * 100,
    nb: nbR,
    nbPct: (nbR / totalWeight) * 100,
    SD: sdR,
    MD: sdR / totalWeight,
    DC: dcR,
    V: dcR / naR,
    Q: ((dcR - sdR) / dcR) * 100,
  });
  let naT = 0;
  let nbT = 0;
  let sdT = 0;
  let dcT = 0;
  for (let r = 0; r < k; r++) {
    statistics.push(row(na[r]!, nb[r]!, sd[r]!, dcSum[r]!));
    naT += na[r]!;
    nbT += nb[r]!;
    sdT += sd[r]!;
    dcT += dcSum[r]!;
  }
  statistics.push({ ...row(naT, nbT, sdT, dcT), V: dcT / totalWeight });
  return { indices, scores, dmax, radius, coverage, statistics, quality: (dcT - sdT) / dcT, nearest };
}
