import {
  compareDecimals,
  decimalFromNumber,
  divideToNumber,
  isInteger,
  normalize,
  pow10,
  roundAwayFromZero,
  toExactInteger,
  toIntegerAwayFromZero,
  toPlainString,
} from "../../../src/core/quantity/decimal";

const d = (mantissa: bigint, exponent: number) => ({ mantissa, exponent });

describe("decimal helpers", () => {
  it("computes powers of ten", () => {
    expect(pow10(0)).toBe(1n);
    expect(pow10(18)).toBe(1000000000000000000n);
    expect(pow10(100)).toBe(10n ** 100n);
    expect(() => pow10(-1)).toThrow(RangeError);
    expect(() => pow10(1.5)).toThrow(RangeError);
  });

  it("normalises trailing zeros into the exponent", () => {
    expect(normalize(d(1500n, -3))).toEqual(d(15n, -1));
    expect(normalize(d(-1000n, 0))).toEqual(d(-1n, 3));
    expect(normalize(d(0n, 7))).toEqual(d(0n, 0));
  });

  it("compares across exponents and signs", () => {
    expect(compareDecimals(d(1n, 3), d(1000n, 0))).toBe(0);
    expect(compareDecimals(d(999n, 0), d(1n, 3))).toBe(-1);
    expect(compareDecimals(d(-1n, 0), d(1n, -9))).toBe(-1);
    expect(compareDecimals(d(-1n, 3), d(-999n, 0))).toBe(-1);
    expect(compareDecimals(d(0n, 0), d(0n, 5))).toBe(0);
  });

  it("rounds away from zero", () => {
    expect(roundAwayFromZero(d(3001n, -12), -9)).toEqual(d(4n, -9));
    expect(roundAwayFromZero(d(-3001n, -12), -9)).toEqual(d(-4n, -9));
    expect(roundAwayFromZero(d(3000n, -12), -9)).toEqual(d(3n, -9));
    expect(roundAwayFromZero(d(1n, -1000), -9)).toEqual(d(1n, -9));
    expect(roundAwayFromZero(d(15n, -1), -9)).toEqual(d(15n, -1));
    expect(toIntegerAwayFromZero(d(-15n, -1))).toBe(-2n);
    expect(toIntegerAwayFromZero(d(15n, 2))).toBe(1500n);
  });

  it("knows integers", () => {
    expect(isInteger(d(1500n, -3))).toBe(false);
    expect(isInteger(d(1500n, -2))).toBe(true);
    expect(toExactInteger(d(1500n, -2))).toBe(15n);
    expect(() => toExactInteger(d(1n, -1))).toThrow(RangeError);
  });

  it("reads JS numbers as the decimal they print as", () => {
    expect(decimalFromNumber(0.1)).toEqual(d(1n, -1));
    expect(decimalFromNumber(1.5)).toEqual(d(15n, -1));
    expect(decimalFromNumber(5368709120)).toEqual(d(536870912n, 1));
    expect(decimalFromNumber(1e21)).toEqual(d(1n, 21));
    expect(decimalFromNumber(1.25e-7)).toEqual(d(125n, -9));
    expect(decimalFromNumber(-2.5)).toEqual(d(-25n, -1));
    expect(decimalFromNumber(-0)).toEqual(d(0n, 0));
    expect(() => decimalFromNumber(Number.NaN)).toThrow(RangeError);
  });

  it("prints plain decimals", () => {
    expect(toPlainString(d(11811160064n, -1))).toBe("1181116006.4");
    expect(toPlainString(d(5n, -3))).toBe("0.005");
    expect(toPlainString(d(-5n, 2))).toBe("-500");
    expect(toPlainString(d(0n, 0))).toBe("0");
  });

  it("divides to the nearest double", () => {
    expect(divideToNumber(d(3n, 29), 1n << 30n)).toBeCloseTo(3e29 / 2 ** 30, 0);
    expect(divideToNumber(d(15n, -1), 1n)).toBe(1.5);
    expect(divideToNumber(d(1n, -900), 1n)).toBe(0);
    expect(divideToNumber(d(-3n, 0), 2n)).toBe(-1.5);
  });
});
