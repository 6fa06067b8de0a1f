import { fieldChanges } from "./field-diff";
import { identityOf } from "./load/manifest-attribute";
import type { Change, ChangeAction, DiffResource, FieldChange } from "./model";
import { redactField } from "./redact";
import { describeManifest } from "./risks/describe";
import { risksOf } from "./risks";

/** Changing one of these makes kubernetes_manifest replace the object (destroy, then create). */
export const REPLACEMENT_FIELDS = ["apiVersion", "kind", "metadata.name", "metadata.namespace"] as const;

export interface ClassifyOptions {
  /** Set when a moved block brought `before` to this address. */
  readonly movedFrom?: string;
  /** The action Terraform planned, when known (plan-check): it wins over the one computed here. */
  readonly plannedAction?: ChangeAction;
}

/** The change from `before` to `after` (either may be absent) at one address, or undefined when nothing changed. */
export function classifyChange(before: DiffResource | undefined, after: DiffResource | undefined, options: ClassifyOptions = {}): Change | undefined {
  const { movedFrom, plannedAction } = options;
  const subject = after ?? before;
  if (!subject) return undefined;
  const fields = before && after ? [...fieldChanges(before.manifest, after.manifest), ...configFieldChanges(before, after)] : [];
  const forcedBy = before && after ? REPLACEMENT_FIELDS.filter((p) => fields.some((f) => f.path === p)) : [];
  const computed: ChangeAction | undefined = !before ? "create" : !after ? "delete" : forcedBy.length > 0 ? "replace" : fields.length > 0 ? "update" : undefined;
  const action = plannedAction ?? computed;
  if (!action && !movedFrom) return undefined;
  const context = { action: action ?? "update", before, after, fields, forcedBy };
  const identity = identityOf(subject.manifest) ?? identityOf(before?.manifest);
  const detail = action === "create" || action === "delete" ? describeManifest(subject.manifest) : undefined;
  const risks = action ? risksOf(context) : [];
  if (movedFrom) risks.push({ type: "address", severity: "info", message: `moved from ${movedFrom} by a moved block: Terraform updates its state, nothing is destroyed` });
  return {
    ...(subject.stack && { stack: subject.stack }),
    address: subject.address,
    kind: identity?.kind ?? "",
    namespace: identity?.namespace ?? "",
    name: identity?.name ?? "",
    // A move alone changes nothing in the cluster, yet Terraform shows it: an update with no fields.
    action: action ?? "update",
    fields: fields.map(redactField),
    risks,
    ...(detail && { detail }),
    ...(movedFrom && { movedFrom }),
  };
}

/** prevent_destroy and depends_on, when both sides know them: no change in the cluster, but worth a review. */
function configFieldChanges(before: DiffResource, after: DiffResource): FieldChange[] {
  const out: FieldChange[] = [];
  if (before.preventDestroy !== undefined && after.preventDestroy !== undefined && before.preventDestroy !== after.preventDestroy) {
    out.push({ path: "lifecycle.prevent_destroy", before: before.preventDestroy, after: after.preventDestroy });
  }
  if (before.dependsOn && after.dependsOn) out.push(...fieldChanges([...before.dependsOn].sort(), [...after.dependsOn].sort(), "depends_on"));
  return out;
}
