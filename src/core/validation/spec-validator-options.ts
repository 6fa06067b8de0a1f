import type { Options } from "ajv";

/**
 * How the spec validators are compiled (by `npm run generate`, into generated/spec-validators.ts).
 * verbose: errors carry the offending value, which findings quote.
 */
export const SPEC_VALIDATOR_OPTIONS: Options = { allErrors: true, allowUnionTypes: true, verbose: true, strict: true };
