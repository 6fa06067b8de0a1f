import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

/**
 * The library writes `kubernetes_manifest` with its own resource class. This synthesises one representative app
 * twice, in isolated module registries: once as the library is, once with the library's class replaced by the
 * provider's generated `Manifest` (`@cdktf/provider-kubernetes/lib/manifest`) given the same arguments. The bytes
 * must be equal, so an upgrade of the provider bindings that changes the shape is caught here.
 */

type Json = Record<string, unknown>;

/** How many resources the generated class built: the swap must really have happened. */
let generatedInstances = 0;

/** The arguments of the library's class, as the generated class's camelCase config. */
function generatedConfig(args: Json, meta: Json): Json {
  const fieldManager = args.field_manager as { name?: string; force_conflicts?: boolean } | undefined;
  const wait = args.wait as { fields?: Json; condition?: { type: string; status: string }[] } | undefined;
  return {
    manifest: args.manifest,
    ...(args.computed_fields !== undefined && { computedFields: args.computed_fields }),
    ...(fieldManager && { fieldManager: { name: fieldManager.name, forceConflicts: fieldManager.force_conflicts } }),
    ...(wait && { wait: { fields: wait.fields, condition: wait.condition } }),
    ...(args.timeouts !== undefined && { timeouts: args.timeouts }),
    ...meta,
  };
}

/** Synthesises the representative app and returns cdk.tf.json's bytes; `generated` swaps in the provider's class. */
function synthesise(generated: boolean): string {
  let text = "";
  jest.isolateModules(() => {
    if (generated) {
      jest.doMock("../../src/constructs/terraform/kubernetes-manifest-resource", () => {
        const { Manifest } = jest.requireActual("@cdktf/provider-kubernetes/lib/manifest");
        class KubernetesManifestResource extends Manifest {
          static readonly tfResourceType = "kubernetes_manifest";
          constructor(scope: unknown, id: string, args: Json, meta: Json = {}) {
            super(scope, id, generatedConfig(args, meta));
            generatedInstances++;
          }
        }
        return { KubernetesManifestResource };
      });
    }
    text = buildAndSynth();
  });
  jest.dontMock("../../src/constructs/terraform/kubernetes-manifest-resource");
  return text;
}

function buildAndSynth(): string {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const cdktf = require("cdktf") as typeof import("cdktf");
  const { KubernetesProvider } = require("@cdktf/provider-kubernetes/lib/provider") as typeof import("@cdktf/provider-kubernetes/lib/provider");
  const lib = require("../../src") as typeof import("../../src");
  const outdir = mkdtempSync(join(tmpdir(), "hikube-generated-eq-"));
  const app = new cdktf.App({ outdir });
  const stack = new cdktf.TerraformStack(app, "representative");
  new KubernetesProvider(stack, "kubernetes", { configPath: "~/.kube/config" });
  const second = new KubernetesProvider(stack, "second", { alias: "second", configContext: "other" });
  lib.HikubeDefaults.set(stack, { namespace: "tenant-a", environment: "production" });
  const key = new cdktf.TerraformVariable(stack, "ssh_key", { type: "string" });
  const ports = new cdktf.TerraformVariable(stack, "ports", { type: "list(number)" });
  cdktf.Aspects.of(app).add(new lib.HikubePolicies({ environment: "development", writeReports: false }));

  new lib.VirtualMachine(stack, "Api", {
    name: "api",
    instanceType: "u1.2xlarge",
    systemDisk: { image: "ubuntu-2404", storage: lib.Size.gibibytes(30), movedFrom: "kubernetes_manifest.api_system_1A2B3C4D" },
    dataDisks: [{ name: "api-data", storage: lib.Size.gibibytes(100) }, { name: "api-data-2", storage: "50Gi", preventDestroy: false, bus: "sata" }],
    external: true,
    externalPorts: [22, 443],
    sshKeys: [key.stringValue, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFngqH7md4Y6FwwuyUwgmTZoPdUy5iKNHYZBUGDw7P3q ops@example.com"],
    cloudInit: "#cloud-config\nruncmd:\n  - echo ${HOME} %{ x } $${KEEP}\n",
    labels: { app: "api", "example.com/team": "web" },
    annotations: { owner: "platform", "example.com/note": "v${y} %{ z }" },
    timeouts: { create: "30m", update: "20m" },
    diskTimeouts: { create: "1h" },
    fieldManager: "hikube",
  });
  new lib.VmDisk(stack, "Scratch", { name: "scratch", wait: lib.ResourceWait.forFields({ "status.phase": "Succeeded" }), forceConflicts: false, provider: second });
  new lib.VmDisk(stack, "Iso", { name: "iso", namespace: "tenant-b", source: { image: { name: "proxmox-9" } }, optical: true, storage: "2Gi", wait: lib.ResourceWait.none() });
  new lib.VmInstance(stack, "Lab", {
    name: "lab",
    namespace: "tenant-b",
    disks: ["lab-system", { name: "iso", bus: "sata" }],
    externalPorts: cdktf.Token.asNumberList(ports.listValue),
    wait: lib.ResourceWait.forCondition("WorkloadsReady"),
    forceConflicts: false,
    fieldManager: "lab",
    provider: second,
    movedFrom: "module.old.kubernetes_manifest.lab",
  });
  new lib.VmDisk(stack, "LabSystem", { name: "lab-system", namespace: "tenant-b", source: { http: { url: "https://example.com/image.qcow2" } } });
  app.synth();
  return readFileSync(join(outdir, "stacks", "representative", "cdk.tf.json"), "utf8");
}

test("the library's kubernetes_manifest class writes the same bytes as the provider's generated Manifest", () => {
  const ours = synthesise(false);
  const theirs = synthesise(true);
  // The app really exercises what it claims to: every option reaches the JSON.
  const resources = (JSON.parse(ours) as { resource: { kubernetes_manifest: Record<string, Json> } }).resource.kubernetes_manifest;
  expect(Object.keys(resources).sort()).toEqual([
    "vmdisk_tenant-a_api-data",
    "vmdisk_tenant-a_api-data-2",
    "vmdisk_tenant-a_api-system",
    "vmdisk_tenant-a_scratch",
    "vmdisk_tenant-b_iso",
    "vmdisk_tenant-b_lab-system",
    "vminstance_tenant-a_api",
    "vminstance_tenant-b_lab",
  ]);
  expect(resources["vmdisk_tenant-a_api-data"].lifecycle).toEqual({ prevent_destroy: true });
  expect(resources["vmdisk_tenant-a_scratch"].provider).toBe("kubernetes.second");
  expect(resources["vmdisk_tenant-a_scratch"].wait).toEqual({ fields: { "status.phase": "Succeeded" } });
  expect(resources["vminstance_tenant-b_lab"].field_manager).toEqual({ name: "lab" });
  expect(resources["vminstance_tenant-a_api"].field_manager).toEqual({ force_conflicts: true, name: "hikube" });
  expect(resources["vminstance_tenant-a_api"].timeouts).toEqual({ create: "30m", update: "20m" });
  expect(JSON.stringify(resources["vminstance_tenant-a_api"])).toContain("${var.ssh_key}");
  expect(JSON.stringify(resources["vminstance_tenant-b_lab"])).toContain("${var.ports}");
  expect(ours).toContain('"moved"');
  expect(generatedInstances).toBe(8);
  expect(ours).toBe(theirs);
});
