import { escapeTerraformString } from "../render/terraform-escape";

/**
 * Text a reader is told to paste, quoted for where it goes: a shell word (`'...'`, a `'` inside closed, escaped
 * and reopened, so no value can end the word and run a command) and an HCL string (JSON quoting, and `${` /
 * `%{` escaped, so no value is a template).
 */
export function shellWord(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** HCL's escapes are not JSON's (no `\b`, `\f`): quotes, backslashes and line breaks by name, other controls as `\uNNNN`. */
export function hclString(text: string): string {
  const named: Readonly<Record<string, string>> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };
  // eslint-disable-next-line no-control-regex
  const body = escapeTerraformString(text).replace(/["\\\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => named[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `"${body}"`;
}
