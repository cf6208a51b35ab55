// Public API of oraccle-opendata, grouped by stage of the pipeline:
// read → validate → principal enrolment → states → transitions → indicators/sequences → disclosure → publish.

export type { InputLocation } from "./core/errors.js";
// Errors and exit codes
export { ExitCode, InputError, OraccleError } from "./core/errors.js";
// Sequence analysis
export type {
  LongStateRecord,
  MissingTreatment,
  RawState,
  SequenceSet,
  SequenceSetOptions,
} from "./sequences/sequence-set.js";
export {
  defineSequences,
  defineSequencesFromLong,
  MISSING_SYMBOL,
  VOID_SYMBOL,
} from "./sequences/sequence-set.js";
export { defaultStateColors, MISSING_STATE_COLOR } from "./sequences/state-colors.js";
// SISE data model
export { isValidUai, uaiCheckLetter } from "./sise/uai.js";
export type { Figure, FragmentOptions, HtmlPageOptions } from "./viz/figure.js";
// Figures (plotly, offline)
export {
  escapeHtml,
  figureToHtmlFragment,
  plotlyScript,
  renderHtmlPage,
  showFigure,
  writeFigureHtml,
} from "./viz/figure.js";
