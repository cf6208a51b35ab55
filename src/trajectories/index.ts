// Trajectories: principal enrolment, yearly states, MESR transitions, flows, Oraccle traces and cohorts.
export { OPTIONAL_TEXT_COLUMNS } from "./columns.js";
export * from "./combine-sources.js";
export * from "./flows.js";
export * from "./principal-enrolments.js";
export * from "./pseudo-states.js";
export type { Devenir, TransitionCategory, TransitionRule } from "./rules/index.js";
export { DEVENIR_RULES, TRANSITION_RULES, TransitionRuleError } from "./rules/index.js";
export type { Situation } from "./situations.js";
export { SITUATIONS } from "./situations.js";
export * from "./trace-cohorts.js";
export * from "./traces.js";
export * from "./transitions.js";
export * from "./yearly-states.js";
