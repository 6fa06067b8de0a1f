import fc from "fast-check";
import {
  apiServerQuantity,
  canonicalQuantity,
  compareQuantities,
  mustParseQuantity,
  parseQuantity,
  quantityValue,
} from "../../../src/core/quantity";

const SUFFIXES = ["", "n", "u", "m", "k", "M", "G", "T", "P", "E", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "e3", "e-2", "E+6", "e0"];

/** Random well-formed quantity text: sign, digits, optional fraction, suffix. */
const quantityText = fc
  .record({
    sign: fc.constantFrom("", "+", "-"),
    whole: fc.stringMatching(/^\d{0,12}$/),
    fraction: fc.option(fc.stringMatching(/^\d{0,12}$/), { nil: undefined }),
    suffix: fc.constantFrom(...SUFFIXES),
  })
  .filter(({ whole, fraction }) => whole !== "" || (fraction ?? "") !== "")
  .map(({ sign, whole, fraction, suffix }) => `${sign}${whole}${fraction === undefined ? "" : `.${fraction}`}${suffix}`);

describe("quantity properties", () => {
  it("every well-formed quantity parses", () => {
    fc.assert(fc.property(quantityText, (text) => parseQuantity(text).ok));
  });

  it("the canonical form is a fixed point and keeps the value", () => {
    fc.assert(
      fc.property(quantityText, (text) => {
        const canonical = canonicalQuantity(text);
        expect(canonicalQuantity(canonical)).toBe(canonical);
        expect(compareQuantities(mustParseQuantity(canonical), mustParseQuantity(text))).toBe(0);
        // Canonical text never carries a "+", a "." or leading zeros.
        expect(canonical).toMatch(/^-?(0|[1-9]\d*)([numkMGTPE]|[KMGTPE]i|e-?\d+)?$/);
      }),
    );
  });

  it("the server echo is the input or the canonical form, with the same value", () => {
    fc.assert(
      fc.property(quantityText, (text) => {
        const echoed = apiServerQuantity(text);
        expect([text, canonicalQuantity(text)]).toContain(echoed);
        expect(compareQuantities(mustParseQuantity(echoed), mustParseQuantity(text))).toBe(0);
      }),
    );
  });

  it("comparison agrees with the integer value for whole numbers of bytes", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 62n), max: 2n ** 62n }), fc.bigInt({ min: -(2n ** 62n), max: 2n ** 62n }), (a, b) => {
        const qa = mustParseQuantity(a.toString());
        const qb = mustParseQuantity(b.toString());
        expect(quantityValue(qa)).toBe(a);
        expect(compareQuantities(qa, qb)).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it("a binary quantity prints with the largest binary suffix that divides it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1023 }), fc.integer({ min: 2, max: 5 }), (n, power) => {
        const units = ["", "Ki", "Mi", "Gi", "Ti", "Pi"];
        // n units written in the next smaller unit still print in the larger one...
        expect(canonicalQuantity(`${n * 1024}${units[power - 1]}`)).toBe(`${n}${units[power]}`);
        // ...while the same number of bytes written without a suffix stays decimal.
        const bytes = (BigInt(n) << BigInt(10 * power)).toString();
        expect(canonicalQuantity(bytes)).not.toMatch(/i$/);
      }),
    );
  });
});
