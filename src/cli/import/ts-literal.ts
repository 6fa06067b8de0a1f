/**
 * Plain data as TypeScript source: identifiers unquoted, short lists of scalars on one line,
 * multi-line strings (cloud-init) as template literals so they read like the YAML did.
 * `sizeAt(path)` says where a quantity may be written `Size.gibibytes(20)`.
 */
export interface LiteralOptions {
  /** True for the paths (`storage`, `resources.memory`) whose quantities are sizes. */
  readonly isSize?: (path: string) => boolean;
}

export function tsLiteral(value: unknown, indent: string, options: LiteralOptions = {}, path = ""): string {
  if (typeof value === "string") return options.isSize?.(path) ? (sizeCall(value) ?? stringLiteral(value)) : stringLiteral(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items = value.map((item, i) => tsLiteral(item, `${indent}  `, options, `${path}[${i}]`));
    const inline = `[${items.join(", ")}]`;
    if (value.every((v) => typeof v !== "object" || v === null) && inline.length <= 80 && !inline.includes("\n")) return inline;
    return `[\n${items.map((i) => `${indent}  ${i},`).join("\n")}\n${indent}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    const lines = entries.map(([k, v]) => `${indent}  ${propertyKey(k)}: ${tsLiteral(v, `${indent}  `, options, path ? `${path}.${k}` : k)},`);
    return `{\n${lines.join("\n")}\n${indent}}`;
  }
  return "undefined";
}

export function propertyKey(key: string): string {
  // `__proto__: v` (quoted or not) sets the object's prototype; only a computed key makes it a property.
  if (key === "__proto__") return '["__proto__"]';
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
}

/** A lone UTF-16 surrogate: written raw to a UTF-8 file it would become U+FFFD; JSON.stringify escapes it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function stringLiteral(text: string): string {
  if (!text.includes("\n") || /[\u0000-\u0009\u000b-\u001f\u007f\u2028\u2029]/.test(text) || LONE_SURROGATE.test(text)) return JSON.stringify(text);
  return "`" + text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${") + "`";
}

/**
 * Text for a `//` comment that cannot end it: line terminators (LF, CR, U+2028, U+2029) and other control
 * characters are written as escapes, as in a JSON string; the rest is kept for people to read.
 */
export function commentText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const SIZE_UNITS: Readonly<Record<string, string>> = { Mi: "mebibytes", Gi: "gibibytes", Ti: "tebibytes" };

/** `"20Gi"` -> `Size.gibibytes(20)`: only whole numbers of a binary unit, which render back to the same quantity. */
function sizeCall(quantity: string): string | undefined {
  const match = /^([1-9][0-9]{0,6})(Mi|Gi|Ti)$/.exec(quantity);
  return match ? `Size.${SIZE_UNITS[match[2]]}(${match[1]})` : undefined;
}
