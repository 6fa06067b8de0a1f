/**
 * The inverse of core/render/terraform-escape: Terraform reads `$${` as a literal `${` and
 * `%%{` as `%{`. Synthesised JSON holds the escaped form, a state or plan the real value; both
 * sides of a diff are compared as the platform will receive them.
 * A replacer function on purpose: in a replacement string `$$` means a single `$`.
 */
export function unescapeTerraformString(text: string): string {
  return text.replace(/([$%])\1\{/g, (_match, sigil: string) => `${sigil}{`);
}

export function unescapeTerraformTemplates(value: unknown): unknown {
  if (typeof value === "string") return unescapeTerraformString(value);
  if (Array.isArray(value)) return value.map(unescapeTerraformTemplates);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    // Keys too: core/render/terraform-escape escapes them (Terraform reads object keys as templates).
    for (const [key, member] of Object.entries(value)) out[unescapeTerraformString(key)] = unescapeTerraformTemplates(member);
    return out;
  }
  return value;
}
