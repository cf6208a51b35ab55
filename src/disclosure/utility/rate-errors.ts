/**
 * One group's rate, true and as a reuser recomputes it from the released files.
 *
 * @example
 * const row: RateEstimate = { group: "F1", size: 60, trueHits: 30, estimatedHits: 28.3, estimatedSize: 57.4 };
 */
export interface RateEstimate {
  /** Group (formation, discipline…). */
  group: string;
  /** True denominator (units in the group). */
  size: number;
  /** True numerator. */
  trueHits: number;
  /** Numerator recomputed from the release. */
  estimatedHits: number;
  /** Denominator recomputed from the release (0: the rate cannot be computed). */
  estimatedSize: number;
  /** Lowest and highest rate the release allows (bounds method), when known. */
  bounds?: { lower: number; upper: number } | undefined;
}

/**
 * Options of {@link rateErrors}.
 *
 * @example
 * const options: RateErrorOptions = { unusablePoints: 5, goal: { minSize: 50, points: 2 } };
 */
export interface RateErrorOptions {
  /** A rate is unusable when its error exceeds this many points, or cannot be computed. Default `5`. */
  unusablePoints?: number | undefined;
  /** Bounds are unusable when wider than this many points. Default `10`. */
  unusableWidth?: number | undefined;
  /** Group sizes splitting the summary. Default `[10, 50, 200]`. */
  sizeBands?: readonly number[] | undefined;
  /** Target: every group of at least `minSize` units within `points` of the truth. Default 50 and 2. */
  goal?: { minSize: number; points: number } | undefined;
}

/** Error of one group. */
export interface RateError {
  group: string;
  size: number;
  trueRate: number;
  /** Rate recomputed from the release; null when its denominator is 0. */
  estimatedRate: number | null;
  /** |estimated − true| in points (100 × rate); null when not computable. */
  errorPoints: number | null;
  /** |estimated − true numerator| in units. */
  errorUnits: number;
  /** Width of the bounds in points, when bounds were given. */
  boundsWidthPoints?: number | undefined;
  /** Error above the threshold or rate not computable. */
  unusable: boolean;
}

/** Summary of a set of groups. */
export interface RateErrorSummary {
  groups: number;
  /** Groups whose rate cannot be recomputed (published denominator 0). */
  notComputable: number;
  meanErrorPoints: number;
  p90ErrorPoints: number;
  maxErrorPoints: number;
  meanErrorUnits: number;
  /** Share of groups whose rate is unusable (see {@link RateErrorOptions.unusablePoints}). */
  unusableShare: number;
  /** Share of groups whose bounds are wider than the threshold (bounds given only). */
  unusableBoundsShare?: number | undefined;
  meanBoundsWidthPoints?: number | undefined;
}

/** What {@link rateErrors} returns. */
export interface RateErrors {
  rows: RateError[];
  overall: RateErrorSummary;
  bySize: { from: number; to: number | null; summary: RateErrorSummary }[];
  goal: {
    minSize: number;
    points: number;
    groups: number;
    within: number;
    maxErrorPoints: number;
    notComputable: number;
  };
}

/**
 * Measures how far rates recomputed from a protected release fall from the truth, group by group:
 * error in points (100 × |r̂ − r|) and in units (|x̂ − x|), the share of groups whose rate is unusable
 * (error above `unusablePoints`, or denominator published as 0), the width of the bounds when the
 * release only allows an interval, by size band and against a goal (every group of at least
 * `minSize` within `points`). Groups with a true size of 0 are left out.
 *
 * @param estimates one row per group
 * @param options thresholds, size bands, goal
 * @example
 * rateErrors([{ group: "F1", size: 60, trueHits: 30, estimatedHits: 27, estimatedSize: 60 }]).overall.maxErrorPoints; // 5
 */
export function rateErrors(estimates: readonly RateEstimate[], options: RateErrorOptions = {}): RateErrors {
  const unusablePoints = options.unusablePoints ?? 5;
  const unusableWidth = options.unusableWidth ?? 10;
  const goal = options.goal ?? { minSize: 50, points: 2 };
  const rows = estimates
    .filter((e) => e.size > 0)
    .map((e): RateError => {
      const trueRate = e.trueHits / e.size;
      const estimatedRate = e.estimatedSize > 0 ? e.estimatedHits / e.estimatedSize : null;
      const errorPoints = estimatedRate === null ? null : 100 * Math.abs(estimatedRate - trueRate);
      const row: RateError = {
        group: e.group,
        size: e.size,
        trueRate,
        estimatedRate,
        errorPoints,
        errorUnits: Math.abs(e.estimatedHits - e.trueHits),
        unusable: errorPoints === null || errorPoints > unusablePoints,
      };
      if (e.bounds !== undefined) row.boundsWidthPoints = 100 * (e.bounds.upper - e.bounds.lower);
      return row;
    });
  const bands = options.sizeBands ?? [10, 50, 200];
  const edges = [0, ...bands];
  const bySize = edges.map((from, i) => {
    const to = edges[i + 1] ?? null;
    const inBand = rows.filter((r) => r.size >= from && (to === null || r.size < to));
    return { from, to, summary: summarise(inBand, unusableWidth) };
  });
  const big = rows.filter((r) => r.size >= goal.minSize);
  return {
    rows,
    overall: summarise(rows, unusableWidth),
    bySize,
    goal: {
      ...goal,
      groups: big.length,
      within: big.filter((r) => r.errorPoints !== null && r.errorPoints <= goal.points).length,
      maxErrorPoints: big.reduce((m, r) => Math.max(m, r.errorPoints ?? 0), 0),
      notComputable: big.filter((r) => r.errorPoints === null).length,
    },
  };
}

function summarise(rows: RateError[], unusableWidth: number): RateErrorSummary {
  // Rates that cannot be computed count as unusable, not in the error statistics.
  const errors = rows.flatMap((r) => (r.errorPoints === null ? [] : [r.errorPoints])).sort((a, b) => a - b);
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);
  const summary: RateErrorSummary = {
    groups: rows.length,
    notComputable: rows.length - errors.length,
    meanErrorPoints: mean(errors),
    p90ErrorPoints:
      errors.length === 0 ? 0 : errors[Math.min(errors.length - 1, Math.ceil(0.9 * errors.length) - 1)]!,
    maxErrorPoints: errors.at(-1) ?? 0,
    meanErrorUnits: mean(rows.map((r) => r.errorUnits)),
    unusableShare: rows.length === 0 ? 0 : rows.filter((r) => r.unusable).length / rows.length,
  };
  const widths = rows.flatMap((r) => (r.boundsWidthPoints === undefined ? [] : [r.boundsWidthPoints]));
  if (widths.length > 0) {
    summary.meanBoundsWidthPoints = mean(widths);
    summary.unusableBoundsShare = widths.filter((w) => w > unusableWidth).length / widths.length;
  }
  return summary;
}
