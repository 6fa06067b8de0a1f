import { parseQuantity } from "../../../src/core/quantity";

function suggestionFor(input: string): string | undefined {
  const result = parseQuantity(input);
  if (result.ok) throw new Error(`${input} unexpectedly parsed`);
  return result.suggestion;
}

describe("suggestions for common mistakes", () => {
  it.each([
    // Size units are meant as binary: GB → Gi.
    ["20GB", "20Gi"],
    ["20gb", "20Gi"],
    ["20Gb", "20Gi"],
    ["20G B", "20Gi"],
    ["20GiB", "20Gi"],
    ["20gib", "20Gi"],
    ["20gi", "20Gi"],
    ["20 Gi", "20Gi"],
    ["20 GB", "20Gi"],
    ["20g", "20Gi"],
    ["512MB", "512Mi"],
    ["512mb", "512Mi"],
    ["512mi", "512Mi"],
    ["512MiB", "512Mi"],
    ["1TB", "1Ti"],
    ["1tb", "1Ti"],
    ["1t", "1Ti"],
    ["2PB", "2Pi"],
    ["1EB", "1Ei"],
    ["1eib", "1Ei"],
    ["10kb", "10Ki"],
    ["10KB", "10Ki"],
    ["10K", "10Ki"],
    ["10KiB", "10Ki"],
    ["1.5GB", "1.5Gi"],
    ["-20GB", "-20Gi"],
    ["20Gbytes", "20Gi"],
    ["20B", "20"],
    ["20 bytes", "20"],
    // Separators and spacing.
    ["1,5Gi", "1.5Gi"],
    ["1,5 GB", "1.5Gi"],
    ["1,000,000", "1000000"],
    [" 20Gi ", "20Gi"],
    ["20\tGi", "20Gi"],
    ["20 G", "20G"], // "20G" is valid (decimal): only the space is fixed
    ["500 m", "500m"],
  ])("%p → %p", (input, expected) => {
    expect(suggestionFor(input)).toBe(expected);
  });

  it.each([
    "",
    "abc",
    "Gi",
    "1,500Gi", // 1.5 or 1500? no guess
    "1e", // unfinished exponent, not exbibytes
    "20XB",
    "20GBB",
    "1.1.M",
    "1e5000",
  ])("no suggestion for %p", (input) => {
    expect(suggestionFor(input)).toBeUndefined();
  });

  it("only ever suggests valid quantities", () => {
    for (const input of ["20GB", "1,5Gi", "20 Gi", "10kb", "20B"]) {
      const suggestion = suggestionFor(input);
      expect(suggestion).toBeDefined();
      expect(parseQuantity(suggestion ?? "").ok).toBe(true);
    }
  });
});
