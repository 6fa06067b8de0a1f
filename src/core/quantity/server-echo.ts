/**
 * The exact string the API server stores and returns for a quantity field of a built-in type
 * (e.g. a PVC's spec.resources.requests.storage).
 *
 * Usually that is the canonical form, but ParseQuantity has a fast path that keeps the
 * caller's text verbatim when a cheap heuristic says it already looks canonical, and
 * String()/MarshalJSON/protobuf then emit that text. So "+1Gi", "01Gi", "1.G" and "1.441"
 * come back exactly as sent (kubernetes/kubernetes#138165), while "1024Mi" comes back "1Gi".
 * Predicting this avoids perpetual Terraform diffs. CRD fields that are plain strings are
 * not touched by the server at all.
 */
import { formatQuantity, mustParseQuantity } from "./quantity";
import { scanQuantity } from "./scan";
import { interpretSuffix } from "./suffix";

/** Throws Error on invalid input, like canonicalQuantity. */
export function apiServerQuantity(input: string | number): string {
  const quantity = mustParseQuantity(input);
  // A number travels as its JSON text, which is what the server parses and may keep.
  const text = typeof input === "number" ? String(input) : input;
  return keptVerbatim(text) ? text : formatQuantity(quantity);
}

/** Mirrors the `s: str` returns in ParseQuantity's int64 fast path. */
function keptVerbatim(text: string): boolean {
  if (text === "0") return true;
  const scanned = scanQuantity(text);
  if (scanned === undefined) return false;
  const suffix = interpretSuffix(scanned.suffix);
  if (!suffix.ok) return false;
  // Go strips leading zeros from the numerator and treats an empty one as "0".
  const num = scanned.integerDigits.replace(/^0+/, "") || "0";
  const denom = scanned.fractionDigits ?? "";
  const { exponent, format } = suffix.meaning;

  if (format === "BinarySI") {
    if (denom !== "") return false;
    // Go's precision estimate for the fast path: 15 - len(num) - exponent*3/10 - 1 >= 0.
    if (15 - num.length - Math.trunc((exponent * 3) / 10) - 1 < 0) return false;
    return (BigInt(num) & 7n) !== 0n;
  }

  if (18 - (num.length + denom.length) < 0) return false;
  const scale = exponent - denom.length;
  if (scale < -9) return false;
  const shifted = num + denom;
  return scale % 3 === 0 && !shifted.endsWith("000") && !shifted.startsWith("0");
}
