// Plan JSON from the real terraform binary. kubernetes_manifest needs a provider (no network
// here), so the manifests ride in `terraform_data.input`, read through the same code path with
// an attribute reader; `triggers_replace` on kind/namespace/name mimics kubernetes_manifest's
// forced replacement. Skipped, saying why, when terraform is missing.
import { writeFileSync } from "fs";
import { join } from "path";
import { attributeReader, checkPlan, diffResourceSets, readPlannedChanges, resourceSetFromJson } from "../../src/diff";
import { terraform, terraformTest } from "../helpers/terraform";
import { tempDir } from "./helpers";

const READERS = { terraform_data: attributeReader("input") };
const API = "apps.cozystack.io/v1alpha1";

function manifest(kind: string, name: string, spec: Record<string, unknown>) {
  return { input: { apiVersion: API, kind, metadata: { name, namespace: "ns" }, spec }, triggers_replace: [kind, "ns", name] };
}

const DISK = { source: {}, optical: false, storageClass: "replicated" };
const VM = { instanceType: "u1.medium", instanceProfile: "ubuntu", disks: [{ name: "data" }], external: false, externalMethod: "PortList", externalPorts: [22] };

const FIRST = {
  resource: {
    terraform_data: {
      "vmdisk_ns_data": manifest("VMDisk", "data", { ...DISK, storage: "10Gi" }),
      "vmdisk_ns_scratch": manifest("VMDisk", "scratch", { ...DISK, storage: "1Gi" }),
      "disk_cache": manifest("VMDisk", "cache", { ...DISK, storage: "1Gi" }),
      "vminstance_ns_vm": manifest("VMInstance", "vm", VM),
      "legacy_1a2b3c": manifest("VMInstance", "web", VM),
    },
  },
};

const SECOND = {
  resource: {
    terraform_data: {
      "vmdisk_ns_data": manifest("VMDisk", "data", { ...DISK, storage: "5Gi" }), // shrink: update
      // scratch removed: delete
      "disk_cache": manifest("VMDisk", "cache-2", { ...DISK, storage: "1Gi" }), // renamed at the same address: replace
      "vminstance_ns_vm": manifest("VMInstance", "vm", { ...VM, instanceType: "u1.large", external: true, externalMethod: "WholeIP" }),
      "vminstance_ns_web": manifest("VMInstance", "web", VM), // moved, unchanged
      "vmdisk_ns_logs": manifest("VMDisk", "logs", { ...DISK, storage: "2Gi" }), // create
    },
  },
  moved: [{ from: "terraform_data.legacy_1a2b3c", to: "terraform_data.vminstance_ns_web" }],
};

function plan(dir: string): unknown {
  terraform(dir, "plan", "-input=false", "-no-color", "-out=tfplan");
  return JSON.parse(terraform(dir, "show", "-json", "tfplan"));
}

terraformTest(
  "plan JSON of real terraform: create, update, replace, delete, moved; after_unknown; risks and policies",
  () => {
    const dir = tempDir("hikube-plan-");
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify(FIRST));
    terraform(dir, "init", "-input=false", "-no-color");

    const first = plan(dir);
    const created = readPlannedChanges(first, "first", READERS);
    expect(created.map((c) => [c.address, c.action])).toEqual(expect.arrayContaining([["terraform_data.vmdisk_ns_data", "create"]]));
    expect(created.every((c) => c.action === "create" && c.before === undefined && c.after?.manifest?.kind)).toBe(true);
    expect(checkPlan(first, "first", { readers: READERS }).summary).toMatchObject({ create: 5, blocking: false });

    terraform(dir, "apply", "-input=false", "-no-color", "-auto-approve", "tfplan");
    const state = JSON.parse(terraform(dir, "show", "-json"));
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify(SECOND));
    const second = plan(dir);

    const changes = readPlannedChanges(second, "second", READERS);
    const byAddress = Object.fromEntries(changes.map((c) => [c.address, c]));
    expect(byAddress["terraform_data.vmdisk_ns_data"]).toMatchObject({ action: "update", actions: ["update"] });
    expect(byAddress["terraform_data.vmdisk_ns_scratch"]).toMatchObject({ action: "delete", actions: ["delete"], after: undefined });
    expect(byAddress["terraform_data.disk_cache"]).toMatchObject({ action: "replace", actions: ["delete", "create"], reason: "replace_because_cannot_update" });
    expect(byAddress["terraform_data.vmdisk_ns_logs"]).toMatchObject({ action: "create", actions: ["create"] });
    expect(byAddress["terraform_data.vminstance_ns_web"]).toMatchObject({ action: undefined, previousAddress: "terraform_data.legacy_1a2b3c" });
    // Values Terraform knows only after apply are marked, not dropped.
    expect(byAddress["terraform_data.vmdisk_ns_data"].after?.manifest?.spec).toEqual({ ...DISK, storage: "5Gi" });

    const result = checkPlan(second, "second", { readers: READERS, environment: "production" });
    const summary = Object.fromEntries(result.changes.map((c) => [c.address, [c.action, ...new Set(c.risks.map((r) => r.type))]]));
    expect(summary).toEqual({
      "terraform_data.disk_cache": ["replace", "data-loss", "address"],
      "terraform_data.vmdisk_ns_data": ["update", "impossible"],
      "terraform_data.vmdisk_ns_logs": ["create"],
      "terraform_data.vmdisk_ns_scratch": ["delete", "data-loss"],
      "terraform_data.vminstance_ns_vm": ["update", "disruptive", "exposure"],
      "terraform_data.vminstance_ns_web": ["update", "address"],
    });
    expect(result.summary).toMatchObject({ create: 1, update: 3, replace: 1, delete: 1, blocking: true });
    // Policies ran over the planned manifests: WholeIP is an error in production (HK003).
    expect(result.policies.findings).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: "HK003", severity: "error", name: "vm" })]));

    // diff reads a state and a plan as its two sides (the plan's planned values).
    const d = diffResourceSets(resourceSetFromJson(state, "state", { readers: READERS }), resourceSetFromJson(second, "plan", { readers: READERS }));
    expect(d.changes.map((c) => [c.address, c.action])).toEqual([
      ["terraform_data.disk_cache", "replace"],
      ["terraform_data.vmdisk_ns_data", "update"],
      ["terraform_data.vmdisk_ns_logs", "create"],
      ["terraform_data.vmdisk_ns_scratch", "delete"],
      ["terraform_data.vminstance_ns_vm", "update"],
      // Moves are in a plan's resource_changes, not its planned values: seen as delete + create.
      ["terraform_data.legacy_1a2b3c", "delete"],
      ["terraform_data.vminstance_ns_web", "create"],
    ]);
  },
  180_000,
);
