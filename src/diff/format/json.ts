import type { DiffResult } from "../model";

/** `{"changes": [...], "summary": {...}}`, stable key order, for tools. */
export function formatJson(result: DiffResult, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ changes: result.changes, summary: result.summary, ...extra }, null, 2) + "\n";
}
