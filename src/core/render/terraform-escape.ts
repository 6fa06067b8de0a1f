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
 * What needs no escaping is returned as it is, not copied: most manifests have nothing to escape, and a fleet
 * keeps every one of them until it is written.
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
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    let out: Record<string, unknown> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const escapedKey = escapeString(key);
      const escaped = escapeTerraformTemplates(record[key], escapeString);
      if (out === undefined && (escapedKey !== key || escaped !== record[key])) {
        // The first change: copy what came before it, unchanged, in order.
        out = {};
        for (let j = 0; j < i; j++) setOwn(out, keys[j], record[keys[j]]);
      }
      if (out) setOwn(out, escapedKey, escaped);
    }
    return (out ?? value) as T;
  }
  return value;
}

/** An own property even for a key such as `__proto__`, which plain assignment would turn into a prototype. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
