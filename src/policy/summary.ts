import type { Finding } from "../core/findings/finding";
import type { Environment } from "./environment";
import { EXPIRED_WAIVER_ID } from "./waivers/validate-waivers";

export interface PolicySummary {
  /** Findings that block, waived ones excluded. */
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly waived: number;
  readonly expiredWaivers: number;
  /** Resources evaluated. */
  readonly resources: number;
  readonly environment?: Environment;
}

/** Counts for a report: usable on any findings (validation and policy alike). */
export function summarizeFindings(findings: readonly Finding[], context: { resources: number; environment?: Environment }): PolicySummary {
  const active = findings.filter((f) => !f.waiver);
  const count = (severity: Finding["severity"]) => active.filter((f) => f.severity === severity).length;
  const expired = new Set(findings.filter((f) => f.ruleId === EXPIRED_WAIVER_ID).map((f) => f.message));
  return {
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info"),
    waived: findings.length - active.length,
    expiredWaivers: expired.size,
    resources: context.resources,
    ...(context.environment && { environment: context.environment }),
  };
}
