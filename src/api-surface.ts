// The framework-free public API: schema, catalog, validation, rendering, policies, YAML, diffing, reports and
// the Terraform JSON of both backends. The package entries (the root for cdktf, hikube-vm/cdktn) add the
// constructs of their framework to it.
export * from "./core";
export * from "./policy";
export * from "./terraform";
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
export * from "./report";
