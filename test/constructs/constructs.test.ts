import { existsSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { App, TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { HikubeDefaults, ResourceWait, setKubernetesProviderVersion, Size, VirtualMachine, VmDisk, VmInstance } from "../../src";
import { ED25519_KEY } from "../helpers/definitions";
import { newStack, synthJson } from "../helpers/synth";

describe("VmDisk and VmInstance", () => {
  test("one kubernetes_manifest each, addressed by kind, namespace and name", () => {
    const { stack } = newStack();
    const system = new VmDisk(stack, "System", { name: "web-system", namespace: "tenant-a", source: { image: { name: "ubuntu-2404" } }, storage: Size.gibibytes(20) });
    new VmInstance(stack, "Web", { name: "web", namespace: "tenant-a", disks: [system], sshKeys: [ED25519_KEY] });
    const json = synthJson(stack);
    expect(Object.keys(json.resource.kubernetes_manifest).sort()).toEqual(["vmdisk_tenant-a_web-system", "vminstance_tenant-a_web"]);
    const d = json.resource.kubernetes_manifest["vmdisk_tenant-a_web-system"];
    expect(d.manifest).toEqual({
      apiVersion: "apps.cozystack.io/v1alpha1",
      kind: "VMDisk",
      metadata: { name: "web-system", namespace: "tenant-a" },
      spec: { source: { image: { name: "ubuntu-2404" } }, optical: false, storage: "20Gi", storageClass: "replicated" },
    });
    expect(d.wait).toEqual({ condition: [{ type: "Ready", status: "True" }] });
  });

  test("an instance depends on the disks of the stack it names, declared before or after it", () => {
    const { stack } = newStack();
    const a = new VmDisk(stack, "A", { name: "a", namespace: "ns" });
    new VmInstance(stack, "Vm", { name: "vm", namespace: "ns", disks: [a, "b", { name: "outside" }] });
    new VmDisk(stack, "B", { name: "b", namespace: "ns" });
    const vm = synthJson(stack).resource.kubernetes_manifest["vminstance_ns_vm"];
    expect(vm.depends_on).toEqual(["kubernetes_manifest.vmdisk_ns_a", "kubernetes_manifest.vmdisk_ns_b"]);
    expect(vm.manifest.spec.disks).toEqual([{ name: "a" }, { name: "b" }, { name: "outside" }]);
  });

  test("the stack default namespace; a resource with none fails synthesis", () => {
    const { stack } = newStack();
    HikubeDefaults.set(stack, { namespace: "tenant-d" });
    new VmDisk(stack, "D", { name: "d" });
    expect(Object.keys(synthJson(stack).resource.kubernetes_manifest)).toEqual(["vmdisk_tenant-d_d"]);

    const other = newStack("other").stack;
    new VmDisk(other, "D", { name: "d" });
    expect(() => synthJson(other)).toThrow(/VMDisk\/d metadata\.namespace: no namespace/);
  });

  test("invalid props fail app.synth() with the validation message, and write nothing", () => {
    const outdir = mkdtempSync(join(tmpdir(), "hk-"));
    const app = new App({ outdir });
    const stack = new TerraformStack(app, "bad");
    new VmInstance(stack, "Vm", { name: "vm", namespace: "ns", instanceType: "u1.larg" });
    expect(() => app.synth()).toThrow(/VMInstance\/ns\/vm spec\.instanceType: unknown instance type "u1\.larg" \(did you mean "u1\.large"\?\)/);
    expect(existsSync(join(outdir, "stacks", "bad", "cdk.tf.json"))).toBe(false);
  });

  test("the same resource twice in a stack is an error, not a silent overwrite", () => {
    const { stack } = newStack();
    new VmDisk(stack, "One", { name: "d", namespace: "ns" });
    new VmDisk(stack, "Two", { name: "d", namespace: "ns" });
    expect(() => synthJson(stack)).toThrow(/declared twice in the stack \(also at test\/One\)/);
  });

  test("preventDestroy, wait, timeouts and field manager reach the resource", () => {
    const { stack } = newStack();
    new VmDisk(stack, "D", {
      name: "d",
      namespace: "ns",
      preventDestroy: true,
      wait: ResourceWait.none(),
      timeouts: { create: "30m" },
      fieldManager: "hikube",
    });
    const d = synthJson(stack).resource.kubernetes_manifest["vmdisk_ns_d"] as unknown as Record<string, unknown>;
    expect(d.lifecycle).toEqual({ prevent_destroy: true });
    expect(d.wait).toBeUndefined();
    expect(d.timeouts).toEqual({ create: "30m" });
    expect(d.field_manager).toEqual({ name: "hikube", force_conflicts: true });
  });

  test("server-side apply forces conflicts by default (cozystack-api stores no managedFields); forceConflicts: false turns it off", () => {
    const { stack } = newStack();
    new VmDisk(stack, "Default", { name: "a", namespace: "ns" });
    new VmDisk(stack, "Off", { name: "b", namespace: "ns", forceConflicts: false });
    new VmDisk(stack, "OffNamed", { name: "c", namespace: "ns", forceConflicts: false, fieldManager: "ops" });
    const resources = synthJson(stack).resource.kubernetes_manifest as unknown as Record<string, Record<string, unknown>>;
    expect(resources["vmdisk_ns_a"].field_manager).toEqual({ force_conflicts: true });
    expect(resources["vmdisk_ns_b"]).not.toHaveProperty("field_manager");
    expect(resources["vmdisk_ns_c"].field_manager).toEqual({ name: "ops" });
    // Not a spec field: nothing of it reaches the manifest.
    expect(resources["vmdisk_ns_b"].manifest).not.toHaveProperty("spec.forceConflicts");
  });

  test("strings are escaped for Terraform", () => {
    const { stack } = newStack();
    new VmInstance(stack, "Vm", { name: "vm", namespace: "ns", cloudInit: "#!/bin/sh\necho ${HOME} %{x}\n" });
    expect(synthJson(stack).resource.kubernetes_manifest["vminstance_ns_vm"].manifest.spec.cloudInit).toBe("#!/bin/sh\necho $${HOME} %%{x}\n");
  });

  test("the provider's exact version pin can be loosened", () => {
    const { stack } = newStack();
    expect((synthJson(stack).terraform.required_providers as Record<string, { version: string }>).kubernetes.version).toBe("2.38.0");
    setKubernetesProviderVersion(stack, ">= 2.38.0, < 4.0.0");
    expect((synthJson(stack).terraform.required_providers as Record<string, { version: string }>).kubernetes.version).toBe(">= 2.38.0, < 4.0.0");
  });
});

describe("stable addresses and output", () => {
  function build(stack: TerraformStack, nested: boolean): void {
    HikubeDefaults.set(stack, { namespace: "tenant-a" });
    let scope: Construct = stack;
    if (nested) scope = new Construct(new Construct(stack, "Team"), "Service");
    new VirtualMachine(scope, nested ? "Renamed" : "Api", {
      name: "api",
      systemDisk: { image: "ubuntu-2404", storage: "30Gi" },
      dataDisks: [{ storage: Size.gibibytes(100) }],
      sshKeys: [ED25519_KEY],
    });
  }

  test("flat or nested in other constructs, the same resource addresses and content", () => {
    const flat = newStack("s");
    build(flat.stack, false);
    const nested = newStack("s");
    build(nested.stack, true);
    const a = synthJson(flat.stack).resource.kubernetes_manifest;
    const b = synthJson(nested.stack).resource.kubernetes_manifest;
    expect(Object.keys(a).sort()).toEqual(["vmdisk_tenant-a_api-data", "vmdisk_tenant-a_api-system", "vminstance_tenant-a_api"]);
    expect(JSON.stringify(stripMetadata(b))).toBe(JSON.stringify(stripMetadata(a)));
  });

  test("synthesising twice gives byte-identical output", () => {
    const one = newStack("s");
    build(one.stack, false);
    const two = newStack("s");
    build(two.stack, false);
    expect(Testing.synth(two.stack, true)).toBe(Testing.synth(one.stack, true));
  });
});

describe("VirtualMachine", () => {
  test("system disk, data disks and the instance attaching them in order", () => {
    const { stack } = newStack();
    const vm = new VirtualMachine(stack, "Db", {
      name: "db",
      namespace: "ns",
      instanceType: "m1.large",
      systemDisk: { image: "debian-12", storage: "10Gi", bus: "sata" },
      dataDisks: [{ name: "db-data", storage: "100Gi", preventDestroy: true }, { name: "db-data-2", storage: "50Gi", storageClass: "local" }],
      extraDisks: ["shared-iso"],
    });
    expect(vm.dataDisks.map((d) => d.name)).toEqual(["db-data", "db-data-2"]);
    const r = synthJson(stack).resource.kubernetes_manifest;
    expect(r["vminstance_ns_db"].manifest.spec.disks).toEqual([{ name: "db-system", bus: "sata" }, { name: "db-data" }, { name: "db-data-2" }, { name: "shared-iso" }]);
    expect(r["vminstance_ns_db"].depends_on).toEqual(["kubernetes_manifest.vmdisk_ns_db-system", "kubernetes_manifest.vmdisk_ns_db-data", "kubernetes_manifest.vmdisk_ns_db-data-2"]);
    expect(r["vmdisk_ns_db-data"].lifecycle).toEqual({ prevent_destroy: true });
    expect(r["vmdisk_ns_db-data-2"].manifest.spec).toEqual({ source: {}, optical: false, storage: "50Gi", storageClass: "local" });
    expect(r["vmdisk_ns_db-system"].manifest.spec.source).toEqual({ image: { name: "debian-12" } });
  });
});

/** cdktf records each resource's construct path in metadata; only that may differ. */
function stripMetadata(resources: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(resources).map(([k, v]) => [k, { ...(v as object), "//": undefined }]));
}
