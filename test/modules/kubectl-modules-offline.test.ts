// modules/kubectl-virtual-machine and modules/kubectl-stack run for real, offline: the
// kubectl provider cannot be installed here, so a copy replaces each kubectl_manifest with a
// terraform_data whose input is the same yaml_body (its wait_for and timeouts blocks, which only
// the provider reads, are dropped). Everything else (the for_each maps, the protected-disk split,
// the yaml_bodies lookups, the ordering, the outputs) is the generated code as committed.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parse } from "yaml";
import { terraform, terraformTest } from "../helpers/terraform";
import { offlineExternalAddress } from "./helpers/offline-external-address";
import { withoutProvider } from "./offline-modules";

const MODULES = join(__dirname, "..", "..", "modules");

terraformTest(
  "kubectl-virtual-machine through kubectl-stack: one resource per disk and instance, the protected disk apart, yaml_body the module's manifests",
  () => {
    const root = mkdtempSync(join(tmpdir(), "hikube-kubectl-offline-"));
    for (const m of ["manifests", "kubectl-stack", "kubectl-virtual-machine"]) cpSync(join(MODULES, m), join(root, "modules", m), { recursive: true, filter: (src) => !src.includes(".terraform") });
    const stack = join(root, "modules", "kubectl-stack");
    writeFileSync(join(stack, "main.tf"), withoutProvider(readFileSync(join(stack, "main.tf"), "utf8")));
    writeFileSync(join(stack, "outputs.tf"), readFileSync(join(stack, "outputs.tf"), "utf8").replace(/kubectl_manifest/g, "terraform_data"));
    writeFileSync(join(stack, "external-address.tf"), offlineExternalAddress(readFileSync(join(stack, "external-address.tf"), "utf8"), "203.0.113.7"));
    for (const m of ["kubectl-stack", "kubectl-virtual-machine"]) writeFileSync(join(root, "modules", m, "versions.tf"), 'terraform {\n  required_version = ">= 1.9.0"\n}\n');
    const dir = join(root, "example");
    mkdirSync(dir);
    const config = {
      module: {
        web: {
          source: "../modules/kubectl-virtual-machine",
          name: "web",
          namespace: "tenant-example",
          environment: "production",
          system_disk: { image: "ubuntu-2404", storage: "20Gi" },
          data_disks: [{ storage: "100Gi", prevent_destroy: true }],
          instance_type: "u1.large",
          ssh_keys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFngqH7md4Y6FwwuyUwgmTZoPdUy5iKNHYZBUGDw7P3q ops@example.com"],
          cloud_init: "#cloud-config\nruncmd:\n  - echo $${HOME}\n",
        },
      },
      output: { disks: { value: "${module.web.disk_names}" }, manifests: { value: "${module.web.manifests}" }, object: { value: "${module.web.object}" } },
    };
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify(config, null, 2));
    terraform(dir, "init", "-input=false", "-no-color");
    terraform(dir, "apply", "-auto-approve", "-input=false", "-no-color");

    expect(terraform(dir, "state", "list").trim().split("\n").filter((a) => a.includes("terraform_data")).sort()).toEqual([
      'module.web.module.stack.terraform_data.disk["web-system"]',
      'module.web.module.stack.terraform_data.instance["web"]',
      'module.web.module.stack.terraform_data.protected_disk["web-data"]',
    ]);
    const output = (name: string) => JSON.parse(terraform(dir, "output", "-json", name));
    expect(output("disks")).toEqual(["web-system", "web-data"]);
    const manifests = output("manifests") as Record<string, Record<string, unknown>>;
    expect(output("object")).toEqual(manifests["VMInstance/web"]);

    // The applied yaml_body of each resource is the YAML of its manifest, cloud-init as written.
    const state = JSON.parse(terraform(dir, "show", "-json"));
    const resources = state.values.root_module.child_modules[0].child_modules[0].resources as { address: string; values: { input: string } }[];
    for (const r of resources.filter((x) => x.address.includes("terraform_data"))) {
      const manifest = parse(r.values.input) as { kind: string; metadata: { name: string } };
      expect(manifest).toEqual(manifests[`${manifest.kind}/${manifest.metadata.name}`]);
    }
    const vm = parse(resources.find((r) => r.address.includes("instance"))!.values.input) as { spec: { cloudInit: string; disks: unknown } };
    expect(vm.spec.cloudInit).toBe("#cloud-config\nruncmd:\n  - echo ${HOME}\n");
    expect(vm.spec.disks).toEqual([{ name: "web-system" }, { name: "web-data" }]);

    // The policies fail a kubectl plan as they fail a kubernetes one: HK002 in production.
    const replan = (dataDisks: unknown[]) => {
      writeFileSync(join(dir, "main.tf.json"), JSON.stringify({ ...config, module: { web: { ...config.module.web, data_disks: dataDisks } } }, null, 2));
      return () => terraform(dir, "plan", "-input=false", "-no-color");
    };
    expect(replan([])).toThrow(/HK002 .*VMInstance web has/);
    // prevent_destroy is on the data disk: a plan that destroys it (a rename) is refused.
    expect(replan([{ name: "web-data-2", storage: "100Gi", prevent_destroy: true }])).toThrow(/Instance cannot be destroyed[\s\S]*protected_disk\["web-data"\]\s+has lifecycle\.prevent_destroy set/);
  },
  180_000,
);
