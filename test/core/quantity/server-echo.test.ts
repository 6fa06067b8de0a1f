import { apiServerQuantity, canonicalQuantity } from "../../../src/core/quantity";

/*
 * ParseQuantity's int64 fast path keeps the caller's text as the cached string when it
 * "looks canonical", and that text is what String()/MarshalJSON/protobuf emit. The rows
 * marked golden are quantity_golden_test.go's wantString; the rest follow the fast-path
 * conditions in quantity.go.
 */
const ECHO: ReadonlyArray<readonly [input: string | number, echoed: string, why: string]> = [
  ["1.441", "1.441", "golden: 3 fractional digits, cached verbatim"],
  ["1.000001", "1.000001", "golden"],
  ["1.000000001", "1.000000001", "golden"],
  ["1.5", "1500m", "golden: scale -1 is not a multiple of 3"],
  ["1e3", "1e3", "golden"],
  ["1024Mi", "1Gi", "golden: 1024 & 7 == 0, not cached"],
  ["1000M", "1G", "golden: ends in 000, not cached"],
  ["8Ei", "9223372036854775807", "golden: slow path, capped"],
  ["+1Gi", "+1Gi", "1 & 7 != 0: the sign is kept"],
  ["+8Gi", "8Gi", "8 & 7 == 0: canonicalised"],
  ["01Gi", "01Gi", "leading zeros are stripped before the check, kept in the text"],
  ["1.Gi", "1.Gi", "an empty fraction still takes the fast path"],
  ["1.G", "1.G", "decimal: scale 9, shifted \"1\""],
  ["1E3", "1E3", "exponent form kept with its capital E"],
  ["+1Ti", "+1Ti", "Ti still within the fast path's precision"],
  ["+100Ti", "100Ti", "too many digits for the fast path"],
  ["+1Pi", "1Pi", "Pi never takes the fast path"],
  ["0.5", "500m", "integer part 0: not cached"],
  ["0", "0", "special-cased"],
  ["-0", "0", "shifted starts with 0"],
  ["1536Mi", "1536Mi", "1536 & 7 == 0, canonical form is the same anyway"],
  [5368709120, "5368709120", "a number is sent as its JSON text"],
  [1e21, "1e+21", "JSON text of 1e21 is 1e+21, which is cached"],
];

describe("apiServerQuantity", () => {
  it.each(ECHO)("%s → %s (%s)", (input, echoed) => {
    expect(apiServerQuantity(input)).toBe(echoed);
  });

  it("is either the input text or the canonical form", () => {
    for (const [input, echoed] of ECHO) {
      expect([String(input), canonicalQuantity(input)]).toContain(echoed);
    }
  });

  it("throws on invalid input", () => {
    expect(() => apiServerQuantity("20 Gi")).toThrow('(did you mean "20Gi"?)');
  });
});
