// Consultation service: a read-only HTTP API and French pages over a published release.
export * from "./check-release-folder.js";
export type { CountInterval } from "./count-interval.js";
export { frenchCount, sumCohortCounts } from "./count-interval.js";
export type { ServerOptions } from "./create-server.js";
export { createServer } from "./create-server.js";
export * from "./open-release.js";
export * from "./release.js";
export * from "./serve.js";
