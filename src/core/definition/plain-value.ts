import { Size } from "../quantity";

/**
 * Turns construct props into plain JSON-like data: `Size` objects become quantity strings and
 * `undefined` members disappear, so validation and rendering see what a YAML file would hold.
 */
export function toPlainValue(value: unknown): unknown {
  if (Size.isSize(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) out[key] = toPlainValue(member);
    }
    return out;
  }
  return value;
}
