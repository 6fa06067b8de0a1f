import { TerraformStack, Testing } from "cdktf";
import { HikubeDefaults, HikubeResource, KubectlProvider, KubernetesProvider, VirtualMachine, VmDisk, VmInstance } from "../../src";
import { resourceTypeOf as resourceTypeFor, type Backend } from "../../src/terraform/backend";

type Json = { resource: Record<string, Record<string, { depends_on?: string[] }>>; moved?: { from: string; to: string }[] };

function build(backend: Backend): { stack: TerraformStack; constructs: HikubeResource[]; vm: VirtualMachine } {
  const stack = new TerraformStack(Testing.app(), "test");
  if (backend === "kubectl") new KubectlProvider(stack, "kubectl", {});
  else new KubernetesProvider(stack, "kubernetes", {});
  HikubeDefaults.set(stack, { namespace: "tenant-a", backend });
  const vm = new VirtualMachine(stack, "Web", {
    name: "web",
    instanceType: "u1.large",
    systemDisk: { image: "ubuntu-2404" },
    dataDisks: [{ name: "web-logs", storage: "10Gi" }, { name: "web-db", storage: "20Gi", movedFrom: `${resourceTypeFor(backend)}.old_db_1A2B3C4D` }],
  });
  const shared = new VmDisk(stack, "Shared", { name: "shared", namespace: "tenant-b" });
  const lab = new VmInstance(stack, "Lab", { name: "lab", namespace: "tenant-b", instanceType: "u1.large", disks: [shared] });
  return { stack, vm, constructs: [vm.systemDisk, ...vm.dataDisks, vm.instance, shared, lab] };
}

describe.each<Backend>(["kubernetes", "kubectl"])("address (%s backend)", (backend) => {
  const type = backend === "kubectl" ? "kubectl_manifest" : "kubernetes_manifest"; // spelled out: the test checks resourceTypeOf too

  test("every resource construct's address is its key under resource in the synthesised JSON", () => {
    const { stack, constructs } = build(backend);
    const json = JSON.parse(Testing.synth(stack, true)) as Json;
    const keys = Object.entries(json.resource).flatMap(([t, byName]) => Object.keys(byName).map((name) => `${t}.${name}`));
    expect(constructs.map((c) => c.address).sort()).toEqual(keys.sort());
    expect(constructs.find((c) => c.name === "web-db")?.address).toBe(`${type}.vmdisk_tenant-a_web-db`);
  });

  test("depends_on and moved blocks name the constructs' addresses", () => {
    const { stack, vm } = build(backend);
    const json = JSON.parse(Testing.synth(stack, true)) as Json;
    const instance = json.resource[type]["vminstance_tenant-a_web"];
    expect(instance.depends_on).toEqual([vm.systemDisk, ...vm.dataDisks].map((d) => d.address));
    expect(json.moved).toEqual([{ from: `${type}.old_db_1A2B3C4D`, to: vm.dataDisks[1].address }]);
  });
});
