// Trajectories: principal enrolment, yearly states, MESR transitions, flows, Oraccle traces and cohorts.
export { OPTIONAL_TEXT_COLUMNS } from "./columns.js";
export type { CombinedSources } from "./combine-sources.js";
export { combineSources } from "./combine-sources.js";
export { flows } from "./flows.js";
export type {
  PrincipalEnrolmentOptions,
  PrincipalEnrolmentResult,
  PrincipalRule,
} from "./principal-enrolments.js";
export { PRINCIPAL_RULES, principalEnrolments } from "./principal-enrolments.js";
export type { PresenceStatus, PseudoState } from "./pseudo-states.js";
export { PSEUDO_STATES } from "./pseudo-states.js";
export type { Devenir, TransitionCategory, TransitionRule } from "./rules/index.js";
export { DEVENIR_RULES, TRANSITION_RULES, TransitionRuleError } from "./rules/index.js";
export type { Situation } from "./situations.js";
export { SITUATIONS } from "./situations.js";
export type { TraceCohortResult } from "./trace-cohorts.js";
export { studentAttributes, traceCohorts } from "./trace-cohorts.js";
export type { TraceOptions } from "./traces.js";
export { traces, withTraceElement } from "./traces.js";
export type { TransitionOptions } from "./transitions.js";
export { transitions } from "./transitions.js";
export type { StateGranularity, StateOptions } from "./yearly-states.js";
export { yearlyStates } from "./yearly-states.js";
