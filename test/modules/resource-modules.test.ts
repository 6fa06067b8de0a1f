import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { readTfBlocks } from "../../src/generate/hcl/tf-blocks";

/**
 * The modules with kubernetes_manifest cannot be `terraform init`-ed here (the provider cannot
 * be downloaded), so their structure is checked by reading them; `terraform fmt -check` covers
 * their syntax (manifests-terraform-test.test.ts).
 */
const MODULES = join(__dirname, "..", "..", "modules");
const read = (module: string, file: string) => readFileSync(join(MODULES, module, file), "utf8");

describe.each(["stack", "vm-disk", "vm-instance", "virtual-machine"])("modules/%s", (module) => {
  test("has the standard files", () => {
    expect(readdirSync(join(MODULES, module))).toEqual(expect.arrayContaining(["main.tf", "variables.tf", "outputs.tf", "versions.tf", "README.md"]));
  });

  test("requires Terraform >= 1.9 and the kubernetes provider >= 2.38", () => {
    const versions = read(module, "versions.tf");
    expect(versions).toMatch(/required_version = ">= 1\.9\.0"/);
    expect(versions).toMatch(/source\s+= "hashicorp\/kubernetes"\s+version\s+= ">= 2\.38"/);
  });

  test("goes through modules/manifests (directly or through modules/stack)", () => {
    expect(read(module, "main.tf")).toMatch(module === "stack" ? /source = "\.\.\/manifests"/ : /source = "\.\.\/stack"/);
  });

  test("every variable has a description, and the README lists every input and output", () => {
    const blocks = [...readTfBlocks(read(module, "variables.tf")), ...readTfBlocks(read(module, "outputs.tf"))];
    const readme = read(module, "README.md");
    for (const block of blocks) {
      expect({ name: block.name, described: block.description.length > 0 }).toEqual({ name: block.name, described: true });
      expect(readme).toContain(`| \`${block.name}\` |`);
    }
  });
});

describe("modules/stack", () => {
  const main = read("stack", "main.tf");
  const resources = [...main.matchAll(/resource "kubernetes_manifest" "(\w+)" \{([\s\S]*?)\n\}/g)].map((m) => ({ name: m[1], body: m[2] }));

  test("one kubernetes_manifest per disk (protected or not) and per instance", () => {
    expect(resources.map((r) => r.name)).toEqual(["disk", "protected_disk", "instance"]);
  });

  test("instances are created after the disks", () => {
    expect(resources[2].body).toContain("depends_on = [kubernetes_manifest.disk, kubernetes_manifest.protected_disk]");
  });

  test("data disks can be protected from destruction", () => {
    expect(resources[1].body).toMatch(/lifecycle \{\s+prevent_destroy = true\s+\}/);
    expect(resources[1].body).toContain("contains(var.prevent_destroy_disks, name)");
    expect(resources[0].body).toContain("!contains(var.prevent_destroy_disks, name)");
  });

  test("each resource has wait (Ready by default), timeouts and field_manager", () => {
    for (const r of resources) {
      for (const block of ['dynamic "wait"', 'dynamic "condition"', 'dynamic "timeouts"', 'dynamic "field_manager"']) expect(r.body).toContain(block);
    }
    expect(read("stack", "variables.tf")).toContain('default = { condition = { type = "Ready", status = "True" } }');
  });
});
