/**
 * Terraform reads `${` and `%{` in any string of its JSON syntax as an interpolation or a
 * template directive; `$${` and `%%{` are the literal forms. cloud-init scripts are full of
 * `${VAR}`, so every string that goes into the configuration is escaped.
 * A replacer function is used on purpose: in a replacement string `$$` means a single `$`.
 */
export function escapeTerraformString(text: string): string {
  if (!text.includes("{")) return text; // nothing to escape in most strings
  return text.replace(/([$%])\{/g, (_match, sigil: string) => `${sigil}${sigil}{`);
}

/**
 * Escapes every string in a JSON value, object keys included: Terraform's JSON syntax reads the property names of
 * an object expression as templates too (a label key `${file("x")}` would be evaluated), and label and annotation
 * keys come from the user. `escapeString` lets the cdktf layer leave its token markers intact.
 */
export function escapeTerraformTemplates<T>(value: T, escapeString: (text: string) => string = escapeTerraformString): T {
  if (typeof value === "string") return escapeString(value) as T;
  if (Array.isArray(value)) return value.map((item) => escapeTerraformTemplates(item, escapeString)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[escapeString(key)] = escapeTerraformTemplates((value as Record<string, unknown>)[key], escapeString);
    return out as T;
  }
  return value;
}
