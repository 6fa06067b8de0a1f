import { SETTINGS_READERS } from "../load/apply-settings";
import { asObject, MANIFEST_READERS, ManifestReader } from "../load/manifest-attribute";
import { resourceProblem } from "../load/manifest-problem";
import { InputError } from "../load/load-input";
import { ChangeAction, DiffResource, JsonObject, KNOWN_AFTER_APPLY } from "../model";
import { maskManifestFields, maskSensitive } from "./sensitive-values";

/** One planned change of a manifest resource, from `resource_changes` of `terraform show -json`. */
export interface PlannedChange {
  readonly address: string;
  readonly type: string;
  /** undefined for no-op. */
  readonly action: ChangeAction | undefined;
  /** Terraform's raw actions, e.g. ["delete", "create"]. */
  readonly actions: readonly string[];
  readonly before?: DiffResource;
  readonly after?: DiffResource;
  /** `previous_address`: a moved block moved it. */
  readonly previousAddress?: string;
  /** `action_reason`, e.g. `replace_because_cannot_update`. */
  readonly reason?: string;
  /** `change.importing.id`: an import block adopts an object that already exists. */
  readonly importId?: string;
}

/**
 * The planned changes of manifest resources in a plan JSON. Replacement is `["delete","create"]`
 * or `["create","delete"]` (create_before_destroy); `read` (data sources) and `forget` (removed
 * blocks: the object stays in the cluster) are not changes to it and are left out. Both
 * backends are read (kubernetes_manifest, kubectl_manifest), with their apply settings.
 */
export function readPlannedChanges(plan: unknown, source: string, readers: Readonly<Record<string, ManifestReader>> = MANIFEST_READERS): PlannedChange[] {
  const json = asObject(plan);
  if (!json || !Array.isArray(json.resource_changes) && !("planned_values" in json)) {
    throw new InputError(`${source}: not the JSON of a plan (run 'terraform show -json tfplan > plan.json')`);
  }
  const out: PlannedChange[] = [];
  for (const entry of Array.isArray(json.resource_changes) ? json.resource_changes : []) {
    const rc = asObject(entry);
    const change = asObject(rc?.change);
    if (!rc || !change || rc.mode === "data" || typeof rc.type !== "string" || typeof rc.address !== "string") continue;
    const read = readers[rc.type];
    if (!read) continue;
    const actions = Array.isArray(change.actions) ? change.actions.map(String) : [];
    const action = toAction(actions);
    if (action === "skip") continue;
    const side = (values: unknown, unknown?: unknown): DiffResource | undefined => {
      const attributes = asObject(values);
      if (!attributes) return undefined;
      const marked = markUnknown(attributes, unknown) as JsonObject;
      const settings = SETTINGS_READERS[rc.type as string]?.(marked);
      const manifest = read(marked);
      const problem = resourceProblem(rc.type as string, marked, manifest);
      return {
        stack: "",
        address: rc.address as string,
        type: rc.type as string,
        manifest: problem === undefined ? manifest : undefined,
        ...(problem !== undefined && { problem }),
        ...(settings && { settings }),
      };
    };
    const importing = asObject(change.importing);
    // What the plan marks sensitive is never shown (before_sensitive / after_sensitive).
    const masked = maskSensitive(rc.type, change.before, change.after, change.before_sensitive, change.after_sensitive);
    const sides = kubectlSensitiveFields(rc.type, action === "create" ? undefined : side(masked.before), action === "delete" ? undefined : side(masked.after, change.after_unknown), [change.before, change.after]);
    out.push({
      address: rc.address,
      type: rc.type,
      action,
      actions,
      before: sides.before,
      after: sides.after,
      ...(typeof rc.previous_address === "string" && { previousAddress: rc.previous_address }),
      ...(typeof rc.action_reason === "string" && { reason: rc.action_reason }),
      ...(importing && { importId: typeof importing.id === "string" ? importing.id : "" }),
    });
  }
  return out;
}

function toAction(actions: readonly string[]): ChangeAction | undefined | "skip" {
  const key = actions.join(",");
  switch (key) {
    case "create":
      return "create";
    case "update":
      return "update";
    case "delete":
      return "delete";
    case "delete,create":
    case "create,delete":
      return "replace";
    case "no-op":
      return undefined;
    default:
      return "skip"; // read, forget
  }
}

/** Puts KNOWN_AFTER_APPLY where `after_unknown` says a value is unknown (Terraform leaves it out of `after`). */
function markUnknown(value: unknown, unknown: unknown): unknown {
  if (unknown === true) return KNOWN_AFTER_APPLY;
  if (Array.isArray(unknown)) {
    const list = Array.isArray(value) ? [...value] : [];
    unknown.forEach((u, i) => (list[i] = markUnknown(list[i], u)));
    return list;
  }
  const u = asObject(unknown);
  if (!u) return value;
  const out: JsonObject = { ...(asObject(value) ?? {}) };
  for (const [k, sub] of Object.entries(u)) {
    if (sub === false) continue;
    out[k] = markUnknown(out[k], sub);
  }
  return out;
}

/** kubectl_manifest's `sensitive_fields` (either side's) masked in the manifests read from its body. */
function kubectlSensitiveFields(type: string, before: DiffResource | undefined, after: DiffResource | undefined, attributes: readonly unknown[]): { before?: DiffResource; after?: DiffResource } {
  if (type !== "kubectl_manifest") return { before, after };
  const listed = attributes.flatMap((a) => asObject(a)?.sensitive_fields).flatMap((list) => (Array.isArray(list) ? list : []));
  const fields = [...new Set(listed.filter((f): f is string => typeof f === "string"))];
  if (fields.length === 0) return { before, after };
  const masked = maskManifestFields(before?.manifest, after?.manifest, fields);
  return {
    before: before && { ...before, ...(masked.before && { manifest: masked.before }) },
    after: after && { ...after, ...(masked.after && { manifest: masked.after }) },
  };
}
