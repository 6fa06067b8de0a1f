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
 * Escapes every string (values, not keys: keys are schema names and labels) in a JSON value.
 * `escapeString` lets the cdktf layer leave its token markers intact. What needs no escaping is returned as it
 * is, not copied: most manifests have nothing to escape, and a fleet keeps every one of them until it is written.
 */
export function escapeTerraformTemplates<T>(value: T, escapeString: (text: string) => string = escapeTerraformString): T {
  if (typeof value === "string") return escapeString(value) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const escaped = escapeTerraformTemplates(value[i], escapeString);
      if (escaped !== value[i]) (out ??= value.slice())[i] = escaped;
    }
    return (out ?? value) as T;
  }
  if (value !== null && typeof value === "object") {
    let out: Record<string, unknown> | undefined;
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const escaped = escapeTerraformTemplates(record[key], escapeString);
      if (escaped !== record[key]) (out ??= { ...record })[key] = escaped;
    }
    return (out ?? value) as T;
  }
  return value;
}
