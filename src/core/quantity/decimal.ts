/**
 * Exact decimal numbers: a BigInt mantissa scaled by a power of ten. This is all the
 * arithmetic Kubernetes quantities need, with no floating point anywhere.
 */
export interface Decimal {
  /** The value is `mantissa × 10^exponent`. */
  readonly mantissa: bigint;
  readonly exponent: number;
}

export const ZERO: Decimal = Object.freeze({ mantissa: 0n, exponent: 0 });

const powerCache: bigint[] = [1n];

/** 10^n for n >= 0. */
export function pow10(n: number): bigint {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`pow10 needs a non-negative integer, got ${n}`);
  if (n < 64) {
    while (powerCache.length <= n) powerCache.push(powerCache[powerCache.length - 1] * 10n);
    return powerCache[n];
  }
  return 10n ** BigInt(n);
}

/** Moves trailing zeros of the mantissa into the exponent, so equal values have one representation. */
export function normalize(d: Decimal): Decimal {
  if (d.mantissa === 0n) return ZERO;
  let { mantissa, exponent } = d;
  while (mantissa % 10n === 0n) {
    mantissa /= 10n;
    exponent++;
  }
  // `+ 0` folds -0 (from e.g. `-fraction.length`) into 0 so equal values are deep-equal.
  return { mantissa, exponent: exponent + 0 };
}

export function sign(d: Decimal): -1 | 0 | 1 {
  return d.mantissa > 0n ? 1 : d.mantissa < 0n ? -1 : 0;
}

export function compareDecimals(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const sa = sign(a);
  const sb = sign(b);
  if (sa !== sb || sa === 0) return sa < sb ? -1 : sa > sb ? 1 : 0;
  // Align both on the smaller exponent so the comparison is between integers.
  const shared = Math.min(a.exponent, b.exponent);
  const x = a.mantissa * pow10(a.exponent - shared);
  const y = b.mantissa * pow10(b.exponent - shared);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Rounds to a multiple of 10^minExponent, away from zero (inf.RoundUp in Go), which is
 * how Kubernetes rounds: a request for "some" resource never rounds down to none.
 */
export function roundAwayFromZero(d: Decimal, minExponent: number): Decimal {
  if (d.exponent >= minExponent) return d;
  const divisor = pow10(minExponent - d.exponent);
  const negative = d.mantissa < 0n;
  const magnitude = negative ? -d.mantissa : d.mantissa;
  let quotient = magnitude / divisor;
  if (magnitude % divisor !== 0n) quotient += 1n;
  return normalize({ mantissa: negative ? -quotient : quotient, exponent: minExponent });
}

/** True when the value has no fractional part. */
export function isInteger(d: Decimal): boolean {
  return normalize(d).exponent >= 0;
}

/** The integer value, rounded away from zero when there is a fractional part. */
export function toIntegerAwayFromZero(d: Decimal): bigint {
  const rounded = roundAwayFromZero(d, 0);
  return rounded.mantissa * pow10(rounded.exponent);
}

/** Exact integer value; throws when there is a fractional part. */
export function toExactInteger(d: Decimal): bigint {
  const n = normalize(d);
  if (n.exponent < 0) throw new RangeError("value is not an integer");
  return n.mantissa * pow10(n.exponent);
}

export function fromInteger(n: bigint): Decimal {
  return normalize({ mantissa: n, exponent: 0 });
}

/**
 * The decimal a JS number denotes as written: 0.1 is exactly 1/10 here, not the nearest
 * binary double. Uses the shortest round-trip text (Number#toString), the same digits
 * JSON.stringify sends.
 */
export function decimalFromNumber(n: number): Decimal {
  if (!Number.isFinite(n)) throw new RangeError(`${n} is not a finite number`);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (match === null) throw new RangeError(`cannot read ${n} as a decimal`);
  const [, minus, whole, fraction = "", exp = "0"] = match;
  const mantissa = BigInt(whole + fraction);
  return normalize({ mantissa: minus === "-" ? -mantissa : mantissa, exponent: Number(exp) - fraction.length });
}

/** A readable plain-decimal rendering, e.g. for error messages ("107374182.4"). */
export function toPlainString(d: Decimal): string {
  const n = normalize(d);
  const negative = n.mantissa < 0n;
  const digits = (negative ? -n.mantissa : n.mantissa).toString();
  let text: string;
  if (n.exponent >= 0) {
    text = digits + "0".repeat(n.exponent);
  } else {
    const point = digits.length + n.exponent;
    text = point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}` : `0.${"0".repeat(-point)}${digits}`;
  }
  return negative ? `-${text}` : text;
}

/** Nearest double to the exact quotient d / divisor (divisor > 0). */
export function divideToNumber(d: Decimal, divisor: bigint): number {
  const n = normalize(d);
  const numerator = n.exponent >= 0 ? n.mantissa * pow10(n.exponent) : n.mantissa;
  const denominator = n.exponent >= 0 ? divisor : divisor * pow10(-n.exponent);
  // Split into integer and fractional parts so large values keep their integer precision.
  const whole = numerator / denominator;
  const rest = numerator % denominator;
  // 53 bits of the fraction are all a double can hold; scaling first avoids Infinity/Infinity.
  const fraction = Number((rest << 53n) / denominator) / 2 ** 53;
  return Number(whole) + fraction;
}
