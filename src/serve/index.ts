// Consultation service: a read-only HTTP API and French pages over a published release.
export { checkReleaseFolder } from "./check-release-folder.js";
export type { CountInterval } from "./count-interval.js";
export { frenchCount, sumCohortCounts } from "./count-interval.js";
export type { ServerOptions } from "./create-server.js";
export { createServer } from "./create-server.js";
export { openRelease } from "./open-release.js";
export type { Release, ReleaseFrames } from "./release.js";
export type { ServeOptions } from "./serve.js";
export { serve } from "./serve.js";
