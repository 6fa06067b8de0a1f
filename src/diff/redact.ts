import { createHash } from "crypto";
import { KNOWN_AFTER_APPLY, type FieldChange } from "./model";
import { SENSITIVE, SENSITIVE_CHANGED } from "./plan/sensitive-values";

/** What stands for a value that is not shown anyway. */
const MARKERS: ReadonlySet<string> = new Set([KNOWN_AFTER_APPLY, SENSITIVE, SENSITIVE_CHANGED]);

/**
 * cloud-init may hold passwords and tokens, and diffs end up in pull-request comments and CI
 * logs: its text is never shown, only its size and a digest that tells versions apart. This
 * holds when the field itself changed and when a change covers it (the whole `spec`, or the
 * whole manifest, when one side is unknown or not an object).
 */
const REDACTED_PATHS: readonly string[] = ["spec.cloudInit"];

export function redactField(field: FieldChange): FieldChange {
  let out = field;
  for (const redacted of REDACTED_PATHS) {
    if (out.path === redacted || out.path.startsWith(`${redacted}.`) || out.path.startsWith(`${redacted}[`)) {
      out = { path: out.path, ...(out.before !== undefined && { before: redactText(out.before) }), ...(out.after !== undefined && { after: redactText(out.after) }) };
    } else if (out.path === "" || redacted.startsWith(`${out.path}.`)) {
      const rest = (out.path === "" ? redacted : redacted.slice(out.path.length + 1)).split(".");
      out = { path: out.path, ...(out.before !== undefined && { before: redactInside(out.before, rest) }), ...(out.after !== undefined && { after: redactInside(out.after, rest) }) };
    }
  }
  return out;
}

/**
 * A copy of `value` with the string at `path` (keys) replaced by its redacted form. A side that is text (a
 * kubectl body that did not parse, a spec given as a string) or a list may hold the cloud-init itself: it is
 * redacted whole.
 */
function redactInside(value: unknown, path: readonly string[]): unknown {
  if (typeof value === "string" && MARKERS.has(value)) return value;
  if (typeof value === "string" || Array.isArray(value)) return redactText(value);
  if (value === null || typeof value !== "object") return value;
  const [key, ...rest] = path;
  const object = value as Record<string, unknown>;
  if (!(key in object)) return value;
  const copy: Record<string, unknown> = {};
  for (const k of Object.keys(object)) Object.defineProperty(copy, k, { value: object[k], enumerable: true, writable: true, configurable: true });
  copy[key] = rest.length === 0 ? redactText(object[key]) : redactInside(object[key], rest);
  return copy;
}

function redactText(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  const lines = text === "" ? 0 : text.split("\n").length;
  return `<cloud-init: ${lines} line${lines === 1 ? "" : "s"}, sha256 ${createHash("sha256").update(text).digest("hex").slice(0, 12)}>`;
}
