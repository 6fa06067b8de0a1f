// Issue 13 item 9: VirtualMachine data disks are named by the user, not by their position.
import { TerraformStack, Testing } from "cdktf";
import { HikubeDefaults, KubernetesProvider, VirtualMachine, type DataDiskProps } from "../../src";
import { diffResourceSets, exitCodeOf, loadResourceSet } from "../../src/diff";
import { synthDb } from "./helpers";

function vmStack(dataDisks: readonly DataDiskProps[]): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "web");
  new KubernetesProvider(stack, "kubernetes", {});
  HikubeDefaults.set(stack, { namespace: "tenant-a" });
  new VirtualMachine(stack, "Db", { name: "db", instanceType: "u1.large", systemDisk: { image: "ubuntu-2404" }, dataDisks });
  return stack;
}

function diff(before: string, after: string) {
  const result = diffResourceSets(loadResourceSet(before), loadResourceSet(after));
  return { ...result, exit: exitCodeOf(result) };
}

describe("VirtualMachine data disk names", () => {
  test("two data disks without names fail synthesis, each error giving the name that keeps the disk it makes today", () => {
    const stack = vmStack([{ storage: "100Gi" }, { storage: "50Gi" }]);
    let message = "";
    try {
      Testing.synth(stack, true);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(
      'VirtualMachine/tenant-a/db dataDisks[0].name: no name, and the VM has 2 data disks: a name from the position would shift when an earlier disk is removed, and Terraform would delete the disk kept; name each data disk (name: "db-data" keeps the disk this entry makes today)',
    );
    expect(message).toContain('VirtualMachine/tenant-a/db dataDisks[1].name: no name, and the VM has 2 data disks');
    expect(message).toContain('(name: "db-data-2" keeps the disk this entry makes today)');
  });

  test("one named and one unnamed: only the unnamed one is an error", () => {
    expect(() => Testing.synth(vmStack([{ name: "db-logs" }, { storage: "50Gi" }]), true)).toThrow(/dataDisks\[1\]\.name: no name.*name: "db-data-2"/);
    expect(() => Testing.synth(vmStack([{ name: "db-logs" }, { storage: "50Gi" }]), true)).not.toThrow(/dataDisks\[0\]/);
  });

  test("the names the advice gives synthesise the bytes a single unnamed disk and the old positional names gave", () => {
    const named = JSON.parse(Testing.synth(vmStack([{ name: "db-data", storage: "100Gi" }, { name: "db-data-2", storage: "50Gi" }]), true));
    expect(Object.keys(named.resource.kubernetes_manifest).sort()).toEqual(["vmdisk_tenant-a_db-data", "vmdisk_tenant-a_db-data-2", "vmdisk_tenant-a_db-system", "vminstance_tenant-a_db"]);
    const single = JSON.parse(Testing.synth(vmStack([{ storage: "100Gi" }]), true));
    expect(single.resource.kubernetes_manifest["vmdisk_tenant-a_db-data"]).toEqual(named.resource.kubernetes_manifest["vmdisk_tenant-a_db-data"]);
  });

  test("removing the first of two named data disks deletes that one only: the disk kept is unchanged", () => {
    const both = synthDb({ dataDisks: [{ name: "db-logs", storage: "10Gi" }, { name: "db-pg", storage: "100Gi" }] });
    const r = diff(both, synthDb({ dataDisks: [{ name: "db-pg", storage: "100Gi" }] }));
    expect(r.changes.map((c) => [c.kind, c.name, c.action])).toEqual([
      ["VMInstance", "db", "update"],
      ["VMDisk", "db-logs", "delete"],
    ]);
    expect(r.summary.unchanged).toBe(2); // the system disk and db-pg
  });

  test("changing a data disk's name is a visible delete and create, never a silent shift (exit 3)", () => {
    const before = synthDb({ dataDisks: [{ name: "db-logs", storage: "10Gi" }, { name: "db-pg", storage: "100Gi" }] });
    const r = diff(before, synthDb({ dataDisks: [{ name: "db-logs", storage: "10Gi" }, { name: "db-postgres", storage: "100Gi" }] }));
    expect(r.changes.map((c) => [c.kind, c.name, c.action])).toEqual([
      ["VMInstance", "db", "update"],
      ["VMDisk", "db-pg", "delete"],
      ["VMDisk", "db-postgres", "create"],
    ]);
    expect(r.changes.find((c) => c.action === "delete")!.risks.map((x) => x.type)).toContain("data-loss");
    expect(r.exit).toBe(3);
  });
});
