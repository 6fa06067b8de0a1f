import type { PolicyReport } from "../policy/engine";
import type { Environment } from "../policy/environment";
import type { PolicyRule } from "../policy/rule";
import { formatJson } from "./json-report";
import { formatSarif } from "./sarif-report";

export const POLICY_REPORT_JSON = "hikube-policy-report.json";
export const POLICY_REPORT_SARIF = "hikube-policy-report.sarif";

/**
 * The policy report files written next to a synthesised stack, by file name: what HikubePolicies writes at
 * synthesis, and `hikube-vm synth` without it.
 */
export function policyReportFiles(report: Pick<PolicyReport, "findings" | "summary">, options: { readonly environment: Environment; readonly rules?: readonly PolicyRule[] }): Record<string, string> {
  const input = { findings: report.findings, summary: report.summary };
  return {
    [POLICY_REPORT_JSON]: formatJson(input),
    [POLICY_REPORT_SARIF]: formatSarif(input, { ...(options.rules && { rules: options.rules }), environment: options.environment }),
  };
}
