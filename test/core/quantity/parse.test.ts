import { MAX_BINARY_QUANTITY, parseQuantity, type Quantity, type QuantityFormat } from "../../../src/core/quantity";

function parsed(input: string | number): Quantity {
  const result = parseQuantity(input);
  if (!result.ok) throw new Error(`expected ${String(input)} to parse: ${result.message}`);
  return result.quantity;
}

function failed(input: unknown): { ok: false; message: string; suggestion?: string } {
  // Deliberately loose input type: JSON/HCL callers can pass anything.
  const result = parseQuantity(input as string);
  if (result.ok) throw new Error(`expected ${String(input)} to be rejected`);
  return result;
}

const SUFFIX_HINT = "use a number with a suffix such as Mi, Gi or Ti (binary) or M, G, T (decimal)";

describe("parseQuantity values and formats", () => {
  // Values from quantity_test.go TestQuantityParse, written as mantissa × 10^exponent.
  it.each<[string, bigint, number, QuantityFormat]>([
    ["0", 0n, 0, "DecimalSI"],
    ["0Gi", 0n, 0, "BinarySI"],
    ["1Ki", 1024n, 0, "BinarySI"],
    ["3Ei", 3n * 2n ** 60n, 0, "BinarySI"],
    ["5n", 5n, -9, "DecimalSI"],
    ["4u", 4n, -6, "DecimalSI"],
    ["50k", 5n, 4, "DecimalSI"],
    ["300T", 3n, 14, "DecimalSI"],
    ["1E", 1n, 18, "DecimalSI"],
    ["1E-3", 1n, -3, "DecimalExponent"],
    ["1e3", 1n, 3, "DecimalExponent"],
    ["1.3E+6", 13n, 5, "DecimalExponent"],
    ["0.0005k", 5n, -1, "DecimalSI"],
    ["0.50000", 5n, -1, "DecimalSI"],
    ["7.123456M", 7123456n, 0, "DecimalSI"],
    ["3.001n", 4n, -9, "DecimalSI"],
    ["0.5e-9", 1n, -9, "DecimalExponent"],
    ["0.00000012354", 124n, -9, "DecimalSI"],
    ["9223372036854775807Ki", MAX_BINARY_QUANTITY, 0, "BinarySI"],
    ["12E", 12n, 18, "DecimalSI"],
    ["100.035Ki", 10243584n, -2, "BinarySI"],
    ["0.5Mi", 524288n, 0, "BinarySI"],
    // Below 1 a binary value switches to DecimalSI at parse time ("rounds up, changes format").
    ["0.000000000001Ki", 2n, -9, "DecimalSI"],
    [".001", 1n, -3, "DecimalSI"],
    [".0001k", 1n, -1, "DecimalSI"],
    ["1.", 1n, 0, "DecimalSI"],
    ["1.G", 1n, 9, "DecimalSI"],
    ["+.5", 5n, -1, "DecimalSI"],
    ["-9.01", -901n, -2, "DecimalSI"],
    ["-0.000000000001Ki", -2n, -9, "DecimalSI"], // rounds away from zero
    ["-20Ei", -MAX_BINARY_QUANTITY, 0, "BinarySI"],
  ])("%s = %s × 10^%s (%s)", (input, mantissa, exponent, format) => {
    expect(parsed(input)).toEqual({ mantissa, exponent, format });
  });

  it("keeps the decimal cap-free and the binary cap at 2^63-1", () => {
    expect(parsed("9223372036854775808").mantissa).toBe(2n ** 63n);
    expect(parsed("8Ei").mantissa).toBe(MAX_BINARY_QUANTITY);
    expect(parsed("9007199254740992.1Ki").mantissa).toBe(MAX_BINARY_QUANTITY); // non-integers are capped too
  });

  it("returns frozen quantities", () => {
    expect(Object.isFrozen(parsed("1Gi"))).toBe(true);
  });

  it("reads a JS number as its JSON text", () => {
    expect(parsed(0.5)).toEqual({ mantissa: 5n, exponent: -1, format: "DecimalSI" });
    expect(parsed(0.1)).toEqual({ mantissa: 1n, exponent: -1, format: "DecimalSI" }); // exactly 1/10
    expect(parsed(5368709120)).toEqual({ mantissa: 536870912n, exponent: 1, format: "DecimalSI" });
    expect(parsed(-2)).toEqual({ mantissa: -2n, exponent: 0, format: "DecimalSI" });
    // JS prints these with an exponent, and Kubernetes reads "1e+21" as DecimalExponent.
    expect(parsed(1e21).format).toBe("DecimalExponent");
    expect(parsed(1e-7)).toEqual({ mantissa: 1n, exponent: -7, format: "DecimalExponent" });
  });

  it("accepts exponents up to ±1000", () => {
    expect(parsed("1e1000")).toEqual({ mantissa: 1n, exponent: 1000, format: "DecimalExponent" });
    expect(parsed("5e-1000")).toEqual({ mantissa: 1n, exponent: -9, format: "DecimalExponent" });
    expect(parsed("1e-0")).toEqual({ mantissa: 1n, exponent: 0, format: "DecimalExponent" });
  });
});

