// Best-practice rules over Hikube definitions, per environment, with waivers. Plain TypeScript:
// the cdktf aspect (constructs/hikube-policies.ts) and the CLI both call evaluatePolicies.
export * from "./environment";
export type { PolicyRule, RuleContext, RuleViolation, PolicyResource, DiskAttachmentRef, DiskUse } from "./rule";
export { buildRuleContext, type ContextOptions } from "./context";
export { evaluatePolicies, ruleLevel, type PolicyOptions, type PolicyReport } from "./engine";
export { summarizeFindings, type PolicySummary } from "./summary";
export { mergeFindings } from "./merge-findings";
export { HIKUBE_RULES } from "./rules";
export { policyRulesMarkdown } from "./rules-table";
export type { Waiver } from "./waivers/waiver";
export { isExpired, resourceMatches } from "./waivers/waiver";
export { WaiverError, EXPIRED_WAIVER_ID, assertValidWaivers } from "./waivers/validate-waivers";
export { WAIVER_FILE_JSON_SCHEMA, WAIVER_JSON_SCHEMA } from "./waivers/waiver-schema";
export { loadWaiverFile, parseWaiverFile } from "./waivers/load-waiver-file";
export { applyWaivers, type WaiverOutcome } from "./waivers/apply-waivers";
