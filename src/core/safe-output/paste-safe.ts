import { escapeTerraformString } from "../render/terraform-escape";

/**
 * Text a reader is told to paste, quoted for where it goes: a shell word (`'...'`, a `'` inside closed, escaped
 * and reopened, so no value can end the word and run a command) and an HCL string (JSON quoting, and `${` /
 * `%{` escaped, so no value is a template).
 */
export function shellWord(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function hclString(text: string): string {
  return JSON.stringify(escapeTerraformString(text));
}
