/**
 * Corrections for the usual ways people write sizes that Kubernetes rejects: "20GB",
 * "20gi", "20 Gi", "1,5Gi". Size units are read as binary (GB → Gi) because that is
 * what people mean for disks and memory. The validity check is passed in so this file
 * stays independent of the parser.
 */
import { BINARY_SUFFIXES } from "./suffix";

/** The corrected full quantity, or undefined when there is no confident correction. */
export function suggestQuantity(input: string, isValid: (candidate: string) => boolean): string | undefined {
  const compact = input.replace(/\s+/g, "");
  if (compact === "") return undefined;
  const separated = fixSeparators(compact);
  if (separated === undefined) return undefined;
  const candidate = isValid(separated) ? separated : withBinaryUnit(separated);
  if (candidate === undefined || candidate === input || !isValid(candidate)) return undefined;
  return candidate;
}

/** Decimal comma → ".", thousands separators removed; undefined when it is ambiguous. */
function fixSeparators(text: string): string | undefined {
  if (!text.includes(",")) return text;
  // Two or more groups of three ("1,000,000") can only be thousands separators.
  const thousands = /^([+-]?)(\d{1,3}(?:,\d{3}){2,})(?![\d,])([\s\S]*)$/.exec(text);
  if (thousands !== null) return thousands[1] + thousands[2].replace(/,/g, "") + thousands[3];
  const decimalComma = /^([+-]?\d*),(\d+)([^\d,]*)$/.exec(text);
  // "1,500" is 1.5 in much of Europe and 1500 elsewhere: no guess.
  if (decimalComma === null || decimalComma[2].length === 3) return undefined;
  return `${decimalComma[1]}.${decimalComma[2]}${decimalComma[3]}`;
}

/** "20GB", "20gib", "20g", "10kb" → "20Gi", "20Gi", "20Gi", "10Ki"; "20B" → "20". */
function withBinaryUnit(text: string): string | undefined {
  const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))([A-Za-z]+)$/.exec(text);
  if (match === null) return undefined;
  const [, number, rawUnit] = match;
  const unit = rawUnit.toLowerCase();
  const withoutBytes = unit.replace(/(?:bytes?|b)$/, "");
  const saidBytes = withoutBytes !== unit;
  if (withoutBytes === "") return saidBytes ? number : undefined;
  const letter = withoutBytes.replace(/i$/, "");
  const saidBinary = letter !== withoutBytes;
  if (letter.length !== 1) return undefined;
  const index = "kmgtpe".indexOf(letter);
  if (index < 0) return undefined;
  // A bare trailing "e" is an unfinished exponent ("1e"), not exbibytes.
  if (letter === "e" && !saidBytes && !saidBinary) return undefined;
  return number + BINARY_SUFFIXES[index + 1];
}
