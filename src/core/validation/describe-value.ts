import { show, typeOfValue } from "./paths";

/**
 * What a value is, for "expected X, got Y" messages: `null`, `a list`, `an object`, or the type
 * and the (cut) value of a scalar, `a string "true"`. Non-scalars are named once, never as
 * "a list a list" or "null null".
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null || typeof value === "object") return typeOfValue(value);
  if (typeof value === "function" || typeof value === "symbol") return `a ${typeof value}`;
  return `${typeOfValue(value)} ${show(value)}`;
}

/** A value as text for a message: a string as it is, anything else described (never a TypeError for an object without toString). */
export function textOf(value: unknown): string {
  return typeof value === "string" ? value : describeValue(value);
}
