/**
 * Kubernetes resource quantities (k8s.io/apimachinery/pkg/api/resource): the same grammar,
 * rounding, capping and canonical printing as the API server, in exact BigInt arithmetic.
 */
import {
  compareDecimals,
  type Decimal,
  normalize,
  pow10,
  roundAwayFromZero,
  sign,
  toIntegerAwayFromZero,
} from "./decimal";
import { scanQuantity } from "./scan";
import { BINARY_SUFFIXES, decimalSuffixFor, interpretSuffix, MAX_DECIMAL_EXPONENT } from "./suffix";
import { suggestQuantity } from "./suggestion";

export type QuantityFormat = "BinarySI" | "DecimalSI" | "DecimalExponent";

export interface Quantity {
  /** The exact value is `mantissa × 10^exponent`, normalised so the mantissa has no trailing zeros. */
  readonly mantissa: bigint;
  readonly exponent: number;
  /** The suffix family Kubernetes prints the value in (the one it was written with). */
  readonly format: QuantityFormat;
}

export type QuantityParseResult =
  /** `overflow`: the value written is beyond ±(2^63-1) (int64, where Kubernetes stops); a binary one was capped. */
  | { ok: true; quantity: Quantity; overflow?: true }
  | { ok: false; message: string; suggestion?: string };

/** Parsing silently caps BinarySI quantities at 2^63-1 (math.MaxInt64); "8Ei" parses as this. */
export const MAX_BINARY_QUANTITY = 2n ** 63n - 1n;

/** Parsing keeps values down to 10^-9 (nano) and rounds anything finer away from zero. */
const NANO = -9;

const ONE: Decimal = { mantissa: 1n, exponent: 0 };
const MAX_BINARY: Decimal = { mantissa: MAX_BINARY_QUANTITY, exponent: 0 };

const SUFFIX_HINT = "use a number with a suffix such as Mi, Gi or Ti (binary) or M, G, T (decimal)";

type TextParse = { ok: true; quantity: Quantity; overflow?: true } | { ok: false; reason: string };

/**
 * Accepts a string or a JS number. A number is read exactly as its JSON text, which is what
 * the API server receives: 0.5 and 5368709120 are DecimalSI; numbers JS prints with an
 * exponent (>= 1e21 or < 1e-6, e.g. "1e+21") are DecimalExponent, as Kubernetes reads them.
 */
export function parseQuantity(input: string | number): QuantityParseResult {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, message: `${input} is not a Kubernetes quantity: use a finite number` };
    return parseQuantity(String(input));
  }
  // Callers from JSON/HCL can hand over anything despite the type.
  if (typeof input !== "string") {
    return { ok: false, message: `a quantity must be a string or a number, got ${describeType(input)}` };
  }
  if (input === "") {
    return { ok: false, message: `an empty string is not a Kubernetes quantity: ${SUFFIX_HINT}, e.g. "20Gi"` };
  }
  const parsed = parseText(input);
  if (parsed.ok) return parsed;
  const message = `${JSON.stringify(input)} is not a Kubernetes quantity: ${parsed.reason}`;
  const suggestion = suggestQuantity(input, (candidate) => parseText(candidate).ok);
  return suggestion === undefined ? { ok: false, message } : { ok: false, message, suggestion };
}

/** Like Go's MustParse: the quantity, or an Error carrying the parse message and any suggestion. */
export function mustParseQuantity(input: string | number): Quantity {
  const result = parseQuantity(input);
  if (result.ok) return result.quantity;
  const hint = result.suggestion === undefined ? "" : ` (did you mean "${result.suggestion}"?)`;
  throw new Error(result.message + hint);
}

/**
 * Canonical form, as Quantity.String() computes it (CanonicalizeBytes): "1024Mi" → "1Gi",
 * "0.5" → "500m". Throws Error on invalid input. The API server itself may echo some
 * non-canonical inputs verbatim; see apiServerQuantity for that.
 */
export function canonicalQuantity(input: string | number): string {
  return formatQuantity(mustParseQuantity(input));
}

/**
 * Canonical printing (CanonicalizeBytes): the largest suffix that loses no precision and
 * leaves no fractional digits. BinarySI falls back to DecimalSI when |value| < 1024 or the
 * value is not an integer; DecimalSI falls back to `e<n>` outside n..E.
 */
export function formatQuantity(q: Quantity): string {
  const value = normalize(q);
  if (value.mantissa === 0n) return "0";
  if (q.format === "BinarySI") {
    const binary = formatBinary(value);
    if (binary !== undefined) return binary;
    return formatDecimal(value, "DecimalSI");
  }
  return formatDecimal(value, q.format);
}

