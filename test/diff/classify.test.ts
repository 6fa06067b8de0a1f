import { classifyChange, diffResourceSets, type DiffResource, type ResourceSet } from "../../src/diff";

const API = "apps.cozystack.io/v1alpha1";

function disk(name: string, spec: Record<string, unknown>, extra: Partial<DiffResource> = {}): DiffResource {
  return {
    stack: "",
    address: `kubernetes_manifest.vmdisk_ns_${name}`,
    type: "kubernetes_manifest",
    manifest: { apiVersion: API, kind: "VMDisk", metadata: { name, namespace: "ns" }, spec: { source: {}, optical: false, storage: "10Gi", storageClass: "replicated", ...spec } },
    preventDestroy: false,
    dependsOn: [],
    ...extra,
  };
}

function vm(name: string, spec: Record<string, unknown>, extra: Partial<DiffResource> = {}): DiffResource {
  return {
    stack: "",
    address: `kubernetes_manifest.vminstance_ns_${name}`,
    type: "kubernetes_manifest",
    manifest: {
      apiVersion: API,
      kind: "VMInstance",
      metadata: { name, namespace: "ns" },
      spec: { external: false, externalMethod: "PortList", externalPorts: [22], instanceType: "u1.medium", instanceProfile: "ubuntu", disks: [{ name: "a" }], cloudInit: "", cloudInitSeed: "", runStrategy: "Always", ...spec },
    },
    preventDestroy: false,
    dependsOn: [],
    ...extra,
  };
}

const set = (resources: DiffResource[], moved: ResourceSet["moved"] = []): ResourceSet => ({ label: "t", resources, moved });
const risks = (b?: DiffResource, a?: DiffResource) => classifyChange(b, a)?.risks.map((r) => [r.type, r.severity]);

describe("VMDisk", () => {
  test("storage: grow is fine, shrink impossible, same size written differently only noted; exact comparison", () => {
    expect(risks(disk("d", { storage: "10Gi" }), disk("d", { storage: "11Gi" }))).toEqual([]);
    expect(risks(disk("d", { storage: "10Gi" }), disk("d", { storage: "10239Mi" }))).toEqual([["impossible", "error"]]);
    expect(risks(disk("d", { storage: "1Gi" }), disk("d", { storage: "1024Mi" }))).toEqual([["ignored", "info"]]);
    // 1G (decimal) is less than 1Gi: a shrink, though both "look like" one gigabyte.
    expect(risks(disk("d", { storage: "1Gi" }), disk("d", { storage: "1G" }))).toEqual([["impossible", "error"]]);
    expect(risks(disk("d", { storage: "1Gi" }), disk("d", { storage: "lots" }))).toEqual([["impossible", "error"]]);
  });

  test("source and storageClass edits are ignored by the platform; optical is disruptive", () => {
    const c = classifyChange(disk("d", { source: { image: { name: "debian-12" } } }), disk("d", { source: { image: { name: "ubuntu-2404" } }, storageClass: "local", optical: true }))!;
    expect(c.action).toBe("update");
    expect(c.risks.map((r) => [r.type, r.path])).toEqual([
      ["ignored", "spec.source"],
      ["disruptive", "spec.optical"],
      ["ignored", "spec.storageClass"],
    ]);
  });

  test("delete and replace are data loss; a replace names the field that forces it", () => {
    expect(risks(disk("d", {}), undefined)).toEqual([["data-loss", "error"]]);
    const moved = disk("d", {});
    const c = classifyChange(disk("d", {}), { ...moved, manifest: { ...moved.manifest!, metadata: { name: "d", namespace: "other" } } })!;
    expect(c.action).toBe("replace");
    expect(c.risks[0]).toMatchObject({ type: "data-loss", severity: "error", path: "metadata.namespace" });
  });

  test("a replace of a protected disk says Terraform will refuse it", () => {
    const after = disk("d", {}, { preventDestroy: true });
    const c = classifyChange(disk("d", {}, { preventDestroy: true }), { ...after, manifest: { ...after.manifest!, apiVersion: "apps.cozystack.io/v1beta1" } })!;
    expect(c.risks[0].message).toMatch(/prevent_destroy makes Terraform refuse this plan/);
  });

  test("create is not a risk", () => {
    expect(classifyChange(undefined, disk("d", {}))).toMatchObject({ action: "create", risks: [], detail: "10Gi replicated empty" });
  });
});

