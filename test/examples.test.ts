import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { Testing } from "cdktf";
import { BasicStack } from "../examples/basic/main";
import { ProductionStack } from "../examples/production/main";

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
