import { API_VERSION } from "../core/schema/kinds";
import { hclString, shellWord } from "../core/safe-output/paste-safe";
import { importId } from "../terraform/import-id";
import { classifyChange } from "./classify";
import { markDuplicates } from "./load/duplicates";
import { identityOf, resourceTypeOf } from "./load/manifest-attribute";
import { stateMoveRisk } from "./state-move";
import { BLOCKING_RISKS, Change, DiffResource, DiffResult, DiffSummary, RISK_TYPES, ResourceSet, Risk, RiskType } from "./model";

/**
 * What Terraform will do to go from `before` to `after`: resources are paired by stack and
 * address, after the moved blocks of `after` are applied. A resource whose address changed
 * without a moved block is a delete and a create, as Terraform sees it; the two are linked by
 * their kind, namespace and name so the report can say it is the same object.
 */
export function diffResourceSets(before: ResourceSet, after: ResourceSet): DiffResult {
  const single = singleStack(before.resources) && singleStack(after.resources);
  // Two single-stack inputs (a cdk.tf.json and a cdktf.out of one stack) name their stack
  // differently; they are the same configuration.
  const stackOf = (stack: string) => (single ? "" : stack);
  const a = markDuplicates(before.resources.map((r) => ({ ...r, stack: stackOf(r.stack) })));
  const b = markDuplicates(after.resources.map((r) => ({ ...r, stack: stackOf(r.stack) })));
  const stateMove = single ? stateMoveRisk(before.stacks, after.stacks) : undefined;
  const extraRisks = stateMove ? [stateMove] : [];
  const moved = new Map(after.moved.map((m) => [key(stackOf(m.stack), m.from), m]));
  const beforeByKey = new Map<string, { resource: DiffResource; movedFrom?: string; adopted?: boolean }>();
  for (const r of a) {
    const block = moved.get(key(r.stack, r.address));
    const address = block !== undefined && !a.some((o) => o.stack === r.stack && o.address === block.to) ? block.to : r.address;
    const movedHere = address !== r.address ? { movedFrom: r.address, ...(block?.adoption && { adopted: true }) } : {};
    beforeByKey.set(key(r.stack, address), { resource: { ...r, address }, ...movedHere });
  }
  const changes: Change[] = [];
  let unchanged = 0;
  for (const r of b) {
    const k = key(r.stack, r.address);
    const previous = beforeByKey.get(k);
    beforeByKey.delete(k);
    const change = classifyChange(previous?.resource, r, { movedFrom: previous?.movedFrom, adopted: previous?.adopted, extraRisks });
    if (change) changes.push(change);
    else unchanged++;
  }
  for (const { resource } of beforeByKey.values()) changes.push(classifyChange(resource, undefined, { extraRisks })!);
  linkSameObjects(changes, [...a, ...b]);
  changes.sort(compareChanges);
  return { changes, summary: summarize(changes, unchanged) };
}

/** Counts per action and risk type; blocking when a change destroys data or is impossible. */
export function summarize(changes: readonly Change[], unchanged: number): DiffSummary {
  const risks = Object.fromEntries(RISK_TYPES.map((t) => [t, 0])) as Record<RiskType, number>;
  for (const c of changes) for (const r of c.risks) risks[r.type]++;
  const count = (action: Change["action"]) => changes.filter((c) => c.action === action).length;
  return {
    create: count("create"),
    update: count("update"),
    replace: count("replace"),
    delete: count("delete"),
    unchanged,
    risks,
    blocking: changes.some((c) => c.risks.some((r) => BLOCKING_RISKS.has(r.type))),
  };
}

/**
 * A delete and a create of the same kind, namespace and name are one object whose Terraform
 * address changed (or a disk "renamed" in code): say so on both, with the way out.
 * A VMDisk renamed in code (new metadata.name, the instance now listing the new name) is said
 * to be a new, different disk: Kubernetes objects cannot be renamed.
 * `resources` (both sides) give the apiVersion of an object for import ids.
 */
export function linkSameObjects(changes: Change[], resources: readonly DiffResource[] = []): void {
  const creates = changes.filter((c) => c.action === "create");
  for (const del of changes.filter((c) => c.action === "delete")) {
    const twin = creates.find((c) => c.kind === del.kind && c.namespace === del.namespace && c.name === del.name && c.name !== "");
    if (twin) {
      if (keptByApplyOnly(resources, del)) continue;
      const where = (c: Change) => (c.stack ? `${c.stack}: ${c.address}` : c.address);
      const [from, to] = [resourceTypeOf(del.address), resourceTypeOf(twin.address)];
      const lost = del.kind === "VMDisk" ? ", and the disk's data is lost" : del.kind === "VMInstance" ? ": downtime" : "";
      // Terraform orders nothing between two resources: the create may even run first and fail, the object existing.
      const race = "Terraform deletes and creates two different resources, in no set order";
      if (from !== to && del.stack === twin.stack) {
        const apiVersion = apiVersionOf(resources, twin) ?? apiVersionOf(resources, del) ?? API_VERSION;
        const how = backendSwitchRemedy(del, twin, apiVersion);
        linkRisk(del, `backend switch: the same ${del.kind} is created again as ${where(twin)}; Terraform cannot move state from ${from} to ${to}, so it destroys this one and creates the other${lost}. ${how}`);
        pushRisk(twin, { id: "backend-switch-create", type: "address", severity: "warning", message: `backend switch: the same ${twin.kind} is destroyed as ${where(del)} first${lost}. ${how}` });
        continue;
      }
      const hint =
        del.stack === twin.stack
          ? `; if only the address changed, keep it with a moved block: moved { from = ${del.address} to = ${twin.address} } (in cdktf, declare movedFrom: ${JSON.stringify(del.address)} on it)${preventDestroyToggle(del.address, twin.address)}`
          : "; Terraform cannot move a resource between stacks: move its state (terraform state mv between the two states), or keep it in its stack";
      linkRisk(del, `the same ${del.kind} is created again at ${where(twin)}: ${race}, so this object is destroyed${lost}${hint}`);
      pushRisk(twin, { id: "same-object-create-after-delete", type: "address", severity: "warning", message: `the same ${twin.kind} is destroyed at ${where(del)}: this create follows a destroy${hint}` });
      continue;
    }
    if (del.kind !== "VMDisk") continue;
    const renamed = creates.find((c) => c.kind === "VMDisk" && c.namespace === del.namespace && (c.stack ?? "") === (del.stack ?? "") && renamedIn(changes, del, c));
    if (renamed) {
      pushRisk(del, { id: "disk-renamed", type: "data-loss", severity: "error", message: `looks like a rename to ${renamed.name}: a VMDisk cannot be renamed; ${renamed.name} is a new disk and ${del.name}'s data is not copied to it` });
    }
  }
}

