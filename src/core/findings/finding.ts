import { redactSecrets } from "../safe-output/redact-secrets";
import { terminalText } from "../safe-output/terminal-text";
import { suggestionHint } from "../suggest/suggestion-hint";

/** How serious a finding is. `error` blocks synthesis and makes the CLI exit 1. */
export type Severity = "error" | "warning" | "info";

/** Where a definition came from, when it was read from a file. Lines and columns are 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * One problem found in one resource: by schema validation, a semantic check or a policy rule.
 * Every layer (constructs, CLI, reports) speaks this one shape.
 */
export interface Finding {
  readonly severity: Severity;
  /** `VMInstance` or `VMDisk` (or the document's kind when it is not one of ours). */
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  /** Dotted path with `[i]` indices, e.g. `spec.externalPorts[1]`; empty for the whole resource. */
  readonly path: string;
  /** What is wrong, in one sentence. Never contains a secret. */
  readonly message: string;
  /** What is allowed, when that can be said briefly. */
  readonly allowed?: string;
  /** An obvious fix, e.g. `u1.large`. */
  readonly suggestion?: string;
  /** A policy rule's id (`HK001`); absent for schema and semantic validation. */
  readonly ruleId?: string;
  /** A validation check's code (`unknown-field`, `quantity` ...), for machines. */
  readonly code?: string;
  readonly source?: SourceLocation;
  /**
   * For a finding inside a multi-line text field (a cloud-init's YAML error): the position
   * within that text, 1-based, so a file reader can point at the very line.
   */
  readonly within?: { readonly line: number; readonly column: number };
  /** Set when a waiver covers this finding: it no longer blocks, but reports still show it. */
  readonly waiver?: { readonly reason: string; readonly expires?: string };
}

/** `VMInstance/web` or `VMInstance/tenant-a/web`. */
export function resourceLabel(f: Pick<Finding, "kind" | "name" | "namespace">): string {
  return f.namespace ? `${f.kind}/${f.namespace}/${f.name}` : `${f.kind}/${f.name}`;
}

/**
 * One line for people: `VMInstance/web spec.instanceType: unknown instance type "u1.larg" (did you mean "u1.large"?)`.
 * Safe for a terminal or a log: secrets redacted, control characters escaped (safeText).
 */
export function formatFinding(f: Finding): string {
  // Each part on its own: a redaction never reads across the tool's `path: message` punctuation.
  const part = (text: string) => redactSecrets(text);
  const safe: Finding = { ...f, kind: part(f.kind), name: part(f.name), ...(f.namespace !== undefined && { namespace: part(f.namespace) }), path: part(f.path), message: part(f.message), ...(f.suggestion !== undefined && { suggestion: part(f.suggestion) }), ...(f.allowed !== undefined && { allowed: part(f.allowed) }) };
  return terminalText(findingText(safe));
}

function findingText(f: Finding): string {
  const where = f.path ? `${resourceLabel(f)} ${f.path}` : resourceLabel(f);
  const rule = f.ruleId ? `[${f.ruleId}] ` : "";
  let text = `${rule}${where}: ${f.message}`;
  text += suggestionHint(f.message, f.suggestion);
  if (f.allowed) text += `; allowed: ${f.allowed}`;
  return text;
}

/** Errors that block: a waived error is still reported but no longer blocks. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error" && !f.waiver);
}
