import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Testing } from "cdktf";
import { BasicStack } from "../examples/basic/main";
import { ProductionStack } from "../examples/production/main";
import { TenantKubectlStack } from "../examples/tenant-kubectl/main";
import { KubernetesProvider } from "../src";

const root = join(__dirname, "..");

test("examples/basic: one VM, two resources, valid", () => {
  const stack = new BasicStack(Testing.app(), "basic");
  const json = JSON.parse(Testing.synth(stack, true));
  expect(Object.keys(json.resource.kubernetes_manifest).sort()).toEqual(["vmdisk_tenant-demo_web-system", "vminstance_tenant-demo_web"]);
  expect(stack.node.findAll().some((c) => c instanceof KubernetesProvider)).toBe(true);
});

test("examples/production: system and data disk replicated, PortList 22 and 443, SSH key, cloud-init", () => {
  const stack = new ProductionStack(Testing.app(), "production");
  const r = JSON.parse(Testing.synth(stack, true)).resource.kubernetes_manifest;
  expect(Object.keys(r).sort()).toEqual(["vmdisk_tenant-prod_api-data", "vmdisk_tenant-prod_api-system", "vminstance_tenant-prod_api"]);
  expect(r["vmdisk_tenant-prod_api-data"].manifest.spec.storageClass).toBe("replicated");
  expect(r["vmdisk_tenant-prod_api-system"].manifest.spec.storageClass).toBe("replicated");
  expect(r["vmdisk_tenant-prod_api-data"].lifecycle).toEqual({ prevent_destroy: true });
  const spec = r["vminstance_tenant-prod_api"].manifest.spec;
  expect(spec).toMatchObject({ external: true, externalMethod: "PortList", externalPorts: [22, 443], disks: [{ name: "api-system" }, { name: "api-data" }] });
  expect(spec.sshKeys).toHaveLength(1);
  expect(spec.cloudInit).toContain("#cloud-config");
  expect(spec.cloudInit).toContain("$${HOSTNAME}");
});

test("examples/tenant-kubectl: kubectl_manifest resources, protected data disk, cloud-init hidden from plans", () => {
  const stack = new TenantKubectlStack(Testing.app(), "tenant-kubectl");
  const json = JSON.parse(Testing.synth(stack, true));
  expect(json.resource.kubernetes_manifest).toBeUndefined();
  const r = json.resource.kubectl_manifest;
  expect(Object.keys(r).sort()).toEqual(["vmdisk_tenant-demo_db-data", "vmdisk_tenant-demo_db-system", "vminstance_tenant-demo_db"]);
  expect(r["vmdisk_tenant-demo_db-data"].lifecycle).toEqual({ prevent_destroy: true });
  expect(r["vminstance_tenant-demo_db"].sensitive_fields).toEqual(["spec.cloudInit"]);
  expect(json.terraform.required_providers).toEqual({ kubectl: { source: "alekc/kubectl", version: ">= 2.3.0" } });
});

test("examples/cdktn: the app runs on CDK Terrain as a user runs it", () => {
  const outdir = mkdtempSync(join(tmpdir(), "hikube-cdktn-example-"));
  const result = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", `
    const { App } = require("cdktn");
    const { CdktnStack } = require(${JSON.stringify(join(root, "examples", "cdktn", "main.ts"))});
    const app = new App({ outdir: ${JSON.stringify(outdir)} });
    new CdktnStack(app, "cdktn");
    app.synth();`], { cwd: root, encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  const json = JSON.parse(readFileSync(join(outdir, "stacks", "cdktn", "cdk.tf.json"), "utf8"));
  expect(Object.keys(json.resource.kubernetes_manifest).sort()).toEqual(["vmdisk_tenant-demo_web-system", "vminstance_tenant-demo_web"]);
  expect(json.terraform.required_providers.kubernetes).toEqual({ source: "hashicorp/kubernetes", version: ">= 2.38.0" });
}, 60_000);

test("the quick start: `npx cdktf synth` writes the production stack", () => {
  const outdir = mkdtempSync(join(tmpdir(), "hikube-quickstart-"));
  const result = spawnSync("npx", ["cdktf", "synth", "--output", outdir], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CHECKPOINT_DISABLE: "1", CI: "1" },
  });
  expect(result.status).toBe(0);
  const json = JSON.parse(readFileSync(join(outdir, "stacks", "production", "cdk.tf.json"), "utf8"));
  expect(Object.keys(json.resource.kubernetes_manifest)).toHaveLength(3);
  // The production policies ran and found nothing to say.
  const report = JSON.parse(readFileSync(join(outdir, "stacks", "production", "hikube-policy-report.json"), "utf8"));
  expect(report.summary).toMatchObject({ errors: 0, warnings: 0, resources: 3, environment: "production" });
}, 120_000);
