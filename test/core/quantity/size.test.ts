import { Size } from "../../../src/core/quantity";

describe("Size factories", () => {
  it.each<[Size, string, bigint]>([
    [Size.gibibytes(50), "50Gi", 50n * 2n ** 30n],
    [Size.mebibytes(1024), "1Gi", 2n ** 30n],
    [Size.mebibytes(1536), "1536Mi", 1536n * 2n ** 20n],
    [Size.gibibytes(1.5), "1536Mi", 1536n * 2n ** 20n],
    [Size.gibibytes(0.5), "512Mi", 2n ** 29n],
    [Size.gibibytes(0.25), "256Mi", 2n ** 28n],
    [Size.gibibytes(1024), "1Ti", 2n ** 40n],
    [Size.kibibytes(1), "1Ki", 1024n],
    [Size.kibibytes(0.5), "512", 512n], // below 1Ki Kubernetes prints plain bytes
    [Size.kibibytes(1.5), "1536", 1536n],
    [Size.kibibytes(0.0009765625), "1", 1n], // 2^-10 KiB is one byte
    [Size.tebibytes(2), "2Ti", 2n ** 41n],
    [Size.pebibytes(3), "3Pi", 3n * 2n ** 50n],
    [Size.pebibytes(8191), "8191Pi", 8191n * 2n ** 50n],
    [Size.gibibytes(0), "0", 0n],
    [Size.gibibytes(-0), "0", 0n],
  ])("%s is %s", (size, text, bytes) => {
    expect(size.toString()).toBe(text);
    expect(size.toQuantity()).toBe(text);
    expect(size.toBytes()).toBe(bytes);
    expect(size.quantity.format).toBe("BinarySI");
  });

  it("rejects negative, NaN and infinite amounts", () => {
    expect(() => Size.gibibytes(-1)).toThrow("Size.gibibytes(-1): a size cannot be negative");
    expect(() => Size.mebibytes(Number.NaN)).toThrow("Size.mebibytes(NaN): the amount is not a number");
    expect(() => Size.tebibytes(Number.POSITIVE_INFINITY)).toThrow("Size.tebibytes(Infinity): the amount must be finite");
    expect(() => Size.kibibytes(Number.NEGATIVE_INFINITY)).toThrow("Size.kibibytes(-Infinity): the amount must be finite");
    expect(() => Size.gibibytes("5" as unknown as number)).toThrow("Size.gibibytes(5): the amount is not a number");
  });

  it("rejects fractions that are not a whole number of bytes", () => {
    expect(() => Size.gibibytes(1.1)).toThrow(
      "Size.gibibytes(1.1) is 1181116006.4 bytes: a size must be a whole number of bytes",
    );
    expect(() => Size.kibibytes(0.1)).toThrow("Size.kibibytes(0.1) is 102.4 bytes");
  });

  it("rejects sizes Kubernetes cannot represent", () => {
    expect(() => Size.pebibytes(8192)).toThrow(
      "Size.pebibytes(8192) is too large: Kubernetes quantities stop at 9223372036854775807 bytes (just under 8Ei)",
    );
  });
});

describe("Size.parse", () => {
  it.each<[string | number, string]>([
    ["50Gi", "50Gi"],
    ["1024Mi", "1Gi"],
    ["0.5Gi", "512Mi"],
    ["1500M", "1500M"],
    ["1000M", "1G"],
    ["5368709120", "5368709120"], // stays decimal, as Kubernetes prints it
    [5368709120, "5368709120"],
    ["1e3", "1e3"],
    ["0", "0"],
  ])("%p → %s", (input, text) => {
    expect(Size.parse(input).toString()).toBe(text);
  });

  it("throws the parse message with the suggestion", () => {
    expect(() => Size.parse("20GB")).toThrow(
      '"20GB" is not a Kubernetes quantity: use a number with a suffix such as Mi, Gi or Ti (binary) or M, G, T (decimal) (did you mean "20Gi"?)',
    );
    expect(() => Size.parse("")).toThrow(/empty string is not a Kubernetes quantity/);
    expect(() => Size.parse("abc")).toThrow(/^"abc" is not a Kubernetes quantity: it must start with a number/);
  });

  it("rejects negative quantities", () => {
    expect(() => Size.parse("-1Gi")).toThrow('"-1Gi" is not a valid size: a size cannot be negative');
    expect(() => Size.parse(-5)).toThrow("-5 is not a valid size: a size cannot be negative");
  });

  it("refuses fractions of a byte and values beyond int64, which Kubernetes would round or cap (issue 13 item 8)", () => {
    expect(() => Size.parse("500m")).toThrow('"500m" is not a valid size: a size is a whole number of bytes, and this is a fraction of a byte');
    expect(() => Size.parse("8Ei")).toThrow('"8Ei" is not a valid size: it is more than 9223372036854775807 bytes (8Ei - 1), the largest size Kubernetes stores');
  });
});

describe("Size comparisons and conversions", () => {
  it("compares by value across notations", () => {
    expect(Size.parse("1024Mi").equals(Size.gibibytes(1))).toBe(true);
    expect(Size.parse("1073741824").equals(Size.gibibytes(1))).toBe(true);
    expect(Size.parse("1G").equals(Size.gibibytes(1))).toBe(false);
    expect(Size.gibibytes(1).isAtLeast(Size.parse("1G"))).toBe(true);
    expect(Size.parse("1G").isAtLeast(Size.gibibytes(1))).toBe(false);
    expect(Size.gibibytes(1).isAtLeast(Size.mebibytes(1024))).toBe(true);
    expect(Size.gibibytes(0).isAtLeast(Size.gibibytes(0))).toBe(true);
  });

  it.each<[Size, number]>([
    [Size.gibibytes(50), 50],
    [Size.gibibytes(1.5), 1.5],
    [Size.mebibytes(512), 0.5],
    [Size.tebibytes(1), 1024],
    [Size.parse("1G"), 1e9 / 2 ** 30],
    [Size.parse("1"), 2 ** -30],
    [Size.gibibytes(0), 0],
  ])("%s is %d GiB", (size, gib) => {
    expect(size.toGibibytes()).toBeCloseTo(gib, 12);
  });

  it("converts exactly for whole GiB", () => {
    expect(Size.pebibytes(8191).toGibibytes()).toBe(8191 * 2 ** 20);
  });
});

describe("Size identity", () => {
  it("recognises sizes", () => {
    expect(Size.isSize(Size.gibibytes(1))).toBe(true);
    expect(Size.isSize(Size.parse("1Gi"))).toBe(true);
    expect(Size.isSize("1Gi")).toBe(false);
    expect(Size.isSize({ toString: () => "1Gi" })).toBe(false);
    expect(Size.isSize(null)).toBe(false);
    expect(Size.isSize(undefined)).toBe(false);
    expect(Size.isSize(1073741824)).toBe(false);
  });

  it("is immutable", () => {
    const size = Size.gibibytes(10);
    expect(Object.isFrozen(size)).toBe(true);
    expect(Object.isFrozen(size.quantity)).toBe(true);
  });

  it("serialises as its quantity", () => {
    expect(JSON.stringify({ storage: Size.gibibytes(20) })).toBe('{"storage":"20Gi"}');
    expect(`${Size.mebibytes(1024)}`).toBe("1Gi");
  });
});
