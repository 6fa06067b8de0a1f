// What modules/manifests lets through (what HCL cannot check, modules/manifests/README.md), the
// library's full validation catches in `hikube-vm plan-check`. kubernetes_manifest needs a provider
// (no network here), so the root module hands each manifest of modules/manifests to a built-in
// terraform_data resource; the real plan JSON (terraform plan -out, terraform show -json) is then
// retyped as the kubernetes_manifest changes modules/stack plans (type kubernetes_manifest,
// attribute manifest), the one step not made by terraform.
import { cpSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { ResourceDefinition } from "../../src/core/definition/resource-definition";
import { toManifestsModuleInputs } from "../../src/generate/hcl/module-inputs";
import { runCli } from "../cli/helpers/run-cli";
import { ED25519_KEY } from "../helpers/definitions";
import { terraform, terraformTest } from "../helpers/terraform";

const MODULE = join(__dirname, "..", "..", "modules", "manifests");

function group(vm: Record<string, unknown>, system: Record<string, unknown> = {}): ResourceDefinition[] {
  const ns = "tenant-plan";
  return [
    { kind: "VMDisk", metadata: { name: "sys", namespace: ns }, spec: { source: { image: { name: "ubuntu-2404" } }, storage: "20Gi", ...system } },
    { kind: "VMDisk", metadata: { name: "data", namespace: ns }, spec: { storage: "50Gi" } },
    { kind: "VMInstance", metadata: { name: "web", namespace: ns }, spec: { disks: ["sys", "data"], sshKeys: [ED25519_KEY], ...vm } },
  ];
}

/** terraform plan of modules/manifests in production, as kubernetes_manifest changes; throws when the module refuses. */
function planJson(defs: ResourceDefinition[]): string {
  const dir = mkdtempSync(join(tmpdir(), "hikube-plan-check-"));
  cpSync(MODULE, join(dir, "manifests"), { recursive: true, filter: (src) => !src.includes(".terraform") });
  const config = {
    variable: { vms: { type: "any" } },
    module: { vms: { source: "./manifests", environment: "production", namespace: "${var.vms.namespace}", disks: "${var.vms.disks}", instances: "${var.vms.instances}" } },
    resource: { terraform_data: { manifest: { for_each: "${module.vms.manifests}", input: "${each.value}" } } },
  };
  writeFileSync(join(dir, "main.tf.json"), JSON.stringify(config));
  writeFileSync(join(dir, "terraform.tfvars.json"), JSON.stringify({ vms: toManifestsModuleInputs(defs) }));
  terraform(dir, "init", "-input=false", "-no-color");
  terraform(dir, "plan", "-input=false", "-no-color", "-out=tfplan");
  const plan = JSON.parse(terraform(dir, "show", "-json", "tfplan")) as { resource_changes: { type: string; address: string; change: Record<string, unknown> }[] };
  const retype = (side: unknown) => (side && typeof side === "object" && "input" in side ? { manifest: (side as { input: unknown }).input } : side);
  for (const rc of plan.resource_changes) {
    if (rc.type !== "terraform_data") continue;
    rc.type = "kubernetes_manifest";
    rc.address = rc.address.replace(/^terraform_data\./, "kubernetes_manifest.");
    for (const key of ["before", "after", "after_unknown"]) rc.change[key] = retype(rc.change[key]);
  }
  const file = join(dir, "plan.json");
  writeFileSync(file, JSON.stringify(plan));
  return file;
}

interface PlanCheckJson {
  readonly policies: { readonly findings: { severity: string; kind: string; name: string; path: string; code?: string; ruleId?: string }[] };
}

terraformTest(
  "hikube-vm plan-check on the module's plan catches what modules/manifests lets through; a clean plan passes",
  () => {
    const clean = runCli(["plan-check", "--env", "production", "--format", "json", planJson(group({}))]);
    expect({ status: clean.status, stderr: clean.stderr }).toEqual({ status: 0, stderr: "" });

    // Each accepted by the module (the plan succeeds), each refused by the library.
    const file = planJson(
      group(
        {
          sshKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBAD ops@example.com"], // the shape of a key, not a valid ed25519 body
          cloudInit: "\uFEFF#cloud-config\nssh_pwauth: true\n", // a BOM hides the header from cloud-init
        },
        { storage: "2Gi" }, // smaller than the golden image (HK007, not in HCL)
      ),
    );
    const result = runCli(["plan-check", "--env", "production", "--format", "json", file]);
    expect(result.status).toBe(1);
    const errors = (JSON.parse(result.stdout) as PlanCheckJson).policies.findings.filter((f) => f.severity === "error").map((f) => `${f.ruleId ?? f.code} ${f.kind}/${f.name} ${f.path}`);
    expect(errors).toEqual(expect.arrayContaining(["ssh-key VMInstance/web spec.sshKeys[0]", "cloud-init VMInstance/web spec.cloudInit", "HK007 VMDisk/sys spec.storage"]));
  },
  300_000,
);
