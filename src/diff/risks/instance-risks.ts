import type { Risk } from "../model";
import { diskName } from "./describe";
import { keptByApplyOnly, replacedBecause, replacementPath, resourceType, RiskContext, show, specOf } from "./risk-context";

/** Spec fields whose change makes the VM restart (KubeVirt re-creates the VM's pod), and why. */
const RESTART_FIELDS: Readonly<Record<string, string>> = {
  instanceType: "the VM restarts to get the new vCPU and memory",
  instanceProfile: "the VM restarts with the new OS profile (machine type, devices)",
  resources: "the VM restarts to get the new CPU and memory",
  gpus: "the VM restarts to attach or detach GPUs",
  cpuModel: "the VM restarts with the new CPU model",
  networks: "the VM restarts to change its network interfaces",
  subnets: "the VM restarts to change its network interfaces",
};

/**
 * A VMInstance holds no data (its disks are VMDisks), so its risks are downtime: replaced,
 * deleted, restarted, stopped; and cloud-init edits that do not apply to a running VM.
 */
export function instanceRisks(c: RiskContext): Risk[] {
  const subject = c.before?.manifest?.kind === "VMInstance" ? c.before : c.after;
  if (subject?.manifest?.kind !== "VMInstance") return [];
  if (c.action === "delete" && keptByApplyOnly(c)) return [];
  if (c.action === "delete") {
    return [{ id: "vm-deleted", type: "disruptive", severity: "warning", message: "the VM is deleted (its VMDisks are separate resources and keep their data)" }];
  }
  if (c.action === "replace") {
    const path = replacementPath(c);
    return [{ id: "vm-replaced", type: "disruptive", severity: "warning", message: `${replacedBecause(c)}: ${resourceType(c)} replaces the VM (destroy, then create): downtime; its VMDisks keep their data`, ...(path && { path }) }];
  }
  if (c.action !== "update") return [];
  const before = specOf(c.before);
  const after = specOf(c.after);
  const out: Risk[] = [];
  const topFields = [...new Set(c.fields.filter((f) => f.path.startsWith("spec.")).map((f) => f.path.split(".")[1]))];
  for (const field of topFields) {
    const path = `spec.${field}`;
    const change = `${field} ${show(before[field])} → ${show(after[field])}`;
    if (field in RESTART_FIELDS) out.push({ id: "vm-restarts", type: "disruptive", severity: "warning", message: `${change}: ${RESTART_FIELDS[field]}`, path });
    else if (field === "disks") out.push({ id: "vm-disks-change", type: "disruptive", severity: "warning", message: disksMessage(before.disks, after.disks), path });
    else if (field === "cloudInitSeed") {
      out.push({ id: "cloud-init-runs-again", type: "disruptive", severity: "warning", message: "cloudInitSeed changes the VM's SMBIOS UUID: cloud-init runs again on next boot (users, keys and files it writes are applied again)", path });
    } else if (field === "cloudInit" && before.cloudInitSeed === after.cloudInitSeed) {
      out.push({ id: "cloud-init-not-applied", type: "ignored", severity: "warning", message: "cloudInit edited: cloud-init applies user data on the first boot of a VM only; a running VM keeps its old configuration unless cloudInitSeed changes too (or the VM is recreated)", path });
    } else if (field === "sshKeys") {
      out.push({ id: "ssh-keys-at-boot", type: "ignored", severity: "info", message: "sshKeys edited: keys reach the VM through cloud-init at boot; check that a running VM gets them", path });
    } else if (field === "runStrategy" || field === "running") {
      const stops = after.runStrategy === "Halted" || after.running === false;
      if (stops) out.push({ id: "vm-stops", type: "disruptive", severity: "warning", message: `${change}: the VM stops`, path });
    }
  }
  return out;
}

function disksMessage(before: unknown, after: unknown): string {
  const a = Array.isArray(before) ? before.map(diskName) : [];
  const b = Array.isArray(after) ? after.map(diskName) : [];
  const parts: string[] = [];
  const added = b.filter((d) => !a.includes(d));
  const removed = a.filter((d) => !b.includes(d));
  if (added.length) parts.push(`attaches ${added.join(", ")}`);
  if (removed.length) parts.push(`detaches ${removed.join(", ")}`);
  if (a[0] !== b[0]) parts.push(`boots from ${b[0] ?? "nothing"} instead of ${a[0] ?? "nothing"}`);
  else if (!added.length && !removed.length) parts.push("changes the disk order or bus");
  return `disks: the VM ${parts.join(", ")}, and restarts to apply it`;
}
