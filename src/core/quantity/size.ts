/**
 * A disk or memory size, like cdk8s-plus `Size`: built from binary units or parsed from any
 * Kubernetes quantity, printed in canonical Kubernetes form, compared by value.
 */
import { decimalFromNumber, divideToNumber, isInteger, toExactInteger, toPlainString } from "./decimal";
import {
  compareQuantities,
  createQuantity,
  formatQuantity,
  MAX_BINARY_QUANTITY,
  parseQuantity,
  type Quantity,
  quantityValue,
} from "./quantity";

import { HikubeError } from "../errors/hikube-error";
import { suggestionHint } from "../suggest/suggestion-hint";
import { inexactNumber } from "./inexact-number";
import { sizeProblem } from "./size-problem";

// A registered symbol, so isSize works across duplicate copies of this package.
const SIZE_BRAND = Symbol.for("hikube-vm.quantity.Size");

const GIBIBYTE = 1n << 30n;

export class Size {
  static kibibytes(n: number): Size {
    return Size.ofBinaryUnit(n, 10, "kibibytes");
  }

  static mebibytes(n: number): Size {
    return Size.ofBinaryUnit(n, 20, "mebibytes");
  }

  static gibibytes(n: number): Size {
    return Size.ofBinaryUnit(n, 30, "gibibytes");
  }

  static tebibytes(n: number): Size {
    return Size.ofBinaryUnit(n, 40, "tebibytes");
  }

  static pebibytes(n: number): Size {
    return Size.ofBinaryUnit(n, 50, "pebibytes");
  }

  /**
   * Parse any Kubernetes quantity ("50Gi", "1500M", 5368709120). Throws Error with the parse
   * message (and suggestion) on invalid input, and on negative values, which are valid
   * quantities but not sizes, on values above 2^63-1 bytes (which Kubernetes would silently cap)
   * and on fractions of a byte (`1m`, `0.5`).
   */
  static parse(quantity: string | number): Size {
    const inexact = inexactNumber(quantity);
    if (inexact !== undefined) throw new HikubeError(`${String(quantity)} is not a valid size: ${inexact}`);
    const parsed = parseQuantity(quantity);
    if (!parsed.ok) throw new HikubeError(parsed.message + suggestionHint(parsed.message, parsed.suggestion));
    const problem = sizeProblem(parsed);
    if (problem !== undefined) throw new HikubeError(`${JSON.stringify(quantity) ?? String(quantity)} is not a valid size: ${problem}`);
    return new Size(parsed.quantity);
  }

  static isSize(x: unknown): x is Size {
    return typeof x === "object" && x !== null && Reflect.get(x, SIZE_BRAND) === true;
  }

  private static ofBinaryUnit(amount: number, power: number, unit: string): Size {
    const call = `Size.${unit}(${String(amount)})`;
    if (typeof amount !== "number" || Number.isNaN(amount)) throw new HikubeError(`${call}: the amount is not a number`, { construct: call, field: "amount" });
    if (!Number.isFinite(amount)) throw new HikubeError(`${call}: the amount must be finite`, { construct: call, field: "amount" });
    if (amount < 0) throw new HikubeError(`${call}: a size cannot be negative`, { construct: call, field: "amount" });
    // The decimal the caller wrote (1.1 is 11/10, not the nearest double), times 2^power.
    const decimal = decimalFromNumber(amount);
    const bytes = { mantissa: decimal.mantissa << BigInt(power), exponent: decimal.exponent };
    if (!isInteger(bytes)) {
      throw new HikubeError(`${call} is ${toPlainString(bytes)} bytes: a size must be a whole number of bytes`, { construct: call, field: "amount" });
    }
    const exact = toExactInteger(bytes);
    if (exact > MAX_BINARY_QUANTITY) {
      throw new HikubeError(`${call} is too large: Kubernetes quantities stop at ${MAX_BINARY_QUANTITY} bytes (just under 8Ei)`, { construct: call, field: "amount" });
    }
    return new Size(createQuantity(exact, 0, "BinarySI"));
  }

  private constructor(private readonly value: Quantity) {
    Object.defineProperty(this, SIZE_BRAND, { value: true });
    Object.freeze(this);
  }

  /** The underlying exact quantity. */
  get quantity(): Quantity {
    return this.value;
  }

  /** The canonical Kubernetes quantity: gibibytes(50) → "50Gi", mebibytes(1024) → "1Gi". */
  toString(): string {
    return formatQuantity(this.value);
  }

  toQuantity(): string {
    return this.toString();
  }

  /** Serialises as the quantity string, so a Size can sit directly in a manifest object. */
  toJSON(): string {
    return this.toString();
  }

  /** Whole bytes, a fractional byte rounded up (Quantity.Value()). */
  toBytes(): bigint {
    return quantityValue(this.value);
  }

  /** GiB as a JS number; fractional when the size is not a whole number of GiB. */
  toGibibytes(): number {
    return divideToNumber(this.value, GIBIBYTE);
  }

  isAtLeast(other: Size): boolean {
    return compareQuantities(this.value, other.value) >= 0;
  }

  /** Equal in value: Size.parse("1024Mi") equals Size.gibibytes(1), and so does "1073741824". */
  equals(other: Size): boolean {
    return compareQuantities(this.value, other.value) === 0;
  }
}
