import { renderManifest } from "../../../src/core/render/render-manifest";
import { escapeTerraformString, escapeTerraformTemplates } from "../../../src/core/render/terraform-escape";
import { resourceAddress } from "../../../src/core/render/resource-address";
import { disk, ED25519_KEY, SEED_PRODUCTION_VM_SPEC, instance } from "../../helpers/definitions";

describe("renderManifest", () => {
  test("the seed's production-vm.yaml becomes what the platform takes, every field explicit", () => {
    const def = instance(SEED_PRODUCTION_VM_SPEC, "vm-example");
    expect(JSON.stringify(renderManifest(def), null, 1)).toBe(
      JSON.stringify(
        {
          apiVersion: "apps.cozystack.io/v1alpha1",
          kind: "VMInstance",
          metadata: { name: "vm-example", namespace: "tenant-test" },
          spec: {
            external: true,
            externalMethod: "PortList",
            externalPorts: [22],
            externalAllowICMP: true,
            runStrategy: "Always",
            instanceType: "u1.2xlarge",
            instanceProfile: "ubuntu",
            disks: [{ name: "vm-system-disk" }],
            networks: [],
            gpus: [],
            cpuModel: "",
            resources: {},
            sshKeys: [ED25519_KEY],
            cloudInit: "",
            cloudInitSeed: "",
          },
        },
        null,
        1,
      ),
    );
  });

  test("a VMDisk gets its defaults, and storage in canonical form", () => {
    expect(renderManifest(disk({ storage: "1024Mi" }, "d")).spec).toEqual({ source: {}, optical: false, storage: "1Gi", storageClass: "replicated" });
    expect(renderManifest(disk({}, "d")).spec).toEqual({ source: {}, optical: false, storage: "5Gi", storageClass: "replicated" });
  });

  test("running: false is runStrategy Halted; an explicit runStrategy wins; running is never emitted", () => {
    expect(renderManifest(instance({ running: false })).spec.runStrategy).toBe("Halted");
    expect(renderManifest(instance({ running: true, runStrategy: "Always" })).spec).not.toHaveProperty("running");
    expect(renderManifest(instance({ runStrategy: "Manual" })).spec.runStrategy).toBe("Manual");
  });

  test("disks are always objects, bus kept", () => {
    expect(renderManifest(instance({ disks: ["a", { name: "b", bus: "sata" }] })).spec.disks).toEqual([{ name: "a" }, { name: "b", bus: "sata" }]);
  });

  test("resources quantities are canonical, unset ones omitted", () => {
    expect(renderManifest(instance({ resources: { cpu: 2, memory: "2048Mi" } })).spec.resources).toEqual({ cpu: "2", memory: "2Gi" });
  });

  test("the default namespace fills in, labels are sorted", () => {
    const def = { kind: "VMDisk" as const, metadata: { name: "d", labels: { z: "1", a: "2" } }, spec: {} };
    const m = renderManifest(def, { defaultNamespace: "tenant-x" });
    expect(m.metadata).toEqual({ name: "d", namespace: "tenant-x", labels: { a: "2", z: "1" } });
    expect(Object.keys(m.metadata.labels ?? {})).toEqual(["a", "z"]);
  });

  test("same input, same bytes", () => {
    const def = instance({ sshKeys: [ED25519_KEY], disks: ["a"], externalPorts: [443, 22] });
    expect(JSON.stringify(renderManifest(def))).toBe(JSON.stringify(renderManifest(structuredClone(def))));
  });
});

describe("Terraform escaping", () => {
  test("${ and %{ become $${ and %%{, nothing else changes", () => {
    expect(escapeTerraformString("echo ${HOME} %{ if x } 100% $5 {a}")).toBe("echo $${HOME} %%{ if x } 100% $5 {a}");
    expect(escapeTerraformString("already $${x}")).toBe("already $$${x}");
  });

  test("every string of a nested value, object keys too (Terraform reads them as templates)", () => {
    expect(escapeTerraformTemplates({ "a${": ["${x}", { b: "%{y}" }], n: 1, t: true })).toEqual({ "a$${": ["$${x}", { b: "%%{y}" }], n: 1, t: true });
  });
});

test("addresses come from kind, namespace and name", () => {
  expect(resourceAddress("VMDisk", "tenant-a", "web-system")).toBe("kubernetes_manifest.vmdisk_tenant-a_web-system");
  expect(resourceAddress("VMInstance", "tenant-a", "web")).toBe("kubernetes_manifest.vminstance_tenant-a_web");
});
