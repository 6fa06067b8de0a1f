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
      // defineProperty: a "__proto__" key stays a key (and validation reports it as unknown).
      if (member !== undefined) Object.defineProperty(out, key, { value: toPlainValue(member), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}
