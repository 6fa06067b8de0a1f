// Toggling prevent_destroy in the HCL modules moves a disk between two resources (disk and protected_disk: lifecycle
// cannot come from a variable), and Terraform destroys it there and creates it here. plan-check calls a delete and a
// create of one Kubernetes object data loss, unless a moved block moves it (the plan then shows previous_address).
// With the real terraform binary: manifests ride in terraform_data.input, read through the same code path.
import { writeFileSync, mkdirSync } from "fs";
import { join } from "path";
import { attributeReader, checkPlan } from "../../src/diff";
import { terraform, terraformTest } from "../helpers/terraform";
import { tempDir } from "./helpers";

const READERS = { terraform_data: attributeReader("input") };

// The shape of modules/stack: one resource for unprotected disks, one with prevent_destroy.
const STACK = `
variable "disks" { type = any }
variable "prevent_destroy_disks" {
  type    = set(string)
  default = []
}
resource "terraform_data" "disk" {
  for_each = { for name, m in var.disks : name => m if !contains(var.prevent_destroy_disks, name) }
  input    = each.value
}
resource "terraform_data" "protected_disk" {
  for_each = { for name, m in var.disks : name => m if contains(var.prevent_destroy_disks, name) }
  input    = each.value
  lifecycle {
    prevent_destroy = true
  }
}
`;

const ROOT = `
variable "protect" { type = bool }
module "db" {
  source = "./stack"
  disks = {
    "db-data" = { apiVersion = "apps.cozystack.io/v1alpha1", kind = "VMDisk", metadata = { name = "db-data", namespace = "ns" }, spec = { storage = "100Gi", storageClass = "replicated" } }
  }
  prevent_destroy_disks = var.protect ? ["db-data"] : []
}
`;

const FROM = 'module.db.terraform_data.disk["db-data"]';
const TO = 'module.db.terraform_data.protected_disk["db-data"]';

function plan(dir: string, protect: boolean): unknown {
  terraform(dir, "plan", "-input=false", "-no-color", `-var=protect=${protect}`, "-out=tfplan");
  return JSON.parse(terraform(dir, "show", "-json", "tfplan"));
}

terraformTest(
  "prevent_destroy turned on in the module: a delete and a create of the same disk, data loss; a moved block makes it safe",
  () => {
    const dir = tempDir("hikube-toggle-");
    mkdirSync(join(dir, "stack"));
    writeFileSync(join(dir, "stack", "main.tf"), STACK);
    writeFileSync(join(dir, "main.tf"), ROOT);
    terraform(dir, "init", "-input=false", "-no-color");
    plan(dir, false);
    terraform(dir, "apply", "-input=false", "-no-color", "-auto-approve", "tfplan");

    const toggled = checkPlan(plan(dir, true), "plan.json", { readers: READERS });
    expect(toggled.changes.map((c) => [c.address, c.action])).toEqual([
      [FROM, "delete"],
      [TO, "create"],
    ]);
    const [del, create] = toggled.changes;
    expect(del.risks).toEqual([expect.objectContaining({ type: "data-loss", id: "same-object-delete-create", severity: "error" })]);
    const message = del.risks[0].message;
    expect(message).toContain(`the same VMDisk is created again at ${TO}`);
    expect(message).toContain(`moved { from = ${FROM} to = ${TO} }`);
    expect(message).toContain("toggling prevent_destroy in the HCL modules");
    expect(create.risks.map((r) => r.type)).toEqual(["address"]);
    expect(toggled.summary.blocking).toBe(true);

    // The way out the message gives, in the root module: Terraform moves the state, nothing is destroyed.
    writeFileSync(join(dir, "moved.tf"), `moved {\n  from = ${FROM}\n  to   = ${TO}\n}\n`);
    const moved = checkPlan(plan(dir, true), "plan.json", { readers: READERS });
    expect(moved.changes).toEqual([expect.objectContaining({ address: TO, movedFrom: FROM, action: "update", fields: [] })]);
    expect(moved.summary.blocking).toBe(false);
  },
  120_000,
);

test("any kind: a VMInstance deleted at one address and created at another is data loss too", () => {
  const vm = { apiVersion: "apps.cozystack.io/v1alpha1", kind: "VMInstance", metadata: { name: "web", namespace: "ns" }, spec: { instanceType: "u1.medium" } };
  const change = (address: string, actions: string[], before: unknown, after: unknown) => ({ address, mode: "managed", type: "kubernetes_manifest", name: "x", change: { actions, before, after, after_unknown: {} } });
  const plan = {
    format_version: "1.2",
    resource_changes: [change("kubernetes_manifest.old", ["delete"], { manifest: vm }, null), change("kubernetes_manifest.new", ["create"], null, { manifest: vm })],
  };
  const result = checkPlan(plan, "plan.json");
  const del = result.changes.find((c) => c.action === "delete")!;
  expect(del.risks[0]).toMatchObject({ type: "data-loss", id: "same-object-delete-create" });
  expect(del.risks[0].message).toContain("moved { from = kubernetes_manifest.old to = kubernetes_manifest.new }");
  // Not the HCL modules' toggle: not said to be.
  expect(del.risks[0].message).not.toContain("prevent_destroy");
  expect(result.summary.blocking).toBe(true);
});
