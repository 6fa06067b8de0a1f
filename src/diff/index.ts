// Reviewing changes: what Terraform will do to Hikube VMs and disks, and what it means on the
// platform (data loss, impossible, ignored, disruptive, exposure). Framework-free.
export * from "./model";
export { diffResourceSets, summarize, importId } from "./diff";
export { classifyChange, REPLACEMENT_FIELDS } from "./classify";
export type { ClassifyOptions } from "./classify";
export { fieldChanges } from "./field-diff";
export { loadResourceSet, resourceSetFromJson, InputError } from "./load/load-input";
export type { LoadOptions } from "./load/load-input";
export { MANIFEST_READERS, attributeReader } from "./load/manifest-attribute";
export type { ManifestReader } from "./load/manifest-attribute";
export { SETTINGS_READERS } from "./load/apply-settings";
export type { SettingsReader } from "./load/apply-settings";
export { unescapeTerraformString, unescapeTerraformTemplates } from "./load/terraform-unescape";
export { readPlannedChanges } from "./plan/read-plan";
export type { PlannedChange } from "./plan/read-plan";
export { checkPlan } from "./plan/check-plan";
export type { PlanCheckOptions, PlanCheckResult } from "./plan/check-plan";
export { formatText, formatMarkdown, formatJson, useColour, COLOUR, PLAIN, DIFF_FORMATS } from "./format";
export type { DiffFormat, Style } from "./format";
export { exitCodeOf } from "./exit-code";
