import { createHash } from "crypto";
import type { FieldChange } from "./model";

/**
 * cloud-init may hold passwords and tokens, and diffs end up in pull-request comments and CI
 * logs: its text is never shown, only its size and a digest that tells versions apart.
 */
const REDACTED_PATHS = new Set(["spec.cloudInit"]);

export function redactField(field: FieldChange): FieldChange {
  if (!REDACTED_PATHS.has(field.path)) return field;
  return {
    path: field.path,
    ...(field.before !== undefined && { before: redactText(field.before) }),
    ...(field.after !== undefined && { after: redactText(field.after) }),
  };
}

function redactText(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  const lines = text === "" ? 0 : text.split("\n").length;
  return `<cloud-init: ${lines} line${lines === 1 ? "" : "s"}, sha256 ${createHash("sha256").update(text).digest("hex").slice(0, 12)}>`;
}