describe("VMInstance", () => {
  test.each([
    ["instanceType", "u1.large"],
    ["instanceProfile", "debian"],
    ["resources", { cpu: "2" }],
    ["gpus", [{ name: "nvidia.com/GA102GL_A10" }]],
    ["cpuModel", "host-passthrough"],
    ["networks", [{ name: "vlan" }]],
  ])("%s restarts the VM", (field, value) => {
    const c = classifyChange(vm("v", {}), vm("v", { [field]: value }))!;
    expect(c.risks).toEqual([expect.objectContaining({ type: "disruptive", severity: "warning", path: `spec.${field}` })]);
  });

  test("disks: boot disk change is named", () => {
    const c = classifyChange(vm("v", { disks: [{ name: "a" }, { name: "b" }] }), vm("v", { disks: [{ name: "b" }, { name: "a" }] }))!;
    expect(c.risks[0].message).toBe("disks: the VM boots from b instead of a, and restarts to apply it");
  });

  test("cloud-init: an edit alone does not reach a running VM; a new seed reruns it; values are never shown", () => {
    const secret = "#cloud-config\npassword: hunter2\n";
    const edit = classifyChange(vm("v", {}), vm("v", { cloudInit: secret }))!;
    expect(edit.risks.map((r) => [r.type, r.path])).toEqual([["ignored", "spec.cloudInit"]]);
    expect(JSON.stringify(edit)).not.toContain("hunter2");
    expect(edit.fields[0].after).toMatch(/^<cloud-init: 3 lines, sha256 [0-9a-f]{12}>$/);
    const seed = classifyChange(vm("v", {}), vm("v", { cloudInit: secret, cloudInitSeed: "2" }))!;
    expect(seed.risks.map((r) => [r.type, r.path])).toEqual([["disruptive", "spec.cloudInitSeed"]]);
  });

  test("stopping the VM is disruptive; starting it is not", () => {
    expect(risks(vm("v", {}), vm("v", { runStrategy: "Halted" }))).toEqual([["disruptive", "warning"]]);
    expect(risks(vm("v", { runStrategy: "Halted" }), vm("v", {}))).toEqual([]);
  });

  test("replace and delete are disruptive, not data loss", () => {
    expect(risks(vm("v", {}), undefined)).toEqual([["disruptive", "warning"]]);
  });

  test("exposure widened: external on, WholeIP, new ports; narrowed is fine", () => {
    const on = classifyChange(vm("v", {}), vm("v", { external: true, externalPorts: [22, 443] }))!;
    expect(on.risks).toEqual([expect.objectContaining({ type: "exposure", path: "spec.external", message: expect.stringContaining("ports 22, 443") })]);
    const whole = classifyChange(vm("v", { external: true }), vm("v", { external: true, externalMethod: "WholeIP" }))!;
    expect(whole.risks[0]).toMatchObject({ type: "exposure", severity: "warning", path: "spec.externalMethod" });
    const ports = classifyChange(vm("v", { external: true }), vm("v", { external: true, externalPorts: [22, 80] }))!;
    expect(ports.risks[0]).toMatchObject({ type: "exposure", message: "new external ports: 80" });
    expect(risks(vm("v", { external: true, externalPorts: [22, 80] }), vm("v", { external: true }))).toEqual([]);
    // Ports of a VM that is not external expose nothing.
    expect(risks(vm("v", {}), vm("v", { externalPorts: [22, 80] }))).toEqual([]);
    expect(risks(undefined, vm("v", { external: true, externalMethod: "WholeIP" }))).toEqual([["exposure", "warning"]]);
  });
});

describe("lifecycle and addresses", () => {
  test("prevent_destroy removed and depends_on changes are reported as configuration changes", () => {
    const c = classifyChange(disk("d", {}, { preventDestroy: true, dependsOn: ["x.a"] }), disk("d", {}, { preventDestroy: false, dependsOn: ["x.b"] }))!;
    expect(c.action).toBe("update");
    expect(c.fields).toEqual([
      { path: "lifecycle.prevent_destroy", before: true, after: false },
      { path: "depends_on", before: ["x.a"], after: ["x.b"] },
    ]);
    expect(c.risks.map((r) => [r.type, r.severity])).toEqual([
      ["protection", "warning"],
      ["ordering", "info"],
    ]);
  });

  test("an address change without a moved block is a delete and a create of the same object", () => {
    const old = disk("d", {}, { address: "kubernetes_manifest.db_data_1A2B3C4D" });
    const r = diffResourceSets(set([old]), set([disk("d", {})]));
    expect(r.changes.map((c) => [c.address, c.action])).toEqual([
      ["kubernetes_manifest.db_data_1A2B3C4D", "delete"],
      ["kubernetes_manifest.vmdisk_ns_d", "create"],
    ]);
    expect(r.changes[0].risks.map((x) => x.type)).toEqual(["data-loss"]);
    expect(r.changes[0].risks[0].message).toMatch(/declare movedFrom: "kubernetes_manifest.db_data_1A2B3C4D"/);
    expect(r.changes[0].risks[0].message).toContain("moved { from = kubernetes_manifest.db_data_1A2B3C4D to = kubernetes_manifest.vmdisk_ns_d }");
    expect(r.summary.blocking).toBe(true);
  });

  test("with a moved block in AFTER, the same move is an in-place move: nothing destroyed", () => {
    const old = disk("d", {}, { address: "kubernetes_manifest.db_data_1A2B3C4D" });
    const r = diffResourceSets(set([old]), set([disk("d", {})], [{ stack: "", from: old.address, to: "kubernetes_manifest.vmdisk_ns_d" }]));
    expect(r.changes).toEqual([expect.objectContaining({ action: "update", fields: [], movedFrom: old.address, risks: [expect.objectContaining({ type: "address", severity: "info" })] })]);
    expect(r.summary.blocking).toBe(false);
  });

  test("moving between stacks cannot be a moved block", () => {
    const r = diffResourceSets(set([{ ...disk("d", {}), stack: "a" }, { ...vm("v", {}), stack: "b" }]), set([{ ...disk("d", {}), stack: "b" }, { ...vm("v", {}), stack: "b" }]));
    expect(r.changes.map((c) => [c.stack, c.action])).toEqual([
      ["a", "delete"],
      ["b", "create"],
    ]);
    expect(r.changes[0].risks[0].message).toMatch(/cannot move a resource between stacks/);
  });
});
