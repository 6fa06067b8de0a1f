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
      // defineProperty: a key `__proto__` (JSON.parse or a computed key gives one) stays a key, to be refused by
      // validation, instead of becoming the prototype and vanishing silently.
      if (member !== undefined) Object.defineProperty(out, key, { value: toPlainValue(member), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}
