// kubectl_manifest in plans: a fixture in the `terraform show -json` format (format_version
// 1.2) with alekc/kubectl's attributes (written by hand: the provider cannot be installed
// here), and a real terraform run where terraform_data carries the same attributes.
import { spawnSync } from "child_process";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { asObject } from "../../src/diff/load/manifest-attribute";
import { checkPlan, formatJson, formatMarkdown, formatText, MANIFEST_READERS, readPlannedChanges, resourceSetFromJson, diffResourceSets } from "../../src/diff";
import { terraform, terraformTest } from "../helpers/terraform";
import { tempDir } from "./helpers";

const FIXTURE = join(__dirname, "fixtures", "kubectl-manifest-plan.json");
const PLAN = JSON.parse(readFileSync(FIXTURE, "utf8"));
const SECRET = "plan-fixture-secret";

test("resource_changes of kubectl_manifest: yaml_body read (not the obfuscated yaml_body_parsed), forget left out, imports kept", () => {
  const changes = readPlannedChanges(PLAN, "plan.json");
  expect(changes.map((c) => [c.address, c.action, c.importId])).toEqual([
    ["kubectl_manifest.vmdisk_tenant-a_db-system", undefined, "apps.cozystack.io/v1alpha1//VMDisk//db-system//tenant-a"],
    ["kubectl_manifest.vmdisk_tenant-a_db-data", "update", undefined],
    ["kubernetes_manifest.vmdisk_tenant-a_logs", "delete", undefined],
    ["kubectl_manifest.vmdisk_tenant-a_logs", "create", undefined],
    ["kubectl_manifest.disk_cache", "replace", undefined],
    ["kubectl_manifest.vminstance_tenant-a_db", "update", undefined],
  ]);
  const vm = changes[5];
  expect((vm.after?.manifest?.spec as { cloudInit: string }).cloudInit).toContain(`${SECRET}-7782`);
  expect(vm.after?.settings).toEqual({ force_new: false, upgrade_api_version: false, apply_only: false, server_side_apply: false });
});

test("risks with Terraform's actions: the same as for kubernetes_manifest, the backend switch named, the import not a risk", () => {
  const result = checkPlan(PLAN, "plan.json", { environment: "development" });
  const view = Object.fromEntries(result.changes.map((c) => [c.address, [c.action, ...c.risks.map((r) => `${r.severity} ${r.type}`)]]));
  expect(view).toEqual({
    "kubectl_manifest.vmdisk_tenant-a_db-system": ["update", "info address"],
    "kubectl_manifest.vmdisk_tenant-a_db-data": ["update", "error impossible"],
    "kubernetes_manifest.vmdisk_tenant-a_logs": ["delete", "error data-loss"],
    "kubectl_manifest.vmdisk_tenant-a_logs": ["create", "warning address"],
    "kubectl_manifest.disk_cache": ["replace", "error data-loss", "info address"],
    "kubectl_manifest.vminstance_tenant-a_db": ["update", "warning ignored", "warning exposure"],
  });
  const byAddress = Object.fromEntries(result.changes.map((c) => [c.address, c]));
  expect(byAddress["kubectl_manifest.vmdisk_tenant-a_db-system"].risks[0].message).toMatch(/^imported \(id apps\.cozystack\.io\/v1alpha1\/\/VMDisk\/\/db-system\/\/tenant-a\): Terraform adopts/);
  expect(byAddress["kubectl_manifest.vmdisk_tenant-a_db-system"].fields).toEqual([]);
  expect(byAddress["kubernetes_manifest.vmdisk_tenant-a_logs"].risks[0].message).toContain('import { to = kubectl_manifest.vmdisk_tenant-a_logs id = "apps.cozystack.io/v1alpha1//VMDisk//logs//tenant-a" }');
  expect(byAddress["kubectl_manifest.disk_cache"].risks[0].message).toContain("metadata.name changed: kubectl_manifest replaces the disk");
  expect(result.summary).toMatchObject({ create: 1, update: 3, replace: 1, delete: 1, unchanged: 0, blocking: true });
  // The policies saw the kubectl manifests.
  expect(result.policies.summary.resources).toBe(5);
});

test("cloud-init in yaml_body never reaches a report, in any format", () => {
  const result = checkPlan(PLAN, "plan.json");
  for (const out of [formatText(result), formatJson(result), formatMarkdown(result)]) {
    expect(out).not.toContain(SECRET);
    expect(out).not.toContain("write_files");
  }
  const cloudInit = result.changes.find((c) => c.kind === "VMInstance")!.fields.find((f) => f.path === "spec.cloudInit")!;
  expect(cloudInit.before).toMatch(/^<cloud-init: \d+ lines, sha256 [0-9a-f]{12}>$/);
  expect(cloudInit.before).not.toEqual(cloudInit.after);
});

test("a yaml_body known only after apply: identity from the computed attributes, spec unknown, the disk's size said unchecked", () => {
  const plan = structuredClone(PLAN);
  const data = plan.resource_changes.find((c: { address: string }) => c.address === "kubectl_manifest.vmdisk_tenant-a_db-data");
  delete data.change.after.yaml_body;
  data.change.after_unknown.yaml_body = true;
  const result = checkPlan(plan, "plan.json");
  const change = result.changes.find((c) => c.address === data.address)!;
  expect(change).toMatchObject({ kind: "VMDisk", name: "db-data", namespace: "tenant-a", action: "update" });
  expect(change.fields.map((f) => [f.path, f.after])).toEqual([["spec", "(known after apply)"]]);
  expect(change.risks).toEqual([expect.objectContaining({ type: "impossible", severity: "warning", message: "storage is known only after apply: check it does not shrink" })]);
  // Not judged by the policies on a spec it does not know (4 of the 5 planned manifests).
  expect(result.policies.summary.resources).toBe(4);
});

