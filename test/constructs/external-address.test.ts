import { Testing, TerraformOutput, TerraformStack } from "cdktf";
import { HikubeDefaults, KubectlProvider, KubernetesProvider, ResourceWait, VirtualMachine, VmDisk, VmInstance } from "../../src";
import type { Backend } from "../../src/terraform/backend";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function stack(backend: Backend): TerraformStack {
  const s = new TerraformStack(Testing.app(), "test");
  if (backend === "kubectl") new KubectlProvider(s, "kubectl", {});
  else new KubernetesProvider(s, "kubernetes", {});
  HikubeDefaults.set(s, { namespace: "tenant-a", backend });
  return s;
}
const synth = (s: TerraformStack): Json => JSON.parse(Testing.synth(s, true));

describe("an external VM's address", () => {
  test("kubernetes backend: data kubernetes_resource of the Service vm-instance-<name>, after the instance, and an output", () => {
    const s = stack("kubernetes");
    new VmDisk(s, "Disk", { name: "web-system" });
    const web = new VmInstance(s, "Web", { name: "web", external: true, disks: ["web-system"] });
    new TerraformOutput(s, "Mine", { value: `ssh ubuntu@${web.externalAddress}` });
    const json = synth(s);
    const { "//": _meta, ...data } = json.data.kubernetes_resource["vminstance_tenant-a_web"];
    expect(data).toEqual({ api_version: "v1", kind: "Service", metadata: { name: "vm-instance-web", namespace: "tenant-a" }, depends_on: ["kubernetes_manifest.vminstance_tenant-a_web"] });
    const expression = "${try(data.kubernetes_resource.vminstance_tenant-a_web.object.status.loadBalancer.ingress[0].ip, data.kubernetes_resource.vminstance_tenant-a_web.object.status.loadBalancer.ingress[0].hostname, null)}";
    expect(json.output["vminstance_tenant-a_web_external_address"].value).toBe(expression);
    expect(json.output["vminstance_tenant-a_web_external_address"].description).toMatch(/LoadBalancer Service vm-instance-web/);
    // The attribute is a token the user can place in any string.
    expect(json.output.Mine.value).toBe(`ssh ubuntu@${expression}`);
  });

  test("kubectl backend: alekc/kubectl's own data source (no second provider), its YAML decoded", () => {
    const s = stack("kubectl");
    const vm = new VirtualMachine(s, "Web", { name: "web", external: true, externalPorts: [22, 443], systemDisk: { image: "ubuntu-2404", storage: "20Gi" } });
    const json = synth(s);
    const { "//": _meta, ...data } = json.data.kubectl_manifest["vminstance_tenant-a_web"];
    expect(data).toEqual({ api_version: "v1", kind: "Service", name: "vm-instance-web", namespace: "tenant-a", depends_on: ["kubectl_manifest.vminstance_tenant-a_web"] });
    expect(json.output["vminstance_tenant-a_web_external_address"].value).toBe(
      "${try(yamldecode(data.kubectl_manifest.vminstance_tenant-a_web.yaml).status.loadBalancer.ingress[0].ip, yamldecode(data.kubectl_manifest.vminstance_tenant-a_web.yaml).status.loadBalancer.ingress[0].hostname, null)}",
    );
    expect(vm.externalAddress).toBe(vm.instance.externalAddress);
    expect(json.provider.kubernetes).toBeUndefined();
  });

  test("an internal VM has none: no data source, no output, undefined", () => {
    const s = stack("kubernetes");
    const vm = new VmInstance(s, "Db", { name: "db" });
    const json = synth(s);
    expect(vm.externalAddress).toBeUndefined();
    expect(json.data).toBeUndefined();
    expect(json.output).toBeUndefined();
  });
});

test.each([
  ["kubernetes", (r: Json) => r.wait],
  ["kubectl", (r: Json) => r.wait_for],
] as const)("ResourceWait.forRunning() waits for WorkloadsReady (%s backend)", (backend, waitOf) => {
  const s = stack(backend);
  new VmInstance(s, "Vm", { name: "vm", wait: ResourceWait.forRunning() });
  new VmInstance(s, "Other", { name: "other" });
  const resources = synth(s).resource[backend === "kubectl" ? "kubectl_manifest" : "kubernetes_manifest"];
  expect(JSON.stringify(waitOf(resources["vminstance_tenant-a_vm"]))).toContain('"WorkloadsReady"');
  expect(JSON.stringify(waitOf(resources["vminstance_tenant-a_other"]))).not.toContain("WorkloadsReady");
  expect(ResourceWait.forRunning().config).toEqual({ condition: [{ type: "WorkloadsReady", status: "True" }] });
});