describe("parseQuantity errors", () => {
  it.each([
    // quantity_test.go TestQuantityParse "invalid" list
    "1.1.M",
    "1+1.0M",
    "0.1mi",
    "0.1am",
    "aoeu",
    ".5i",
    "1i",
    "-3.01i",
    "-3.01e-",
    " 1",
    "1 ",
    // Go reads these as zero; they are never meant, so they are rejected here.
    "Gi",
    ".",
    "-",
    "+",
    ".Ki",
    // further malformed input
    "1e",
    "1e+",
    "1e3.5",
    "1Ki3",
    "1KiB",
    "1K",
    "Gi1",
    "1_000",
    "0x10",
    "∞",
  ])("rejects %p", (input) => {
    expect(failed(input).message).toMatch(/is not a Kubernetes quantity: /);
  });

  it("explains an unknown suffix with the allowed ones", () => {
    expect(failed("20GB")).toEqual({
      ok: false,
      message: `"20GB" is not a Kubernetes quantity: ${SUFFIX_HINT}`,
      suggestion: "20Gi",
    });
  });

  it("explains spaces", () => {
    expect(failed("20 Gi")).toEqual({
      ok: false,
      message: '"20 Gi" is not a Kubernetes quantity: spaces are not allowed, write the number and its suffix together as in "20Gi"',
      suggestion: "20Gi",
    });
  });

  it("explains a decimal comma", () => {
    expect(failed("1,5Gi")).toEqual({
      ok: false,
      message: '"1,5Gi" is not a Kubernetes quantity: use "." as the decimal separator and no thousands separators',
      suggestion: "1.5Gi",
    });
  });

  it("explains a missing number", () => {
    expect(failed("abc")).toEqual({
      ok: false,
      message: '"abc" is not a Kubernetes quantity: it must start with a number, e.g. "20Gi" or "500m"',
    });
  });

  it("explains an empty string, without a suggestion", () => {
    expect(failed("")).toEqual({
      ok: false,
      message: `an empty string is not a Kubernetes quantity: ${SUFFIX_HINT}, e.g. "20Gi"`,
    });
  });

  it("bounds the exponent", () => {
    expect(failed("1e1001").message).toBe('"1e1001" is not a Kubernetes quantity: the exponent must be between -1000 and 1000');
    expect(failed("1e-99999999999").message).toMatch(/exponent must be between/);
  });

  it("rejects non-finite numbers and non-strings", () => {
    expect(failed(Number.NaN).message).toBe("NaN is not a Kubernetes quantity: use a finite number");
    expect(failed(Number.POSITIVE_INFINITY).message).toBe("Infinity is not a Kubernetes quantity: use a finite number");
    expect(failed(null).message).toBe("a quantity must be a string or a number, got null");
    expect(failed(undefined).message).toBe("a quantity must be a string or a number, got undefined");
    expect(failed(["1Gi"]).message).toBe("a quantity must be a string or a number, got an array");
  });

  it("quotes control characters safely in messages", () => {
    expect(failed("1Gi\n").message).toBe('"1Gi\\n" is not a Kubernetes quantity: spaces are not allowed, write the number and its suffix together as in "20Gi"');
  });
});
