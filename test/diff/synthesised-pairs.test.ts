// The "Done when" list, over pairs of outputs of real synthesis (App.synth()).
import { join } from "path";
import { diffResourceSets, exitCodeOf, loadResourceSet } from "../../src/diff";
import { synthDb } from "./helpers";

function diff(before: string, after: string) {
  const result = diffResourceSets(loadResourceSet(before), loadResourceSet(after));
  return { ...result, exit: exitCodeOf(result) };
}

const base = synthDb();

describe("diff over synthesised cdktf.out folders", () => {
  test("identical inputs: no change, exit 0", () => {
    const r = diff(base, synthDb());
    expect(r.changes).toEqual([]);
    expect(r.summary).toMatchObject({ create: 0, update: 0, replace: 0, delete: 0, unchanged: 3, blocking: false });
    expect(r.exit).toBe(0);
  });

  test("a new instance type is an update of the VMInstance that restarts the VM, exit 0", () => {
    const r = diff(base, synthDb({ instanceType: "u1.xlarge" }));
    expect(r.changes).toHaveLength(1);
    const [c] = r.changes;
    expect(c).toMatchObject({ address: "kubernetes_manifest.vminstance_tenant-a_db", kind: "VMInstance", namespace: "tenant-a", name: "db", action: "update" });
    expect(c.fields).toEqual([{ path: "spec.instanceType", before: "u1.large", after: "u1.xlarge" }]);
    expect(c.risks).toEqual([expect.objectContaining({ type: "disruptive", severity: "warning", path: "spec.instanceType" })]);
    expect(r.exit).toBe(0);
  });

  test("growing a data disk is an update with no blocking risk, exit 0", () => {
    const r = diff(base, synthDb({ dataDisks: [{ storage: "150Gi" }] }));
    expect(r.changes.map((c) => [c.address, c.action])).toEqual([["kubernetes_manifest.vmdisk_tenant-a_db-data", "update"]]);
    expect(r.changes[0].fields).toEqual([{ path: "spec.storage", before: "100Gi", after: "150Gi" }]);
    expect(r.changes[0].risks).toEqual([]);
    expect(r.exit).toBe(0);
  });

  test("shrinking a data disk is impossible, exit 3", () => {
    const r = diff(base, synthDb({ dataDisks: [{ storage: "50Gi" }] }));
    expect(r.changes[0].action).toBe("update");
    expect(r.changes[0].risks).toEqual([expect.objectContaining({ type: "impossible", severity: "error", path: "spec.storage" })]);
    expect(r.summary.blocking).toBe(true);
    expect(r.exit).toBe(3);
  });

  test("a size written another way synthesises the same: no change", () => {
    const r = diff(base, synthDb({ dataDisks: [{ storage: "0.09765625Ti" }] }));
    expect(r.changes).toEqual([]);
  });

  test("renaming a data disk: the VMDisk is deleted (and a new one created), exit 3", () => {
    const r = diff(base, synthDb({ dataDisks: [{ name: "db-storage", storage: "100Gi" }] }));
    const actions = r.changes.map((c) => [c.kind, c.name, c.action]);
    expect(actions).toEqual([
      ["VMInstance", "db", "update"],
      ["VMDisk", "db-data", "delete"],
      ["VMDisk", "db-storage", "create"],
    ]);
    const deleted = r.changes.find((c) => c.action === "delete")!;
    expect(deleted.risks.map((x) => x.type)).toEqual(["data-loss", "data-loss"]);
    expect(deleted.risks[1].message).toMatch(/looks like a rename to db-storage: a VMDisk cannot be renamed/);
    expect(r.exit).toBe(3);
  });

  test("removing a data disk deletes the VMDisk, exit 3", () => {
    const r = diff(base, synthDb({ dataDisks: [] }));
    const deleted = r.changes.filter((c) => c.action === "delete");
    expect(deleted.map((c) => c.address)).toEqual(["kubernetes_manifest.vmdisk_tenant-a_db-data"]);
    expect(deleted[0].detail).toBe("100Gi replicated empty");
    expect(deleted[0].risks[0]).toMatchObject({ type: "data-loss", severity: "error" });
    const vm = r.changes.find((c) => c.kind === "VMInstance")!;
    expect(vm.risks.map((x) => x.message)).toContain("disks: the VM detaches db-data, and restarts to apply it");
    expect(r.exit).toBe(3);
  });

  test("a production data disk removed from code loses its prevent_destroy with it, and says so", () => {
    const r = diff(synthDb({}, "production"), synthDb({ dataDisks: [] }, "production"));
    const deleted = r.changes.find((c) => c.action === "delete")!;
    expect(deleted.risks[0].message).toMatch(/prevent_destroy does not stop this/);
  });

  test("a cdktf.out folder and the stack's own cdk.tf.json are the same configuration", () => {
    const r = diff(base, join(synthDb(), "stacks", "web", "cdk.tf.json"));
    expect(r.changes).toEqual([]);
  });

  test("opening every port (PortList to WholeIP) is an exposure warning", () => {
    const r = diff(base, synthDb({ externalMethod: "WholeIP" }));
    expect(r.changes[0].risks).toEqual([expect.objectContaining({ type: "exposure", severity: "warning", path: "spec.externalMethod" })]);
    expect(r.exit).toBe(0);
  });
});
