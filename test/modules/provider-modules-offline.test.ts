// The kubernetes resource modules (stack, vm-disk, vm-instance, virtual-machine) run for real,
// offline: hashicorp/kubernetes cannot be installed here, so a copy of modules/stack replaces
// each kubernetes_manifest with a terraform_data whose input is the same manifest (the wait,
// timeouts and field_manager blocks, which only the provider reads, are dropped). Everything
// else (the flat modules' inputs, their strict checks, the disk naming, the protected-disk split,
// the outputs) is the generated code as committed.
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { terraform, terraformTest } from "../helpers/terraform";
import { copyModulesOffline } from "./offline-modules";

function offlineCopy(): string {
  const root = mkdtempSync(join(tmpdir(), "hikube-provider-offline-"));
  copyModulesOffline(root, ["manifests", "stack", "vm-disk", "vm-instance", "virtual-machine"]);
  return root;
}

const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFngqH7md4Y6FwwuyUwgmTZoPdUy5iKNHYZBUGDw7P3q ops@example.com";

terraformTest(
  "vm-disk, vm-instance and virtual-machine (kubernetes backend) apply offline; their object inputs are strict",
  () => {
    const root = offlineCopy();
    const dir = join(root, "example");
    mkdirSync(dir);
    const modules = {
      logs: { source: "../modules/vm-disk", name: "logs", namespace: "tenant-example", storage: "30Gi", prevent_destroy: true },
      web: {
        source: "../modules/virtual-machine",
        name: "web",
        namespace: "tenant-example",
        system_disk: { image: "ubuntu-2404", storage: "20Gi" },
        data_disks: [{ storage: "100Gi", prevent_destroy: true }],
        extra_disks: [{ name: "${module.logs.name}" }],
        ssh_keys: [KEY],
      },
      db: { source: "../modules/vm-instance", name: "db", namespace: "tenant-example", disks: [{ name: "${module.logs.name}", bus: "sata" }], resources: { cpu: 2, sockets: 1, memory: "4Gi" }, instance_type: "" },
    };
    const write = (m: Record<string, unknown>) =>
      writeFileSync(join(dir, "main.tf.json"), JSON.stringify({ module: m, output: { web: { value: "${module.web.manifests}" }, db: { value: "${module.db.manifest}" } } }, null, 2));
    write(modules);
    terraform(dir, "init", "-input=false", "-no-color");
    terraform(dir, "apply", "-auto-approve", "-input=false", "-no-color");
    expect(terraform(dir, "state", "list").trim().split("\n").filter((a) => a.includes("terraform_data")).sort()).toEqual([
      'module.db.module.stack.terraform_data.instance["db"]',
      'module.logs.module.stack.terraform_data.protected_disk["logs"]',
      'module.web.module.stack.terraform_data.disk["web-system"]',
      'module.web.module.stack.terraform_data.instance["web"]',
      'module.web.module.stack.terraform_data.protected_disk["web-data"]',
    ]);
    const web = JSON.parse(terraform(dir, "output", "-json", "web")) as Record<string, { spec: Record<string, unknown> }>;
    expect(web["VMDisk/web-system"].spec).toEqual({ optical: false, source: { image: { name: "ubuntu-2404" } }, storage: "20Gi", storageClass: "replicated" });
    expect(web["VMInstance/web"].spec.disks).toEqual([{ name: "web-system" }, { name: "web-data" }, { name: "logs" }]);
    const db = JSON.parse(terraform(dir, "output", "-json", "db")) as { spec: Record<string, unknown> };
    expect(db.spec).toMatchObject({ disks: [{ name: "logs", bus: "sata" }], resources: { cpu: "2", sockets: "1", memory: "4Gi" }, instanceType: "" });

    // Misspelt and camelCase attributes of the object inputs are errors, not dropped.
    write({
      ...modules,
      web: { ...modules.web, system_disk: { image: "ubuntu-2404", storageClass: "local" }, data_disks: [{ storage: "100Gi", prevent_destory: true }] },
      db: { ...modules.db, resources: { cpu: 2, sockets: 1, memroy: "4Gi" } },
    });
    let error = "";
    try {
      terraform(dir, "plan", "-input=false", "-no-color");
    } catch (e) {
      error = (e as Error).message.replace(/\s+/g, " ");
    }
    expect(error).toContain('Invalid system_disk: unknown attribute "storageClass" (did you mean "storage_class"?)');
    expect(error).toContain('Invalid data_disks[0]: unknown attribute "prevent_destory" (did you mean "prevent_destroy"?)');
    expect(error).toContain('Invalid resources: unknown attribute "memroy" (did you mean "memory"?); allowed: cpu, memory, sockets.');

    // Two or more data disks need a name each (positional names would shift when one is removed), as in the construct.
    write({ ...modules, web: { ...modules.web, data_disks: [{ storage: "100Gi" }, { name: "web-logs", storage: "10Gi" }, { storage: "5Gi" }] } });
    error = "";
    try {
      terraform(dir, "plan", "-input=false", "-no-color");
    } catch (e) {
      error = (e as Error).message.replace(/\s+/g, " ");
    }
    expect(error).toContain('Invalid data_disks[0].name: no name, and there are 3 data disks: each needs one, so that removing a disk never renames another (name = "web-data" keeps the disk this entry makes today).');
    expect(error).toContain('Invalid data_disks[2].name: no name, and there are 3 data disks: each needs one, so that removing a disk never renames another (name = "web-data-3" keeps the disk this entry makes today).');
    expect(error).not.toContain("data_disks[1].name");
    write({ ...modules, web: { ...modules.web, data_disks: [{ name: "web-data", storage: "100Gi", prevent_destroy: true }, { name: "web-logs", storage: "10Gi" }] } });
    terraform(dir, "plan", "-input=false", "-no-color");
  },
  240_000,
);
