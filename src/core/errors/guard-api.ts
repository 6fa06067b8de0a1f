import { describeValue } from "../validation/describe-value";
import { HikubeError, isRawJsError } from "./hikube-error";
import { valueProblem } from "./value-problem";

/**
 * A public function that never lets a raw TypeError or RangeError (or a stack overflow) escape:
 * called with junk, it throws one HikubeError naming the function and the argument (and field)
 * at fault. Deliberate errors (a CatalogError, a WaiverError ...) pass through unchanged, and a
 * call that succeeds costs one frame.
 */
export function guardApi<F extends (...args: never[]) => unknown>(name: string, fn: F): F {
  const guarded = function (this: unknown, ...args: Parameters<F>): ReturnType<F> {
    try {
      return fn.apply(this, args) as ReturnType<F>;
    } catch (error) {
      if (!isRawJsError(error)) throw error;
      throw misuse(name, args, error);
    }
  };
  Object.defineProperty(guarded, "name", { value: name });
  Object.defineProperty(guarded, "length", { value: fn.length });
  return guarded as unknown as F;
}

/** What was wrong with the arguments, as precisely as can be found after the fact. */
export function misuse(name: string, args: readonly unknown[], cause: unknown): HikubeError {
  for (let i = 0; i < args.length; i++) {
    const found = valueProblem(args[i], `argument ${i + 1}`);
    if (found) return new HikubeError(`${name}: ${found.field} ${found.problem}`, { construct: name, field: found.field, cause });
  }
  const missing = args.findIndex((a) => a === null || a === undefined || (typeof a === "number" && !Number.isFinite(a)));
  const given = args.length === 0 ? "no arguments" : args.map((a, i) => `argument ${i + 1} is ${describeValue(a)}`).join(", ");
  const field = missing === -1 ? undefined : `argument ${missing + 1}`;
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new HikubeError(`${name}: cannot use what it was given (${given}): ${detail}`, { construct: name, ...(field && { field }), cause });
}
