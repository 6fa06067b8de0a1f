import type { Finding } from "../core/findings/finding";
import { summarizeFindings, type PolicySummary } from "../policy/summary";
import { groupByResource, type ReportInput } from "./report-input";
import { redactedFinding } from "./safe-finding";

/** One finding, flat, every key always present (null when unknown) so consumers need no guards. */
export interface JsonFinding {
  readonly file: string | null;
  readonly line: number | null;
  readonly column: number | null;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string | null;
  readonly path: string;
  readonly ruleId: string | null;
  readonly code: string | null;
  readonly severity: Finding["severity"];
  readonly message: string;
  readonly suggestion: string | null;
  readonly allowed: string | null;
  readonly waived: boolean;
  readonly waiverReason: string | null;
  readonly waiverExpires: string | null;
}

export interface JsonReport {
  readonly findings: JsonFinding[];
  readonly summary: PolicySummary;
}

export function toJsonFinding(finding: Finding): JsonFinding {
  const f = redactedFinding(finding);
  return {
    file: f.source?.file ?? null,
    line: f.source?.line ?? null,
    column: f.source?.column ?? null,
    kind: f.kind,
    name: f.name,
    namespace: f.namespace ?? null,
    path: f.path,
    ruleId: f.ruleId ?? null,
    code: f.code ?? null,
    severity: f.severity,
    message: f.message,
    suggestion: f.suggestion ?? null,
    allowed: f.allowed ?? null,
    waived: f.waiver !== undefined,
    waiverReason: f.waiver?.reason ?? null,
    waiverExpires: f.waiver?.expires ?? null,
  };
}

/** `{"findings": [...], "summary": {...}}`, indented, with a final newline. Deterministic. */
export function formatJson(input: ReportInput): string {
  const summary = input.summary ?? summarizeFindings(input.findings, { resources: groupByResource(input.findings).size });
  const report: JsonReport = { findings: input.findings.map(toJsonFinding), summary };
  return `${JSON.stringify(report, null, 2)}\n`;
}
