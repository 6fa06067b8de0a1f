import { suggestionHint } from "../core/suggest/suggestion-hint";
import type { Finding } from "../core/findings/finding";
import type { PolicySummary } from "../policy/summary";

/** What every format takes: findings from validation and policies, and optionally their summary. */
export interface ReportInput {
  readonly findings: readonly Finding[];
  readonly summary?: PolicySummary;
}

/** `VMDisk/ns/name` (or `VMDisk/name`): the key findings are grouped by. */
export function resourceKey(f: Pick<Finding, "kind" | "name" | "namespace">): string {
  return f.namespace ? `${f.kind}/${f.namespace}/${f.name}` : `${f.kind}/${f.name}`;
}

/** The id a finding is reported under: its rule, or `schema/<code>` for validation findings. */
export function reportRuleId(f: Finding): string {
  return f.ruleId ?? `schema/${f.code ?? "invalid"}`;
}

/** The message with its suggestion and allowed values, as one sentence for a person. */
export function fullMessage(f: Finding): string {
  let text = f.message;
  text += suggestionHint(text, f.suggestion);
  if (f.allowed) text += `; allowed: ${f.allowed}`;
  return text;
}

/** Findings grouped by resource, in order of first appearance. */
export function groupByResource(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = resourceKey(f);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return groups;
}
