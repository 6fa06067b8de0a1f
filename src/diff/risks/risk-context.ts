import type { ChangeAction, DiffResource, FieldChange, JsonObject, Risk } from "../model";

/** What a risk rule sees of one change. */
export interface RiskContext {
  readonly action: ChangeAction;
  readonly before?: DiffResource;
  readonly after?: DiffResource;
  readonly fields: readonly FieldChange[];
  /** For a replace: the identity fields whose change forces it (`metadata.name` ...). */
  readonly forcedBy: readonly string[];
}

export type RiskRule = (context: RiskContext) => Risk[];

export function specOf(resource: DiffResource | undefined): JsonObject {
  const spec = resource?.manifest?.spec;
  return spec !== null && typeof spec === "object" && !Array.isArray(spec) ? (spec as JsonObject) : {};
}

/** `"u1.large"`, `[22, 443]`, `absent`: a value inside a message. */
export function show(value: unknown): string {
  if (value === undefined) return "absent";
  return JSON.stringify(value);
}

/** `metadata.name changed`, or the plan's word when no identity field changed. */
export function replacedBecause(c: RiskContext): string {
  if (c.forcedBy.includes("force_new")) return "the manifest changed and force_new is set";
  return c.forcedBy.length > 0 ? `${c.forcedBy.join(", ")} changed` : "Terraform plans a replacement";
}

/** The resource type that acts: `kubernetes_manifest` or `kubectl_manifest`. */
export function resourceType(c: RiskContext): string {
  return (c.after ?? c.before)?.type || "kubernetes_manifest";
}

/** The path a replacement risk points at: the identity field, else the first changed field. */
export function replacementPath(c: RiskContext): string | undefined {
  const first = c.forcedBy[0];
  return first === "force_new" ? c.fields[0]?.path : first;
}

/** kubectl's apply_only on the destroyed side: Terraform forgets the object, the cluster keeps it. */
export function keptByApplyOnly(c: RiskContext): boolean {
  return c.before?.type === "kubectl_manifest" && c.before.settings?.apply_only === true;
}
