import pl from "nodejs-polars";
import type { DisclosureReport } from "./disclosure-report.js";

/** Only this module can brand a frame as released: the symbol is never exported. */
declare const RELEASED: unique symbol;

/**
 * A frame that passed the release gate (`checkRelease`), with the reports of the verdicts it
 * comes from. Only the gate makes one, so a writer that accepts `ReleasedFrame` cannot be handed
 * an ungated table: the type system refuses it.
 *
 * @example
 * const { released } = await checkRelease({ kind: "cohorts", counts, source: "cohortes.csv" }, "oraccle-k5");
 * if (released) writeReleased(released.frame);
 */
export interface ReleasedFrame {
  /** The values to publish. */
  readonly frame: pl.DataFrame;
  /** The gate's reports of every verdict the frame comes from (one per protected table). */
  readonly reports: readonly DisclosureReport[];
  readonly [RELEASED]: true;
}

/** Brands a frame as released: called by the gate only, once its verdict passed. */
export function brandReleased(frame: pl.DataFrame, reports: readonly DisclosureReport[]): ReleasedFrame {
  return { frame, reports } as unknown as ReleasedFrame;
}

/**
 * A frame computed from released frames only (rates from published counts, a column renamed,
 * rows split between two files): released in turn, with the reports of its sources. `derive`
 * receives the released values and must not bring anything else in.
 *
 * @example
 * const withRates = deriveReleased([devenir], ([frame]) => frame.withColumns(pl.col("effectif").div(pl.col("effectif_groupe")).alias("taux")));
 */
export function deriveReleased(
  sources: readonly ReleasedFrame[],
  derive: (frames: pl.DataFrame[]) => pl.DataFrame,
): ReleasedFrame {
  return brandReleased(
    derive(sources.map((source) => source.frame)),
    sources.flatMap((source) => source.reports),
  );
}

/**
 * Released frames stacked vertically (the flows of every rentrée in one file), with all their
 * reports.
 *
 * @example
 * const flux = concatReleased(perRentree);
 */
export function concatReleased(parts: readonly ReleasedFrame[]): ReleasedFrame {
  return deriveReleased(parts, (frames) => (frames.length === 1 ? frames[0]! : pl.concat(frames)));
}