export function compareQuantities(a: Quantity, b: Quantity): -1 | 0 | 1 {
  return compareDecimals(a, b);
}

export function isPositive(q: Quantity): boolean {
  return q.mantissa > 0n;
}

export function isZero(q: Quantity): boolean {
  return q.mantissa === 0n;
}

/** Value in base units rounded to an integer away from zero, like Quantity.Value() (without its int64 overflow). */
export function quantityValue(q: Quantity): bigint {
  return toIntegerAwayFromZero(q);
}

/** An exact quantity from its parts, like Go's NewDecimalQuantity: no rounding or capping. */
export function createQuantity(mantissa: bigint, exponent: number, format: QuantityFormat): Quantity {
  if (!Number.isSafeInteger(exponent)) throw new RangeError(`quantity exponent must be an integer, got ${exponent}`);
  const value = normalize({ mantissa, exponent });
  return Object.freeze({ mantissa: value.mantissa, exponent: value.exponent, format });
}

function parseText(text: string): TextParse {
  if (/\s/.test(text)) return { ok: false, reason: 'spaces are not allowed, write the number and its suffix together as in "20Gi"' };
  if (text.includes(",")) return { ok: false, reason: 'use "." as the decimal separator and no thousands separators' };
  const scanned = scanQuantity(text);
  if (scanned === undefined) return { ok: false, reason: 'it must start with a number, e.g. "20Gi" or "500m"' };
  const suffix = interpretSuffix(scanned.suffix);
  if (!suffix.ok) {
    return {
      ok: false,
      reason:
        suffix.reason === "exponent-out-of-range"
          ? `the exponent must be between -${MAX_DECIMAL_EXPONENT} and ${MAX_DECIMAL_EXPONENT}`
          : SUFFIX_HINT,
    };
  }

  const { base, exponent, format } = suffix.meaning;
  const fraction = scanned.fractionDigits ?? "";
  const digits = BigInt(scanned.integerDigits + fraction);
  const signed = scanned.negative ? -digits : digits;
  // Fold the suffix into the value, as ParseQuantity does before rounding.
  const raw: Decimal =
    base === 10
      ? { mantissa: signed, exponent: exponent - fraction.length }
      : { mantissa: signed << BigInt(exponent), exponent: 0 - fraction.length };
  let value = roundAwayFromZero(normalize(raw), NANO);

  let finalFormat: QuantityFormat = format;
  const overflow = compareDecimals({ mantissa: abs(value.mantissa), exponent: value.exponent }, MAX_BINARY) > 0;
  if (format === "BinarySI") {
    const magnitude: Decimal = { mantissa: abs(value.mantissa), exponent: value.exponent };
    if (overflow) {
      value = normalize({ mantissa: BigInt(sign(value)) * MAX_BINARY_QUANTITY, exponent: 0 });
    }
    // ParseQuantity switches a binary value strictly between -1 and 1 to DecimalSI.
    if (value.mantissa !== 0n && compareDecimals(magnitude, ONE) < 0) finalFormat = "DecimalSI";
  }
  const quantity = createQuantity(value.mantissa, value.exponent, finalFormat);
  return overflow ? { ok: true, quantity, overflow } : { ok: true, quantity };
}

/** Base-1024 form, or undefined when Kubernetes would print the value in DecimalSI instead. */
function formatBinary(value: Decimal): string | undefined {
  if (value.exponent < 0) return undefined; // fractional: printing in binary would round
  const integer = value.mantissa * pow10(value.exponent);
  if (integer > -1024n && integer < 1024n) return undefined;
  let magnitude = abs(integer);
  let power = 0;
  while (magnitude % 1024n === 0n) {
    magnitude /= 1024n;
    power++;
  }
  // Past Ei there is no binary suffix; upstream prints such values in decimal.
  if (power >= BINARY_SUFFIXES.length) return undefined;
  return `${integer < 0n ? "-" : ""}${magnitude}${BINARY_SUFFIXES[power]}`;
}

/** Base-10 form with the exponent lowered to a multiple of three (AsCanonicalBytes). */
function formatDecimal(value: Decimal, format: "DecimalSI" | "DecimalExponent"): string {
  const shift = ((value.exponent % 3) + 3) % 3;
  const mantissa = value.mantissa * pow10(shift);
  const exponent = value.exponent - shift;
  if (format === "DecimalSI") {
    const suffix = decimalSuffixFor(exponent);
    if (suffix !== undefined) return `${mantissa}${suffix}`;
  }
  return exponent === 0 ? `${mantissa}` : `${mantissa}e${exponent}`;
}

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

function describeType(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}
