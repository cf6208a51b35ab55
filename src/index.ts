// Public API of oraccle-opendata, one group per stage of the pipeline:
// read → validate → principal enrolment → states → transitions → indicators/sequences → disclosure → publish.
// Each area lists its exports in its own index.ts.

// Errors and exit codes
export * from "./core/index.js";
// SISE: data model, validating reader, synthetic generator
export * from "./sise/index.js";
// Trajectories: principal enrolment → states → transitions → flows, traces
export * from "./trajectories/index.js";
// Cohort indicators and valeur ajoutée
export * from "./indicators/index.js";
// Sequence analysis (TraMineR semantics)
export * from "./sequences/index.js";
// Disclosure control and release gate
export * from "./disclosure/index.js";
// Establishment extract and record linkage with SISE (before anonymisation)
export * from "./linkage/index.js";
// Publishing open datasets
export * from "./publish/index.js";
// Figures (plotly, offline)
export * from "./viz/index.js";
// Consultation service (HTTP API and pages over a published release)
export * from "./serve/index.js";
// Course helpers (French names, for the notebooks)
export * from "./course/index.js";
