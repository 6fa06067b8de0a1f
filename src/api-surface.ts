// The framework-free public API: schema, catalog, validation, rendering, policies, YAML, diffing, reports and
// the Terraform JSON of both backends. The package entries (the root for cdktf, hikube-vm/cdktn) add the
// constructs of their framework to it.
export * from "./core";
export * from "./policy";
// The Terraform JSON of both backends, without the synth command's internals (construct ids, stable JSON).
export * from "./terraform/backend";
export * from "./terraform/resource-settings";
export { resourceBody, type BodyEscaping } from "./terraform/resource-body";
export { kubectlYamlBody, type TokenHooks } from "./terraform/kubectl-yaml-body";
export { stackJson, stackJsonText, type StackJsonOptions } from "./terraform/stack-json";
export { providerArguments, type ProviderSettings } from "./terraform/provider-block";
export { defaultDiskRole, preventsDestroy, type DiskRole, type DiskRoleInput } from "./terraform/disk-protection";
export { attachedDiskNames, diskDependencies, type DiskEntry } from "./terraform/disk-dependencies";
export { READY_WAIT } from "./terraform/default-wait";
export { FRAMEWORK_VERSION } from "./terraform/framework-version";
export { importId, backendImportId, type ObjectIdentity } from "./terraform/import-id";
export { adoptionBlocks, adoptionProblem, type AdoptionBlocks } from "./terraform/adoption";
// Reading kubectl-style YAML/JSON with positions, writing normalised manifests as YAML.
export * from "./yaml";
// Reviewing changes (hikube-vm diff / plan-check), under names that say "diff".
export {
  diffResourceSets,
  loadResourceSet,
  resourceSetFromJson,
  checkPlan,
  readPlannedChanges,
  exitCodeOf as diffExitCode,
  formatText as formatDiffText,
  formatMarkdown as formatDiffMarkdown,
  formatJson as formatDiffJson,
  InputError as DiffInputError,
  DIFF_EXIT,
  MANIFEST_READERS,
  attributeReader,
} from "./diff";
export type {
  Change as DiffChange,
  ChangeAction as DiffAction,
  FieldChange as DiffFieldChange,
  Risk as DiffRisk,
  RiskType as DiffRiskType,
  DiffResult,
  DiffSummary,
  DiffResource,
  ResourceSet as DiffResourceSet,
  PlanCheckOptions,
  PlanCheckResult,
  PlannedChange,
  DiffFormat,
} from "./diff";
// Report formats for findings; their helpers (XML escaping, colour detection, grouping) are internal.
export { formatText, type TextOptions } from "./report/text-report";
export { formatJson, type JsonFinding, type JsonReport } from "./report/json-report";
export { formatSarif, type SarifOptions } from "./report/sarif-report";
export { formatJunit, type JunitOptions } from "./report/junit-report";
export type { ReportInput } from "./report/report-input";
