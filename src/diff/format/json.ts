import { redactDeep } from "../../core/safe-output/redact-secrets";
import type { DiffResult } from "../model";

/** `{"changes": [...], "summary": {...}}`, stable key order, for tools; every string (keys too) with secrets redacted. */
export function formatJson(result: DiffResult, extra: Record<string, unknown> = {}): string {
  return JSON.stringify(redactDeep({ changes: result.changes, summary: result.summary, ...extra }), null, 2) + "\n";
}
