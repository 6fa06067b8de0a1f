/**
 * Why a JS number cannot be taken as the quantity the user wrote, or undefined. JSON and YAML
 * readers (JSON.parse, the yaml package) turn an integer above 2^53 into the nearest double, so
 * `9007199254740993` arrives as ...992: such a number is refused rather than silently changed.
 */
export function inexactNumber(value: unknown): string | undefined {
  if (typeof value !== "number" || !Number.isFinite(value) || Number.isSafeInteger(value) || Math.abs(value) < 2 ** 53) return undefined;
  return `${String(value)} is above 2^53, where a JSON or YAML number loses digits when read (it may not be the number written): write it as a string with a unit, e.g. "8Pi"`;
}
