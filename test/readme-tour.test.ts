import { Aspects, Testing, TerraformStack } from "cdktf";
import { HikubeDefaults, HikubePolicies, KubernetesProvider, Size, VirtualMachine, VmDisk, VmInstance } from "../src";
import { readFileSync } from "fs";
import { join } from "path";
import { EXAMPLE_SSH_KEY as ED25519_KEY } from "../src/cli/init/project-files";

// The README's tour under the production policies, with the README's own example key (readme-blocks.test.ts
// runs the block verbatim, without policies).
test("the README tour synthesises with production policies and no finding", () => {
  expect(readFileSync(join(__dirname, "..", "README.md"), "utf8")).toContain(`sshKeys: ["${ED25519_KEY}"]`);
  const app = Testing.app();
  const stack = new TerraformStack(app, "production");
  new KubernetesProvider(stack, "kubernetes", { configPath: "~/.kube/config" });
  HikubeDefaults.set(stack, { namespace: "tenant-prod" });
  new VirtualMachine(stack, "Api", {
    name: "api",
    instanceType: "u1.2xlarge",
    systemDisk: { image: "ubuntu-2404", storage: Size.gibibytes(30) },
    dataDisks: [{ storage: Size.gibibytes(100), preventDestroy: true }],
    external: true,
    externalPorts: [22, 443],
    sshKeys: [ED25519_KEY],
    cloudInit: "#cloud-config\npackages: [nginx]\n",
  });
  const system = new VmDisk(stack, "LabSystem", { name: "lab-system", storage: Size.gibibytes(50) });
  const data = new VmDisk(stack, "LabData", { name: "lab-data", storage: Size.gibibytes(100) });
  const iso = new VmDisk(stack, "Installer", { name: "proxmox-iso", source: { image: { name: "proxmox-9" } }, optical: true, storage: "2Gi" });
  new VmInstance(stack, "Lab", { name: "lab", instanceType: "u1.xlarge", disks: [system, data, iso] });
  const policies = new HikubePolicies({ environment: "production", writeReports: false });
  Aspects.of(app).add(policies);
  const json = JSON.parse(Testing.synth(stack, true));
  expect(Object.keys(json.resource.kubernetes_manifest)).toHaveLength(7);
  expect(policies.reportOf(stack)?.findings.filter((f) => f.severity !== "info")).toEqual([]);
});
