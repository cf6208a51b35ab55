// Consultation service: a read-only HTTP API and French pages over a published release.
export type { ApiResult, ApiRoute } from "./api/api-route.js";
export { checkReleaseFolder } from "./check-release-folder.js";
export type { CountInterval } from "./count-interval.js";
export { CountAccumulator, frenchCount, sumCohortCounts } from "./count-interval.js";
export type { ServerOptions } from "./create-server.js";
export { apiRoutes, createServer } from "./create-server.js";
export { openRelease } from "./open-release.js";
export type { Release, ReleaseFrames } from "./release.js";
export type { ReleaseIndex } from "./release-index.js";
export { indexRelease } from "./release-index.js";
export type { ServeOptions } from "./serve.js";
export { serve } from "./serve.js";
