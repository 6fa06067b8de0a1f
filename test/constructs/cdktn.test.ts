import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

/**
 * `hikube-vm/cdktn` is the same construct layer built against CDK Terrain. The same app, written once and run on
 * each framework with that framework's build of the library, must give the same resource, terraform and provider
 * blocks, for both backends.
 */

type Framework = typeof import("cdktf");
type Library = typeof import("../../src");

const ROOT = join(__dirname, "..", "..");

function synthesise(framework: Framework, lib: Library, backend: "kubernetes" | "kubectl"): Record<string, unknown> {
  const outdir = mkdtempSync(join(tmpdir(), "hikube-cdktn-"));
  const app = new framework.App({ outdir });
  const stack = new framework.TerraformStack(app, "fleet");
  if (backend === "kubectl") new lib.KubectlProvider(stack, "kubectl", { configPath: "~/.kube/config", configContext: "tenant" });
  else new lib.KubernetesProvider(stack, "kubernetes", { configPath: "~/.kube/config", configContext: "tenant" });
  new framework.LocalBackend(stack, { path: "terraform.tfstate" });
  lib.HikubeDefaults.set(stack, { namespace: "tenant-a", environment: "production", backend });
  const key = new framework.TerraformVariable(stack, "ssh_key", { type: "string" });
  framework.Aspects.of(app).add(new lib.HikubePolicies({ writeReports: false }));
  new lib.VirtualMachine(stack, "Web", {
    name: "web",
    instanceType: "u1.large",
    systemDisk: { image: "ubuntu-2404", storage: lib.Size.gibibytes(20) },
    dataDisks: [{ storage: lib.Size.gibibytes(50) }],
    sshKeys: [key.stringValue],
    cloudInit: "#cloud-config\nruncmd:\n  - echo ${HOME} %{x}\n",
    external: true,
    externalPorts: [22, 443],
  });
  new lib.VmDisk(stack, "Old", { name: "old", storage: "10Gi", movedFrom: `${backend === "kubectl" ? "kubectl" : "kubernetes"}_manifest.old_disk_1A2B3C4D` });
  app.synth();
  return JSON.parse(readFileSync(join(outdir, "stacks", "fleet", "cdk.tf.json"), "utf8"));
}

function blocks(json: Record<string, unknown>): Record<string, unknown> {
  const { resource, terraform, provider, moved } = json;
  // The construct-path metadata is the framework's own bookkeeping, not configuration.
  const withoutMetadata = JSON.parse(JSON.stringify(resource), (key, value) => (key === "//" ? undefined : value));
  return { resource: withoutMetadata, terraform, provider, moved };
}

describe.each(["kubernetes", "kubectl"] as const)("the %s backend on cdktf and on cdktn", (backend) => {
  test("gives the same resource, terraform and provider blocks", () => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const onCdktf = synthesise(require("cdktf"), require(join(ROOT, "lib")), backend);
    const onCdktn = synthesise(require("cdktn"), require(join(ROOT, "lib", "cdktn", "entry.js")), backend);
    expect(blocks(onCdktn)).toEqual(blocks(onCdktf));
    const type = backend === "kubectl" ? "kubectl_manifest" : "kubernetes_manifest";
    const resources = (onCdktn.resource as Record<string, Record<string, Record<string, unknown>>>)[type];
    expect(Object.keys(resources).sort()).toEqual(["vmdisk_tenant-a_old", "vmdisk_tenant-a_web-data", "vmdisk_tenant-a_web-system", "vminstance_tenant-a_web"]);
    expect(resources["vmdisk_tenant-a_web-data"].lifecycle).toEqual({ prevent_destroy: true });
    expect(JSON.stringify(resources["vminstance_tenant-a_web"])).toContain("var.ssh_key");
    expect(onCdktn.moved).toEqual([{ from: `${type}.old_disk_1A2B3C4D`, to: `${type}.vmdisk_tenant-a_old` }]);
  });
});

test("the cdktn build loads cdktn, never cdktf", () => {
  const script = `require(${JSON.stringify(join(ROOT, "lib", "cdktn", "entry.js"))});
    const loaded = Object.keys(require.cache);
    console.log(JSON.stringify({ cdktf: loaded.some((p) => /node_modules[\\\\/]cdktf[\\\\/]/.test(p)), cdktn: loaded.some((p) => /node_modules[\\\\/]cdktn[\\\\/]/.test(p)), provider: loaded.some((p) => p.includes("provider-kubernetes")) }));`;
  const result = require("child_process").spawnSync(process.execPath, ["-e", script], { encoding: "utf8", cwd: ROOT });
  expect(result.stderr).toBe("");
  expect(JSON.parse(result.stdout)).toEqual({ cdktf: false, cdktn: true, provider: false });
});
