import { compareQuantities, parseQuantity } from "../../core/quantity";
import { VM_DISK_FIELDS } from "../../core/schema/vm-disk-spec";
import { KNOWN_AFTER_APPLY, Risk } from "../model";
import { describeManifest } from "./describe";
import { keptByApplyOnly, replacedBecause, replacementPath, resourceType, RiskContext, show, specOf } from "./risk-context";

/**
 * A VMDisk's data lives in it: destroying it (delete, or replace, which kubernetes_manifest and
 * kubectl_manifest do when apiVersion, kind, name or namespace change) loses it. After creation
 * the platform ignores `source` and `storageClass` edits, and storage can only grow.
 */
export function diskRisks(c: RiskContext): Risk[] {
  const subject = c.before?.manifest?.kind === "VMDisk" ? c.before : c.after;
  if (subject?.manifest?.kind !== "VMDisk") return [];
  if ((c.action === "delete" || c.action === "replace") && c.before?.manifest?.kind === "VMDisk" && keptByApplyOnly(c)) {
    return [{ id: "disk-kept-apply-only", type: "protection", severity: "info", message: "apply_only is set: Terraform forgets the old disk but does not delete it; it stays in the cluster with its data" }];
  }
  if (c.action === "delete" && c.before?.manifest?.kind === "VMDisk") {
    const what = describeManifest(c.before.manifest);
    const protectedNote = c.before.preventDestroy
      ? " Its prevent_destroy does not stop this: removing a resource from the configuration removes its lifecycle too."
      : "";
    return [{ id: "disk-deleted", type: "data-loss", severity: "error", message: `the disk${what ? ` (${what})` : ""} is destroyed and its data lost.${protectedNote}` }];
  }
  if (c.action === "replace" && c.before?.manifest?.kind === "VMDisk") {
    const refused = c.after?.preventDestroy ? " Its prevent_destroy makes Terraform refuse this plan." : "";
    return [
      {
        id: "disk-replaced",
        type: "data-loss",
        severity: "error",
        message: `${replacedBecause(c)}: ${resourceType(c)} replaces the disk (destroy, then create), and its data is lost. A Kubernetes object cannot be renamed or moved to another namespace.${refused}`,
        ...(replacementPath(c) && { path: replacementPath(c) }),
      },
    ];
  }
  if (c.action !== "update") return [];
  const out: Risk[] = [];
  for (const field of c.fields) {
    // A plan that knows the whole spec (or the whole yaml_body) only after apply.
    if (field.path === "spec" || field.path === "") {
      const unknown = c.after?.manifest === undefined || c.after.manifest.spec === KNOWN_AFTER_APPLY;
      out.push(...storageRisks(storageOf(c.before), unknown ? KNOWN_AFTER_APPLY : storageOf(c.after)));
    } else if (field.path === "spec.storage") out.push(...storageRisks(storageOf(c.before), storageOf(c.after)));
    else if (field.path === "spec.source" || field.path.startsWith("spec.source.")) {
      out.push({ id: "disk-source-ignored", type: "ignored", severity: "warning", message: `source edited (${show(specOf(c.before).source)} → ${show(specOf(c.after).source)}): the platform ignores a disk's source after creation; replace the disk under a new name to get new content`, path: "spec.source" });
    } else if (field.path === "spec.storageClass") {
      out.push({ id: "disk-storage-class-ignored", type: "ignored", severity: "warning", message: `storageClass edited (${show(field.before)} → ${show(field.after)}): the platform ignores it after creation; the disk stays where it is`, path: field.path });
    } else if (field.path === "spec.optical") {
      out.push({ id: "disk-optical-restarts", type: "disruptive", severity: "warning", message: `optical ${show(field.before)} → ${show(field.after)}: instances attach the disk differently (CD-ROM or disk) and restart to apply it`, path: field.path });
    }
  }
  // Several source keys may change at once; say it once.
  return out.filter((r, i) => r.path !== "spec.source" || out.findIndex((o) => o.path === "spec.source") === i);
}

/** The chart's default size: what the platform gives a disk whose manifest has no storage. */
export const DEFAULT_STORAGE = String(VM_DISK_FIELDS.find((f) => f.name === "storage")?.default ?? "5Gi");

/** A disk's storage as the platform sees it: absent is the chart's default. */
function storageOf(resource: RiskContext["before"]): unknown {
  const storage = specOf(resource).storage;
  return storage === undefined || storage === null ? DEFAULT_SIZE : storage;
}

/** Stands for the default in storageOf, so that messages say the storage was removed. */
const DEFAULT_SIZE = Symbol("default storage");

/** Sizes compared as quantities, exactly: `1024Mi` and `1Gi` are the same size. An absent size is the default. */
function storageRisks(given: unknown, wanted: unknown): Risk[] {
  const path = "spec.storage";
  const before = given === DEFAULT_SIZE ? DEFAULT_STORAGE : given;
  const after = wanted === DEFAULT_SIZE ? DEFAULT_STORAGE : wanted;
  if (before === undefined || after === undefined) return [];
  if (given === DEFAULT_SIZE && wanted === DEFAULT_SIZE) return [];
  if (before === KNOWN_AFTER_APPLY || after === KNOWN_AFTER_APPLY) {
    return [{ id: "storage-unknown", type: "impossible", severity: "warning", message: "storage is known only after apply: check it does not shrink", path }];
  }
  const a = parseQuantity(before as string | number);
  const b = parseQuantity(after as string | number);
  if (!a.ok || !b.ok) return [{ id: "storage-invalid", type: "impossible", severity: "error", message: `storage ${show(before)} → ${show(after)} is not a valid Kubernetes quantity`, path }];
  const order = compareQuantities(b.quantity, a.quantity);
  if (order < 0 && wanted === DEFAULT_SIZE) {
    return [{ id: "storage-removed-shrinks", type: "impossible", severity: "error", message: `storage removed: the platform gives the disk its default ${DEFAULT_STORAGE}, less than ${before}, a shrink a volume cannot do; keep storage: ${before}`, path }];
  }
  if (order < 0) return [{ id: "storage-shrinks", type: "impossible", severity: "error", message: `storage shrinks from ${before}${given === DEFAULT_SIZE ? " (the default)" : ""} to ${after}: a volume can only grow; the platform cannot apply this`, path }];
  if (order === 0) return [{ id: "storage-same-size", type: "ignored", severity: "info", message: `storage ${before} and ${after} are the same size written differently`, path }];
  return [];
}
