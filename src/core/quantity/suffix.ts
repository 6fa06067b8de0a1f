/**
 * Quantity suffixes, as in apimachinery's suffix.go: what a suffix means when parsing and
 * which suffix a canonical exponent gets when printing.
 */
import type { QuantityFormat } from "./quantity";

export interface SuffixMeaning {
  /** 2 for Ki..Ei (value × 2^exponent), 10 for everything else (value × 10^exponent). */
  readonly base: 2 | 10;
  readonly exponent: number;
  readonly format: QuantityFormat;
}

const DECIMAL_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ["n", -9],
  ["u", -6],
  ["m", -3],
  ["", 0],
  ["k", 3],
  ["M", 6],
  ["G", 9],
  ["T", 12],
  ["P", 15],
  ["E", 18],
]);

/** Index i is the suffix for 1024^i; 1024^0 has none. */
export const BINARY_SUFFIXES: readonly string[] = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"];

const SUFFIX_BY_DECIMAL_EXPONENT: ReadonlyMap<number, string> = new Map(
  [...DECIMAL_SUFFIXES].map(([suffix, exponent]) => [exponent, suffix]),
);

/**
 * Largest |n| accepted in an `e<n>` suffix. Go takes anything in int32 range, but 10^(2^31)
 * cannot be held exactly and no real quantity comes near this bound.
 */
export const MAX_DECIMAL_EXPONENT = 1000;

const EXPONENT_SUFFIX = /^[eE]([+-]?\d+)$/;

export type SuffixInterpretation =
  | { readonly ok: true; readonly meaning: SuffixMeaning }
  | { readonly ok: false; readonly reason: "unknown" | "exponent-out-of-range" };

/** Same lookup order as Go: decimal table ("E" is exa), then binary, then an `e<n>` exponent. */
export function interpretSuffix(suffix: string): SuffixInterpretation {
  const decimal = DECIMAL_SUFFIXES.get(suffix);
  if (decimal !== undefined) return { ok: true, meaning: { base: 10, exponent: decimal, format: "DecimalSI" } };
  const binary = BINARY_SUFFIXES.indexOf(suffix);
  if (binary > 0) return { ok: true, meaning: { base: 2, exponent: binary * 10, format: "BinarySI" } };
  const match = EXPONENT_SUFFIX.exec(suffix);
  if (match === null) return { ok: false, reason: "unknown" };
  const exponent = Number(match[1]);
  if (Math.abs(exponent) > MAX_DECIMAL_EXPONENT) return { ok: false, reason: "exponent-out-of-range" };
  // `+ 0` turns "e-0" into 0 rather than -0.
  return { ok: true, meaning: { base: 10, exponent: exponent + 0, format: "DecimalExponent" } };
}

/** The DecimalSI suffix for a multiple-of-three exponent, if one exists (n through E). */
export function decimalSuffixFor(exponent: number): string | undefined {
  return SUFFIX_BY_DECIMAL_EXPONENT.get(exponent);
}
