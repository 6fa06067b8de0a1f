import { canonicalQuantity, createQuantity, formatQuantity, parseQuantity } from "../../../src/core/quantity";

/*
 * Expected values come from kubernetes/apimachinery, pkg/api/resource:
 *   [emit]    quantity_test.go TestQuantityParseEmit (ParseQuantity then String())
 *   [string]  quantity_test.go TestQuantityString ("alternate" inputs re-emitted canonically)
 *   [golden]  quantity_golden_test.go wantCanonical (serialisation without the cached input)
 *   [doc]     the Quantity type's doc comment ("1.5Gi will be serialized as 1536Mi")
 *   [parse]   quantity_test.go TestQuantityParse values, printed by CanonicalizeBytes' rules
 *   [rules]   worked out by hand from CanonicalizeBytes / AsCanonicalBytes /
 *             AsCanonicalBase1024Bytes (kept for the cases this project cares about)
 */
const CANONICAL: ReadonlyArray<readonly [input: string, canonical: string, source: string]> = [
  ["1Ki", "1Ki", "emit"],
  ["1Mi", "1Mi", "emit"],
  ["1Gi", "1Gi", "emit"],
  ["1024Mi", "1Gi", "emit"],
  ["1000M", "1G", "emit"],
  [".001Ki", "1024m", "emit"],
  [".000001Ki", "1024u", "emit"],
  [".000000001Ki", "1024n", "emit"],
  [".000000000001Ki", "2n", "emit"], // 1.024n rounds away from zero to 2n
  ["307200Ki", "300Mi", "string"],
  ["1025024Mi", "1001Gi", "string"],
  ["1024Gi", "1Ti", "string"],
  ["5000m", "5", "string"],
  ["0.001T", "1G", "string"],
  ["1000u", "1m", "string"],
  ["1.08", "1080m", "string"],
  ["1080000000n", "1080m", "string"],
  [".001e12", "1e9", "string"], // DecimalExponent stays in e-notation
  ["0.001e0", "1e-3", "string"],
  ["1000e-12", "1e-9", "string"],
  ["00", "0", "string"],
  ["1000E", "1e21", "string"], // no DecimalSI suffix past E: falls back to e-notation
  ["5000E", "5e21", "string"],
  ["1000000E", "1e24", "string"],
  ["0.1", "100m", "golden"],
  ["0.000000000000001", "1n", "golden"], // below nano rounds up to 1n
  ["1.5", "1500m", "golden"],
  ["1.441", "1441m", "golden"], // the server may echo "1.441" itself: see server-echo tests
  ["1E", "1E", "golden"],
  ["100E", "100E", "golden"],
  ["1e100", "10e99", "golden"], // exponent lowered to a multiple of three
  ["9223372036854775807", "9223372036854775807", "golden"],
  ["18446744073709551616", "18446744073709551616", "golden"], // DecimalSI is not capped
  ["8Ei", "9223372036854775807", "golden"], // BinarySI is capped at 2^63-1 when parsed
  ["-20Ei", "-9223372036854775807", "golden"],
  ["-9.5Gi", "-9728Mi", "golden"],
  ["-9.5000000001Gi", "-10200547328107374183n", "golden"],
  ["1.5Gi", "1536Mi", "doc"],
  ["3.001n", "4n", "parse"],
  ["1.1E-9", "2e-9", "parse"],
  ["0.00000012345", "124n", "parse"],
  ["12E", "12E", "parse"],
  ["9Ei", "9223372036854775807", "parse"],
  ["100.035Ki", "102435840m", "parse"], // 102435.84 is not an integer: DecimalSI
  ["0.05Gi", "53687091200m", "parse"],
  ["1.2e3", "1200", "parse"], // DecimalExponent with exponent 0 prints no suffix
  ["1.3E+6", "1300e3", "parse"],
  ["1.", "1", "parse"],
  ["1.G", "1G", "parse"],
  // Cases from this project's brief, checked against the rules above.
  ["1536Mi", "1536Mi", "rules"], // 1.5Gi: not a multiple of 1Gi
  ["0.5Gi", "512Mi", "rules"],
  ["5368709120", "5368709120", "rules"], // a plain number stays DecimalSI, never becomes 5Gi
  ["1500M", "1500M", "rules"],
  ["0.5", "500m", "rules"],
  ["500m", "500m", "rules"],
  ["2", "2", "rules"],
  ["1e3", "1e3", "rules"],
  ["1000e0", "1e3", "rules"], // trailing zeros move into the exponent
  ["1E3", "1e3", "rules"], // "E3" is an exponent; "E" alone is exa
  ["1e-1", "100e-3", "rules"],
  ["10Ki", "10Ki", "rules"],
  ["0.5Ki", "512", "rules"], // below 1024: BinarySI prints as DecimalSI
  ["1.5Ki", "1536", "rules"], // 1536 is not a multiple of 1024: no binary suffix, plain number
  ["1023", "1023", "rules"],
  ["1025Mi", "1025Mi", "rules"],
  ["2048Ki", "2Mi", "rules"],
  ["+1Gi", "1Gi", "rules"],
  ["-1Gi", "-1Gi", "rules"],
  ["-0", "0", "rules"],
  ["0Gi", "0", "rules"], // zero never carries a suffix
  ["0.000Ti", "0", "rules"],
  ["007Gi", "7Gi", "rules"],
  ["1.000000001", "1000000001n", "rules"],
  ["1.0000000001", "1000000001n", "rules"], // 1.0000000001 rounds up at nano
  ["12345678901234567890123", "12345678901234567890123", "rules"],
  ["1e-9", "1e-9", "rules"],
  ["1e-10", "1e-9", "rules"],
];

