import { DIFF_EXIT, DiffResult } from "./model";

/** 3 when a change destroys data or cannot be applied (so CI can gate on it), else 0. */
export function exitCodeOf(result: DiffResult): number {
  return result.summary.blocking ? DIFF_EXIT.blocking : DIFF_EXIT.ok;
}
