import { asObject } from "../load/manifest-attribute";
import type { JsonObject } from "../model";

/** Shown in place of a value the plan marks sensitive (`before_sensitive` / `after_sensitive`). */
export const SENSITIVE = "(sensitive)";
/** The after side of a sensitive value that changed: the change stays visible, the values do not. */
export const SENSITIVE_CHANGED = "(sensitive, changed)";

/**
 * Both sides of a planned change with what the plan marks sensitive replaced, as `terraform plan` shows
 * "(sensitive value)". A value that differs between the sides stays a change. kubectl_manifest's provider marks its
 * whole `yaml_body` sensitive by schema (the manifest would be nothing but a mark); its field-level secrets are
 * its `sensitive_fields`, which are masked in the manifest read from the body (maskManifestFields).
 */
export function maskSensitive(type: string, before: unknown, after: unknown, beforeMarks: unknown, afterMarks: unknown): { before: unknown; after: unknown } {
  const b = asObject(before);
  const a = asObject(after);
  const skip = type === "kubectl_manifest" ? new Set(["yaml_body", "yaml_body_parsed", "yaml_incluster", "live_manifest_incluster"]) : new Set<string>();
  const marks = (m: unknown) => {
    const object = asObject(m);
    if (!object) return m === true ? true : undefined;
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(object)) if (!skip.has(k)) out[k] = v;
    return out;
  };
  return { before: b ? mask(b, a, marks(beforeMarks), marks(afterMarks), "before") : before, after: a ? mask(a, b, marks(afterMarks), marks(beforeMarks), "after") : after };
}

function mask(value: unknown, other: unknown, own: unknown, theirs: unknown, side: "before" | "after"): unknown {
  if (own === true || theirs === true) return side === "after" && !sameJson(value, other) ? SENSITIVE_CHANGED : SENSITIVE;
  if (Array.isArray(value)) {
    const o = Array.isArray(own) ? own : [];
    const t = Array.isArray(theirs) ? theirs : [];
    const otherList = Array.isArray(other) ? other : [];
    if (o.length === 0 && t.length === 0) return value;
    return value.map((item, i) => mask(item, otherList[i], o[i], t[i], side));
  }
  const object = asObject(value);
  const ownMarks = asObject(own);
  const theirMarks = asObject(theirs);
  if (!object || (!ownMarks && !theirMarks)) return value;
  const otherObject = asObject(other) ?? {};
  const out: JsonObject = {};
  for (const key of Object.keys(object)) {
    const masked = mask(object[key], otherObject[key], ownMarks?.[key], theirMarks?.[key], side);
    Object.defineProperty(out, key, { value: masked, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** kubectl_manifest: the manifest's `sensitive_fields` (dotted paths such as `spec.cloudInit`) masked on both sides. */
export function maskManifestFields(before: JsonObject | undefined, after: JsonObject | undefined, fields: readonly string[]): { before?: JsonObject; after?: JsonObject } {
  let b = before;
  let a = after;
  for (const field of fields) {
    const path = field.split(".");
    const old = valueAt(b, path);
    const now = valueAt(a, path);
    if (b && old !== undefined) b = setAt(b, path, SENSITIVE);
    if (a && now !== undefined) a = setAt(a, path, b && !sameJson(old, now) ? SENSITIVE_CHANGED : SENSITIVE);
  }
  return { ...(b && { before: b }), ...(a && { after: a }) };
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let at: unknown = value;
  for (const key of path) at = asObject(at)?.[key];
  return at;
}

function setAt(object: JsonObject, path: readonly string[], value: unknown): JsonObject {
  const [key, ...rest] = path;
  const copy: JsonObject = {};
  for (const k of Object.keys(object)) Object.defineProperty(copy, k, { value: object[k], enumerable: true, writable: true, configurable: true });
  copy[key] = rest.length === 0 ? value : setAt(asObject(object[key]) ?? {}, rest, value);
  return copy;
}
