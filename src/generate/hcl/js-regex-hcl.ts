/**
 * Pieces for porting the library's JavaScript regular expressions to Terraform's RE2 so they
 * match the same texts: JavaScript's `\s` and `trim()` include Unicode spaces and the BOM that
 * RE2's `\s` and Terraform's trimspace do not (trimspace strips NEL, which trim() keeps), and
 * RE2's `(?i)` folds `ſ` into `s` and `K` (Kelvin) into `k`, which JavaScript's non-Unicode `/i` does not.
 */

/** The characters of JavaScript's `\s` (WhiteSpace and LineTerminator), as an RE2 class body. */
export const JS_SPACE_CHARS = "\\t\\n\\v\\f\\r \\x{00A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}";

/** JavaScript's `\s` in RE2. */
export const JS_SPACE = `[${JS_SPACE_CHARS}]`;

/** A word matched case-insensitively over ASCII letters only, as JavaScript's `/i` does. */
export const asciiCaseless = (word: string): string => word.replace(/[a-z]/gi, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);

/** HCL: the string with JavaScript's `trim()` applied. */
export const jsTrim = (expr: string): string => `replace(${expr}, ${JSON.stringify(`/^${JS_SPACE}+|${JS_SPACE}+$/`)}, "")`;

/** A regular expression as an HCL string literal (escapes `\`, `"` and the template sequences). */
export const hclRegex = (re: string): string => JSON.stringify(re).replace(/\$\{/g, "$${").replace(/%\{/g, "%%{");
