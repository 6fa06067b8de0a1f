// Safety in synthesis: moved blocks for address-only moves, prevent_destroy on production data disks.
import { spawnSync } from "child_process";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Testing } from "cdktf";
import { HikubeDefaults, VirtualMachine, VmDisk, VmInstance } from "../../src";
import { diffResourceSets, loadResourceSet, resourceSetFromJson } from "../../src/diff";
import { newStack, synthJson } from "../helpers/synth";
import { dbVm, hikubeStack, synthApp } from "./helpers";

describe("movedFrom", () => {
  test("emits a top-level moved block from the old address to the library's", () => {
    const { stack } = newStack();
    new VmDisk(stack, "Data", { name: "data", namespace: "ns", movedFrom: "kubernetes_manifest.team_data_1A2B3C4D" });
    new VmInstance(stack, "Vm", { name: "vm", namespace: "ns", disks: ["data"], movedFrom: "module.vm.kubernetes_manifest.instance" });
    const json = synthJson(stack) as unknown as { moved: unknown; resource: { kubernetes_manifest: Record<string, { manifest: { spec: Record<string, unknown> } }> } };
    expect(json.moved).toEqual([
      { from: "kubernetes_manifest.team_data_1A2B3C4D", to: "kubernetes_manifest.vmdisk_ns_data" },
      { from: "module.vm.kubernetes_manifest.instance", to: "kubernetes_manifest.vminstance_ns_vm" },
    ]);
    // movedFrom is an option, never a spec field.
    expect(json.resource.kubernetes_manifest["vmdisk_ns_data"].manifest.spec).not.toHaveProperty("movedFrom");
  });

  test("through VirtualMachine, per disk and for the instance", () => {
    const { stack } = newStack();
    new VirtualMachine(stack, "Vm", {
      name: "vm",
      namespace: "ns",
      movedFrom: "kubernetes_manifest.vm_instance_0A0B",
      systemDisk: { image: "ubuntu-2404", movedFrom: "kubernetes_manifest.vm_system_0C0D" },
      dataDisks: [{ storage: "10Gi", movedFrom: "kubernetes_manifest.vm_data_0E0F" }],
    });
    expect((synthJson(stack) as unknown as { moved: { to: string }[] }).moved.map((m) => m.to)).toEqual([
      "kubernetes_manifest.vmdisk_ns_vm-system",
      "kubernetes_manifest.vmdisk_ns_vm-data",
      "kubernetes_manifest.vminstance_ns_vm",
    ]);
  });

  test("a moved block cannot rename a disk: synthesis fails and says the data would be lost", () => {
    const { stack } = newStack();
    new VmDisk(stack, "Data", { name: "data-2", namespace: "ns", movedFrom: "kubernetes_manifest.vmdisk_ns_data" });
    expect(() => synthJson(stack)).toThrow(/cannot be renamed.*destroy the old disk and its data/);
  });

  test("not a kubernetes_manifest address, or its own address: synthesis fails", () => {
    const a = newStack();
    new VmDisk(a.stack, "Data", { name: "d", namespace: "ns", movedFrom: "kubectl_manifest.disk" });
    expect(() => synthJson(a.stack)).toThrow(/not a kubernetes_manifest address/);
    const b = newStack();
    new VmDisk(b.stack, "Data", { name: "d", namespace: "ns", movedFrom: "kubernetes_manifest.vmdisk_ns_d" });
    expect(() => synthJson(b.stack)).toThrow(/own address/);
  });

  test("synthesis does not need the terraform binary (cdktf's moveFromId would)", () => {
    // A child process with no terraform on its PATH (jest's process.env is a copy the real
    // child_process does not see), running the built library.
    const script = (move: string) => `
      const { App, TerraformStack } = require("cdktf");
      const { KubernetesProvider } = require("@cdktf/provider-kubernetes/lib/provider");
      const { VmDisk } = require(${JSON.stringify(join(__dirname, "..", "..", "lib"))});
      const app = new App({ outdir: ${JSON.stringify(mkdtempSync(join(tmpdir(), "hk-moved-")))} });
      const stack = new TerraformStack(app, "s");
      new KubernetesProvider(stack, "kubernetes", {});
      const disk = new VmDisk(stack, "Data", { name: "d", namespace: "ns"${move === "prop" ? ', movedFrom: "kubernetes_manifest.old_d"' : ""} });
      ${move === "cdktf" ? 'disk.resource.moveFromId("kubernetes_manifest.old_d");' : ""}
      app.synth();
      console.log(JSON.stringify(require("fs").readFileSync(app.outdir + "/stacks/s/cdk.tf.json", "utf8")));`;
    const run = (move: string) =>
      spawnSync(process.execPath, ["-e", script(move)], { cwd: join(__dirname, "..", ".."), encoding: "utf8", env: { ...process.env, PATH: mkdtempSync(join(tmpdir(), "no-terraform-")) } });
    const ours = run("prop");
    expect(ours.stderr).toBe("");
    expect(JSON.parse(JSON.parse(ours.stdout)).moved).toEqual([{ from: "kubernetes_manifest.old_d", to: "kubernetes_manifest.vmdisk_ns_d" }]);
    // What cdktf's own API does in the same situation: synthesis fails.
    const theirs = run("cdktf");
    expect(theirs.status).not.toBe(0);
    expect(theirs.stderr).toMatch(/Could not determine version of terraform/);
  });

  test("diff honours the moved block: an address-only move is not a delete", () => {
    const before = synthApp((app) => {
      const stack = hikubeStack(app, "s");
      new VmDisk(stack, "Data", { name: "d" }).resource.overrideLogicalId("data_1A2B3C4D");
    });
    const after = synthApp((app) => new VmDisk(hikubeStack(app, "s"), "Data", { name: "d", movedFrom: "kubernetes_manifest.data_1A2B3C4D" }));
    const r = diffResourceSets(loadResourceSet(before), loadResourceSet(after));
    expect(r.changes).toEqual([expect.objectContaining({ action: "update", movedFrom: "kubernetes_manifest.data_1A2B3C4D", fields: [] })]);
    expect(r.summary.blocking).toBe(false);
  });
});

