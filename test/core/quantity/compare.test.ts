import {
  compareQuantities,
  isPositive,
  isZero,
  mustParseQuantity,
  quantityValue,
} from "../../../src/core/quantity";

const q = mustParseQuantity;

describe("compareQuantities", () => {
  it.each<[string, string, -1 | 0 | 1]>([
    // quantity_test.go TestQuantityCmp
    ["0", "0", 0],
    ["100m", "50m", 1],
    ["50m", "100m", -1],
    ["10000T", "100Gi", 1],
    // across suffix families, compared by exact value
    ["1Gi", "1024Mi", 0],
    ["1Gi", "1073741824", 0],
    ["1Gi", "1.073741824G", 0],
    ["1G", "1Gi", -1],
    ["1e3", "1k", 0],
    ["0.5", "500m", 0],
    ["1n", "0", 1],
    ["-1n", "0", -1],
    ["-1Gi", "-1G", -1],
    ["0Gi", "-0", 0],
    ["1.0000000001", "1.000000001", 0], // both round to 1000000001n
    ["18446744073709551616", "9223372036854775807", 1],
    ["1e100", "99999999999999999999E", 1],
  ])("%s vs %s → %d", (a, b, expected) => {
    expect(compareQuantities(q(a), q(b))).toBe(expected);
    expect(compareQuantities(q(b), q(a))).toBe(-expected || 0);
  });
});

describe("isPositive / isZero", () => {
  it.each<[string, boolean, boolean]>([
    ["1Gi", true, false],
    ["1n", true, false],
    ["0.0000000001", true, false], // rounds up to 1n, so never silently zero
    ["0", false, true],
    ["0Gi", false, true],
    ["-0", false, true],
    ["0.000e5", false, true],
    ["-1Ki", false, false],
    ["-1n", false, false],
  ])("%s: positive=%s zero=%s", (input, positive, zero) => {
    expect(isPositive(q(input))).toBe(positive);
    expect(isZero(q(input))).toBe(zero);
  });
});

describe("quantityValue", () => {
  // Value() rounds any fraction away from zero (negativeScaleInt64 / scaledValue).
  it.each<[string, bigint]>([
    ["0", 0n],
    ["1Gi", 1073741824n],
    ["1.5Gi", 1610612736n],
    ["0.5Ki", 512n],
    ["1.5", 2n],
    ["500m", 1n],
    ["1n", 1n],
    ["1001m", 2n],
    ["1000m", 1n],
    ["-1.5", -2n],
    ["-1n", -1n],
    ["9.01", 10n],
    ["1k", 1000n],
    ["1e21", 10n ** 21n], // no int64 overflow here
    ["8Ei", 2n ** 63n - 1n],
    ["100.035Ki", 102436n],
  ])("%s → %s", (input, expected) => {
    expect(quantityValue(q(input))).toBe(expected);
  });
});
