// Public API. The core (schema, catalog, validation, rendering) has no cdktf dependency; the
// constructs are a thin layer on top that imports only the provider's submodules.
export * from "./core";
export * from "./constructs";
export * from "./policy";
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
