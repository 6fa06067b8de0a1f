import { fieldChanges } from "./field-diff";
import { identityOf } from "./load/manifest-attribute";
import type { Change, ChangeAction, DiffResource, FieldChange, Risk } from "./model";
import { redactField } from "./redact";
import { describeManifest } from "./risks/describe";
import { risksOf } from "./risks";

/** Changing one of these makes kubernetes_manifest (and kubectl_manifest) replace the object (destroy, then create). */
export const REPLACEMENT_FIELDS = ["apiVersion", "kind", "metadata.name", "metadata.namespace"] as const;

/** Stands in `forcedBy` for kubectl_manifest's force_new: any change of the manifest replaces it. */
export const FORCE_NEW = "force_new";

/** The identity fields whose change replaces a resource of this type with these settings. */
export function replacementFieldsOf(resource: DiffResource | undefined): readonly string[] {
  // alekc/kubectl: an apiVersion change is an update in place with upgrade_api_version.
  if (resource?.type === "kubectl_manifest" && resource.settings?.upgrade_api_version === true) return REPLACEMENT_FIELDS.filter((f) => f !== "apiVersion");
  return REPLACEMENT_FIELDS;
}

export interface ClassifyOptions {
  /** Set when a moved block brought `before` to this address. */
  readonly movedFrom?: string;
  /** The move is an adoption (removed with destroy = false, and import), not a moved block. */
  readonly adopted?: boolean;
  /** The action Terraform planned, when known (plan-check): it wins over the one computed here. */
  readonly plannedAction?: ChangeAction;
  /** Risks found outside this pair (the stack's state moves): they make it a change even when nothing else changed. */
  readonly extraRisks?: readonly Risk[];
}

/** The change from `before` to `after` (either may be absent) at one address, or undefined when nothing changed. */
export function classifyChange(before: DiffResource | undefined, after: DiffResource | undefined, options: ClassifyOptions = {}): Change | undefined {
  const { movedFrom, adopted, plannedAction, extraRisks = [] } = options;
  const subject = after ?? before;
  if (!subject) return undefined;
  // A side the diff cannot read has no fields to compare: any change to it is unverified, and blocks.
  const unreadable = unverifiedRisks(before, after);
  const readable = unreadable.length === 0 || [before, after].every((r) => r === undefined || r.manifest !== undefined);
  const manifestFields = before && after && readable ? fieldChanges(before.manifest, after.manifest) : [];
  const fields = before && after ? [...manifestFields, ...configFieldChanges(before, after)] : [];
  const forcedBy = before && after ? replacementFieldsOf(after).filter((p) => manifestFields.some((f) => f.path === p)) : [];
  if (forcedBy.length === 0 && manifestFields.length > 0 && after?.type === "kubectl_manifest" && after.settings?.force_new === true) forcedBy.push(FORCE_NEW);
  const computed: ChangeAction | undefined = !before ? "create" : !after ? "delete" : forcedBy.length > 0 ? "replace" : fields.length > 0 ? "update" : undefined;
  const action = plannedAction ?? computed ?? (unreadable.length > 0 || extraRisks.length > 0 ? "update" : undefined);
  if (!action && !movedFrom) return undefined;
  const context = { action: action ?? "update", before, after, fields, forcedBy };
  const identity = identityOf(subject.manifest) ?? identityOf(before?.manifest);
  const detail = action === "create" || action === "delete" ? describeManifest(subject.manifest) : undefined;
  const risks = [...unreadable, ...extraRisks, ...(action && readable ? risksOf(context) : [])];
  if (movedFrom && adopted) {
    risks.push({ id: "adopted", type: "address", severity: "info", message: `adopted from ${movedFrom} (removed with destroy = false, and import; Terraform >= 1.7): Terraform forgets the old resource and imports the object here, nothing is destroyed` });
  } else if (movedFrom) {
    risks.push({ id: "moved", type: "address", severity: "info", message: `moved from ${movedFrom} by a moved block: Terraform updates its state, nothing is destroyed` });
  }
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

/** One blocking risk per side the diff cannot read or identify, naming it and the way out. */
function unverifiedRisks(before: DiffResource | undefined, after: DiffResource | undefined): Risk[] {
  const out: Risk[] = [];
  for (const [side, r] of [["before", before], ["after", after]] as const) {
    if (!r?.problem || (side === "after" && before?.problem === r.problem && before.address === r.address)) continue;
    const where = r.stack ? `${r.stack}: ${r.address}` : r.address;
    out.push({
      id: "unverified-resource",
      type: "unverified",
      severity: "error",
      message: `${where} (${side}): ${r.problem}. The diff cannot prove this change safe, so it blocks`,
    });
  }
  return out;
}

/**
 * prevent_destroy, depends_on and the apply settings (field_manager, force_new ...), when both
 * sides know them: no change in the cluster, but Terraform plans an update and a reviewer
 * should see why. Settings compare only within one resource type (a backend switch is a
 * delete and a create anyway).
 */
function configFieldChanges(before: DiffResource, after: DiffResource): FieldChange[] {
  const out: FieldChange[] = [];
  if (before.settings && after.settings && before.type === after.type) {
    const keys = [...new Set([...Object.keys(before.settings), ...Object.keys(after.settings)])];
    for (const key of keys) out.push(...fieldChanges(before.settings[key], after.settings[key], key));
  }
  if (before.preventDestroy !== undefined && after.preventDestroy !== undefined && before.preventDestroy !== after.preventDestroy) {
    out.push({ path: "lifecycle.prevent_destroy", before: before.preventDestroy, after: after.preventDestroy });
  }
  if (before.dependsOn && after.dependsOn) out.push(...fieldChanges([...before.dependsOn].sort(), [...after.dependsOn].sort(), "depends_on"));
  return out;
}
