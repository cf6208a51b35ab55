/**
 * Options of {@link sankeyFigure}.
 *
 * @example
 * sankeyFigure(flows, { otherBelow: 20, hideLinksBelow: 5, stateOrder: ["L1", "L2", "L3"] });
 */
export interface SankeyOptions {
  /**
   * Order of the formation states, top to bottom, identical in every column (docs/definitions.md §4).
   * States not listed follow in text order. The entry node is always first; `autres`,
   * `interruption`, `sortie_diplome` and `sortie` always come last. Default: text order.
   */
  stateOrder?: readonly string[];
  /**
   * Small flows grouped: a formation state whose largest node (max of inflow and outflow in any
   * year) holds fewer students than this is merged into the `autres` node, in every column, and
   * the flows are re-added — so every column still sums to its students. Default `0` (no grouping).
   */
  otherBelow?: number;
  /**
   * Display rule: links with fewer students are not drawn (the MESR dashboard hides flows
   * under 100, `DEFAULT_MIN_VALUE`). Not a disclosure rule: mask with the disclosure gate before.
   * Default `1` (only empty links are dropped).
   */
  hideLinksBelow?: number;
  /** Display labels by state token; defaults give French labels to the pseudo-states. */
  labels?: Readonly<Record<string, string>>;
  /** Colours by state token (CSS hex `#rrggbb`); other states take the default palette in order. */
  colors?: Readonly<Record<string, string>>;
  /** Figure title. Default `"Parcours d'une année à l'autre"`. */
  title?: string;
  /** Height in pixels. Default `520`. */
  height?: number;
  /** plotly node arrangement. Default `"snap"` (positions set here, overlaps resolved by plotly). */
  arrangement?: "snap" | "perpendicular" | "freeform" | "fixed";
}

/**
 * The state formation states are merged into below {@link SankeyOptions.otherBelow}.
 *
 * @example
 * sankeyFigure(flows, { otherBelow: 20 }); // rare states drawn as the OTHER_STATE node "Autres"
 */
export const OTHER_STATE = "autres";