/**
 * The delete of an object that is created again elsewhere destroys it, whatever its kind: one data-loss risk that says
 * so (a VMDisk's own "destroyed" risk is merged into it, said once).
 */
function linkRisk(del: Change, message: string): void {
  const risks = del.risks as Risk[];
  const i = risks.findIndex((r) => r.type === "data-loss");
  const risk: Risk = { id: "same-object-delete-create", type: "data-loss", severity: "error", message: i >= 0 ? `${risks[i].message} ${message}` : message };
  if (i >= 0) risks[i] = risk;
  else risks.unshift(risk);
}

/** The HCL modules keep a disk in `disk` or in `protected_disk` (lifecycle cannot come from a variable). */
function preventDestroyToggle(from: string, to: string): string {
  const resource = (address: string) => /^(.*?)[A-Za-z0-9_-]+\.(disk|protected_disk)(\[.*\])$/.exec(address);
  const [a, b] = [resource(from), resource(to)];
  // The same module and key, the other of the two resources.
  if (!a || !b || a[2] === b[2] || a[1] !== b[1] || a[3] !== b[3]) return "";
  return `. This is what toggling prevent_destroy in the HCL modules does (the disk moves between the resources disk and protected_disk): add the moved block to the root module before changing the option`;
}

function keptByApplyOnly(resources: readonly DiffResource[], c: Change): boolean {
  const found = resources.find((r) => r.address === c.address && (r.stack === (c.stack ?? "") || !c.stack));
  return found?.type === "kubectl_manifest" && found.settings?.apply_only === true;
}

/**
 * How to change backend without destroying: forget the old resource, adopt the object under the
 * new one. `removed` takes a whole resource (no instance key); `import` and the CLI take one.
 */
function backendSwitchRemedy(del: Change, twin: Change, apiVersion: string): string {
  const id = importId(resourceTypeOf(twin.address), apiVersion, twin);
  const resource = del.address.replace(/\[[^\]]*\]$/, "");
  return (
    `To keep it, adopt the object instead (Terraform >= 1.7): removed { from = ${resource} lifecycle { destroy = false } } and import { to = ${twin.address} id = ${hclString(id)} }; ` +
    `or run terraform state rm ${shellWord(del.address)} then terraform import ${shellWord(twin.address)} ${shellWord(id)}`
  );
}

export { importId };

function apiVersionOf(resources: readonly DiffResource[], c: Change): string | undefined {
  const found = resources.find((r) => r.address === c.address && (r.stack === (c.stack ?? "") || !c.stack));
  return identityOf(found?.manifest)?.apiVersion || undefined;
}

/** Some instance listed `from` and now lists `to` at the same position. */
function renamedIn(changes: readonly Change[], from: Change, to: Change): boolean {
  return changes.some(
    (c) =>
      c.kind === "VMInstance" &&
      c.fields.some((f) => {
        if (f.path !== "spec.disks" || !Array.isArray(f.before) || !Array.isArray(f.after)) return false;
        const i = f.before.findIndex((d) => (d as { name?: string })?.name === from.name || d === from.name);
        const j = f.after.findIndex((d) => (d as { name?: string })?.name === to.name || d === to.name);
        return i >= 0 && i === j;
      }),
  );
}

function pushRisk(change: Change, risk: Risk): void {
  (change.risks as Risk[]).push(risk);
}

function singleStack(resources: readonly DiffResource[]): boolean {
  return new Set(resources.map((r) => r.stack)).size <= 1;
}

function key(stack: string, address: string): string {
  return `${stack}\u0000${address}`;
}

const ACTION_ORDER = { delete: 0, replace: 1, update: 2, create: 3 } as const;

function compareChanges(x: Change, y: Change): number {
  const kx = [x.stack ?? "", x.namespace, x.name, x.kind, x.address].join("\u0000");
  const ky = [y.stack ?? "", y.namespace, y.name, y.kind, y.address].join("\u0000");
  // Plain code-unit order, not localeCompare: the same output on every machine.
  if (ACTION_ORDER[x.action] !== ACTION_ORDER[y.action] && kx.split("\u0000").slice(0, 4).join() === ky.split("\u0000").slice(0, 4).join()) {
    return ACTION_ORDER[x.action] - ACTION_ORDER[y.action];
  }
  return kx < ky ? -1 : kx > ky ? 1 : 0;
}
