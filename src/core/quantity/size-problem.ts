import { isInteger } from "./decimal";
import { MAX_BINARY_QUANTITY, type QuantityParseResult } from "./quantity";

/**
 * Why a parsed quantity is not a size in bytes (storage, memory), or undefined: negative, beyond
 * int64 (Kubernetes would store 2^63-1 instead, silently), or a fraction of a byte (`1m`, `.5`).
 */
export function sizeProblem(parsed: Extract<QuantityParseResult, { ok: true }>): string | undefined {
  const q = parsed.quantity;
  if (q.mantissa < 0n) return "a size cannot be negative";
  if (parsed.overflow) return `it is more than ${MAX_BINARY_QUANTITY} bytes (8Ei - 1), the largest size Kubernetes stores`;
  if (!isInteger(q)) return "a size is a whole number of bytes, and this is a fraction of a byte";
  return undefined;
}