describe("canonicalQuantity", () => {
  it("has a substantial table", () => {
    expect(CANONICAL.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CANONICAL)("%s → %s (%s)", (input, expected) => {
    expect(canonicalQuantity(input)).toBe(expected);
  });

  it.each(CANONICAL)("%s: the canonical form is stable and keeps the value", (input, expected) => {
    expect(canonicalQuantity(expected)).toBe(expected);
    const a = parseQuantity(input);
    const b = parseQuantity(expected);
    if (!a.ok || !b.ok) throw new Error("both should parse");
    expect(b.quantity.mantissa).toBe(a.quantity.mantissa);
    expect(b.quantity.exponent).toBe(a.quantity.exponent);
  });

  it("accepts JS numbers as plain decimal quantities", () => {
    expect(canonicalQuantity(0.5)).toBe("500m");
    expect(canonicalQuantity(2)).toBe("2");
    expect(canonicalQuantity(5368709120)).toBe("5368709120");
    expect(canonicalQuantity(1000)).toBe("1k");
    expect(canonicalQuantity(1.5e9)).toBe("1500M");
    expect(canonicalQuantity(-0)).toBe("0");
    expect(canonicalQuantity(-3.25)).toBe("-3250m");
    expect(canonicalQuantity(1e21)).toBe("1e21"); // JS writes "1e+21"
  });

  it("throws the parse message on invalid input", () => {
    expect(() => canonicalQuantity("20GB")).toThrow(
      '"20GB" is not a Kubernetes quantity: use a number with a suffix such as Mi, Gi or Ti (binary) or M, G, T (decimal) (did you mean "20Gi"?)',
    );
    expect(() => canonicalQuantity("")).toThrow(/empty string/);
    expect(() => canonicalQuantity(Number.NaN)).toThrow("NaN is not a Kubernetes quantity: use a finite number");
  });
});

describe("formatQuantity on values only arithmetic can reach", () => {
  // quantity_test.go TestQuantityStringBelowNano, TestBinarySIPastEiArithmeticRoundTrip,
  // TestQuantityString (2^70-ish rows) and TestBinarySIZeroExponentString.
  it.each([
    [createQuantity(1n, -12, "DecimalSI"), "1e-12"],
    [createQuantity(1n, -10, "DecimalSI"), "100e-12"],
    [createQuantity(2n ** 70n, 0, "BinarySI"), "1180591620717411303424"],
    [createQuantity(1n, 70, "BinarySI"), "10e69"],
    [createQuantity(2n, 70, "BinarySI"), "20e69"],
    [createQuantity(1n, 72, "BinarySI"), "1e72"],
    [createQuantity(2000n, 0, "BinarySI"), "2000"],
    [createQuantity(-2000n, 0, "BinarySI"), "-2000"],
    [createQuantity(1234567n, -3, "BinarySI"), "1234567m"],
    [createQuantity(500n, -3, "BinarySI"), "500m"],
    [createQuantity(80n, -3, "DecimalExponent"), "80e-3"],
    [createQuantity(300n, 6, "DecimalExponent"), "300e6"],
    [createQuantity(0n, 5, "DecimalExponent"), "0"],
    [createQuantity(-901n, -2, "DecimalSI"), "-9010m"],
  ])("%o → %s", (quantity, expected) => {
    expect(formatQuantity(quantity)).toBe(expected);
  });

  it("normalises a hand-built quantity before printing", () => {
    expect(formatQuantity({ mantissa: 1000n, exponent: 6, format: "DecimalSI" })).toBe("1G");
    expect(formatQuantity({ mantissa: 1073741824000n, exponent: -3, format: "BinarySI" })).toBe("1Gi");
  });
});