test("hikube-vm plan-check: exit 3 on the fixture; exit 0 once the switch is done with removed + import", () => {
  const cli = (file: string) => spawnSync(process.execPath, [join(__dirname, "..", "..", "bin", "hikube-vm.js"), "plan-check", file], { encoding: "utf8" });
  const blocked = cli(FIXTURE);
  expect(blocked.status).toBe(3);
  expect(blocked.stdout).toContain("backend switch");
  expect(blocked.stdout).not.toContain(SECRET);
  // Only the adopted disk: nothing destroyed.
  const adopted = { ...PLAN, resource_changes: PLAN.resource_changes.slice(0, 2) };
  const file = join(tempDir(), "plan.json");
  writeFileSync(file, JSON.stringify(adopted));
  const ok = cli(file);
  expect(ok.stderr).toBe("");
  expect(ok.status).toBe(0);
  expect(ok.stdout).toContain("imported (id apps.cozystack.io/v1alpha1//VMDisk//db-system//tenant-a)");
});

// The real binary: terraform_data.input holds kubectl_manifest's attributes (yaml_body ...),
// read by the kubectl reader, so the YAML path runs on real plan and state JSON; `$${` in the
// JSON configuration reaches the plan as `${`, as it does for a real kubectl_manifest.
const KUBECTL_IN_DATA = { terraform_data: (a: Record<string, unknown>) => MANIFEST_READERS.kubectl_manifest(asObject(a.input) ?? {}) };
const body = (name: string, storage: string) => `apiVersion: apps.cozystack.io/v1alpha1\nkind: VMDisk\nmetadata:\n  name: ${name}\n  namespace: ns\nspec:\n  source: {}\n  optical: false\n  storage: ${storage}\n  storageClass: replicated\n`;
const vmBody = (cloudInit: string) =>
  `apiVersion: apps.cozystack.io/v1alpha1\nkind: VMInstance\nmetadata:\n  name: vm\n  namespace: ns\nspec:\n  instanceType: u1.medium\n  disks:\n    - name: data\n  cloudInit: ${JSON.stringify(cloudInit)}\n`;
const resource = (yaml: string, identity: string[]) => ({ input: { yaml_body: yaml, sensitive_fields: [] as string[] }, triggers_replace: identity });

terraformTest(
  "real terraform: kubectl-shaped plan and state JSON read like kubectl_manifest",
  () => {
    const dir = tempDir("hikube-kubectl-plan-");
    const cloudInit = "#cloud-config\nruncmd:\n  - echo $${HOME} %%{ if x }";
    const first = {
      resource: {
        terraform_data: {
          "vmdisk_ns_data": resource(body("data", "10Gi"), ["VMDisk", "ns", "data"]),
          "vmdisk_ns_scratch": resource(body("scratch", "1Gi"), ["VMDisk", "ns", "scratch"]),
          "vminstance_ns_vm": resource(vmBody(cloudInit), ["VMInstance", "ns", "vm"]),
        },
      },
    };
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify(first));
    terraform(dir, "init", "-input=false", "-no-color");
    terraform(dir, "apply", "-input=false", "-no-color", "-auto-approve");
    const state = JSON.parse(terraform(dir, "show", "-json"));
    const fromState = resourceSetFromJson(state, "state", { readers: KUBECTL_IN_DATA });
    const vm = fromState.resources.find((r) => r.address === "terraform_data.vminstance_ns_vm")!;
    // Terraform undid the escapes; so does the configuration reader: no change between them.
    expect((vm.manifest?.spec as { cloudInit: string }).cloudInit).toBe("#cloud-config\nruncmd:\n  - echo ${HOME} %{ if x }");
    expect(diffResourceSets(resourceSetFromJson(first, "config", { readers: KUBECTL_IN_DATA }), fromState).changes).toEqual([]);

    const second = {
      resource: {
        terraform_data: {
          "vmdisk_ns_data": resource(body("data", "5Gi"), ["VMDisk", "ns", "data"]),
          "vminstance_ns_vm": resource(vmBody(cloudInit.replace("HOME", "USER")), ["VMInstance", "ns", "vm"]),
        },
      },
    };
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify(second));
    terraform(dir, "plan", "-input=false", "-no-color", "-out=tfplan");
    const plan = JSON.parse(terraform(dir, "show", "-json", "tfplan"));
    const result = checkPlan(plan, "plan", { readers: KUBECTL_IN_DATA });
    const view = Object.fromEntries(result.changes.map((c) => [c.address, [c.action, ...new Set(c.risks.map((r) => r.type))]]));
    expect(view).toEqual({
      "terraform_data.vmdisk_ns_data": ["update", "impossible"],
      "terraform_data.vmdisk_ns_scratch": ["delete", "data-loss"],
      "terraform_data.vminstance_ns_vm": ["update", "ignored"],
    });
    expect(result.summary.blocking).toBe(true);
    expect(formatJson(result)).not.toContain("echo");
  },
  180_000,
);