describe("prevent_destroy on data disks in production", () => {
  const lifecycle = (json: ReturnType<typeof synthJson>, key: string) => json.resource.kubernetes_manifest[key].lifecycle;

  test("VirtualMachine data disks are protected in production, the system disk is not; false opts out", () => {
    const { stack } = newStack();
    HikubeDefaults.set(stack, { namespace: "ns", environment: "production" });
    new VirtualMachine(stack, "Vm", { name: "vm", systemDisk: { image: "ubuntu-2404" }, dataDisks: [{ name: "vm-data", storage: "10Gi" }, { name: "vm-data-2", storage: "10Gi", preventDestroy: false }] });
    const json = synthJson(stack);
    expect(lifecycle(json, "vmdisk_ns_vm-data")).toEqual({ prevent_destroy: true });
    expect(lifecycle(json, "vmdisk_ns_vm-data-2")).toBeUndefined();
    expect(lifecycle(json, "vmdisk_ns_vm-system")).toBeUndefined();
  });

  test("VmDisk: empty or upload source is a data disk by default; image, optical or role system is not", () => {
    const { stack } = newStack();
    HikubeDefaults.set(stack, { namespace: "ns", environment: "production" });
    const empty = new VmDisk(stack, "A", { name: "empty" });
    new VmDisk(stack, "B", { name: "upload", source: { upload: {} } });
    new VmDisk(stack, "C", { name: "image", source: { image: { name: "ubuntu-2404" } } });
    new VmDisk(stack, "D", { name: "iso", source: { upload: {} }, optical: true });
    new VmDisk(stack, "E", { name: "scratch", role: "system" });
    new VmDisk(stack, "F", { name: "restored", source: { disk: { name: "image" } }, role: "data" });
    expect(empty.role).toBe("data");
    const json = synthJson(stack);
    const protectedDisks = Object.entries(json.resource.kubernetes_manifest).filter(([, r]) => r.lifecycle?.prevent_destroy).map(([k]) => k);
    expect(protectedDisks.sort()).toEqual(["vmdisk_ns_empty", "vmdisk_ns_restored", "vmdisk_ns_upload"]);
  });

  test("outside production nothing changes unless asked", () => {
    const { stack } = newStack();
    HikubeDefaults.set(stack, { namespace: "ns", environment: "staging" });
    new VmDisk(stack, "A", { name: "a" });
    new VmDisk(stack, "B", { name: "b", preventDestroy: true });
    const json = synthJson(stack);
    expect(lifecycle(json, "vmdisk_ns_a")).toBeUndefined();
    expect(lifecycle(json, "vmdisk_ns_b")).toEqual({ prevent_destroy: true });
  });

  test("turning protection off in a diff is a warning", () => {
    const read = (env: "production" | "development") => {
      const { stack } = newStack("s");
      HikubeDefaults.set(stack, { namespace: "tenant-a", environment: env });
      dbVm(stack);
      return resourceSetFromJson(JSON.parse(Testing.synth(stack)), env);
    };
    const r = diffResourceSets(read("production"), read("development"));
    expect(r.changes).toEqual([
      expect.objectContaining({ name: "db-data", fields: [{ path: "lifecycle.prevent_destroy", before: true, after: false }], risks: [expect.objectContaining({ type: "protection", severity: "warning" })] }),
    ]);
  });
});
