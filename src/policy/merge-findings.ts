import { Finding, resourceLabel } from "../core/findings/finding";

const RANK = { error: 3, warning: 2, info: 1 } as const;

/**
 * Validation and policies sometimes see the same problem (a private key in `sshKeys`, a
 * deprecated image): one problem, one finding. Where a policy finding names the same resource
 * and field as a validation finding of no higher severity, only the policy finding stays: it
 * carries the rule id, the remediation and the waiver rules.
 */
export function mergeFindings(validation: readonly Finding[], policy: readonly Finding[]): Finding[] {
  const byPlace = new Map<string, Finding["severity"]>();
  for (const f of policy) {
    // A waived policy finding must not take a validation error down with it.
    if (f.waiver) continue;
    const key = `${resourceLabel(f)}|${f.path}`;
    const seen = byPlace.get(key);
    if (!seen || RANK[f.severity] > RANK[seen]) byPlace.set(key, f.severity);
  }
  const kept = validation.filter((f) => {
    const covering = byPlace.get(`${resourceLabel(f)}|${f.path}`);
    return !covering || RANK[f.severity] > RANK[covering];
  });
  return [...kept, ...policy];
}
