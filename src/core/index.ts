// Errors and exit codes shared by every module and the CLI.

export type { CsvEncoding } from "./decode-csv-text.js";
export type { InputLocation } from "./errors.js";
export { ExitCode, InputError, OraccleError } from "./errors.js";
export type { ReleaseMemoryOptions } from "./release-memory.js";
export { releaseMemory } from "./release-memory.js";
export type { RequireColumnsOptions } from "./require-columns.js";
export { requireColumns } from "./require-columns.js";
export { zForConfidence } from "./z-for-confidence.js";
