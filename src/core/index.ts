// Errors and exit codes shared by every module and the CLI.

export type { CsvEncoding } from "./decode-csv-text.js";
export type { ErrorKind, InputLocation } from "./errors.js";
export { EXIT_CODE_OF_KIND, ExitCode, InputError, OraccleError, ParameterError } from "./errors.js";
export type { Language } from "./i18n/language.js";
export { currentLanguage, LANGUAGE_VARIABLE, setLanguage } from "./i18n/language.js";
export * from "./release-memory.js";
export * from "./require-columns.js";
export * from "./z-for-confidence.js";
