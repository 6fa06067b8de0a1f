import type { Finding } from "../../core/findings/finding";
import type { PolicyRule } from "../rule";
import { EXPIRED_WAIVER_ID } from "./validate-waivers";
import { describeWaiver, isExpired, resourceMatches, type Waiver } from "./waiver";

export interface WaiverOutcome {
  /** The findings, waived ones carrying `waiver`, plus one warning per expired waiver that matched. */
  readonly findings: Finding[];
  /** Expired waivers that matched a finding (each once). */
  readonly expired: readonly Waiver[];
  /** Waivers that matched no finding: candidates for removal. */
  readonly unused: readonly Waiver[];
}

/** Marks the findings that valid waivers cover; expired waivers stop applying and say so. */
export function applyWaivers(findings: readonly Finding[], waivers: readonly Waiver[], rules: readonly PolicyRule[], now: Date): WaiverOutcome {
  const byRule = new Map<string, Waiver[]>();
  for (const w of waivers) byRule.set(w.ruleId, [...(byRule.get(w.ruleId) ?? []), w]);
  const waivable = new Map(rules.map((r) => [r.id, r.waivable]));
  const used = new Set<Waiver>();
  const expired = new Set<Waiver>();
  const expiredNotices = new Map<string, Finding>();
  const out: Finding[] = [];

  for (const f of findings) {
    const candidates = f.ruleId ? (byRule.get(f.ruleId) ?? []).filter((w) => resourceMatches(w.resource, f.kind, f.namespace ?? "", f.name)) : [];
    if (candidates.length === 0) {
      out.push(f);
      continue;
    }
    candidates.forEach((w) => used.add(w));
    if (waivable.get(f.ruleId!) === false) {
      out.push({ ...f, message: `${f.message} (${f.ruleId} cannot be waived: the waiver is ignored)` });
      continue;
    }
    const active = candidates.find((w) => !isExpired(w, now));
    if (active) {
      out.push({ ...f, waiver: { reason: active.reason, ...(active.expires !== undefined && { expires: active.expires }) } });
      continue;
    }
    out.push(f);
    for (const w of candidates) {
      expired.add(w);
      const key = `${describeWaiver(w)}|${f.kind}/${f.namespace ?? ""}/${f.name}`;
      if (!expiredNotices.has(key)) expiredNotices.set(key, expiredNotice(f, w));
    }
  }
  return { findings: [...out, ...expiredNotices.values()], expired: [...expired], unused: waivers.filter((w) => !used.has(w)) };
}

function expiredNotice(f: Finding, w: Waiver): Finding {
  return {
    severity: "warning",
    kind: f.kind,
    name: f.name,
    ...(f.namespace && { namespace: f.namespace }),
    path: "",
    ruleId: EXPIRED_WAIVER_ID,
    message: `the ${describeWaiver(w)} expired on ${w.expires}, so its findings apply again: fix them, or renew the waiver with a new date and reason`,
    ...(f.source && { source: f.source }),
  };
}
