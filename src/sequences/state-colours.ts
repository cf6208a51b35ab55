/** ColorBrewer `Accent` (8 colours), TraMineR's default palette up to 8 states. */
const ACCENT = ["#7FC97F", "#BEAED4", "#FDC086", "#FFFF99", "#386CB0", "#F0027F", "#BF5B17", "#666666"];

/** ColorBrewer `Set3` (12 colours), TraMineR's default palette from 9 to 12 states. */
const SET3 = [
  "#8DD3C7",
  "#FFFFB3",
  "#BEBADA",
  "#FB8072",
  "#80B1D3",
  "#FDB462",
  "#B3DE69",
  "#FCCDE5",
  "#D9D9D9",
  "#BC80BD",
  "#CCEBC5",
  "#FFED6F",
];

/**
 * Colour of the missing state: R's `darkgrey`, TraMineR's default `missing.color`.
 *
 * @example
 * set.missingColor === MISSING_STATE_COLOUR; // true
 */
export const MISSING_STATE_COLOUR = "#A9A9A9";

/**
 * Default colours for `count` states, following TraMineR's `seqdef`: ColorBrewer `Accent` up to
 * 8 states (`Accent[1:2]` for 2), `Set3` up to 12. TraMineR gives no palette beyond 12 states; we
 * use evenly spaced hues so plots still work.
 *
 * @example
 * defaultStateColours(3); // ["#7FC97F", "#BEAED4", "#FDC086"]
 */
export function defaultStateColours(count: number): string[] {
  // RColorBrewer's Accent with n < 8 is the first n colours of the 8-colour palette.
  if (count <= 8) return ACCENT.slice(0, count);
  // Set3 with n < 12 is likewise a prefix of the 12-colour palette.
  if (count <= 12) return SET3.slice(0, count);
  return Array.from({ length: count }, (_, i) => `hsl(${Math.round((360 * i) / count)}, 55%, 60%)`);
}
