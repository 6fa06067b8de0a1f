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

const RESOURCE_MODULES = ["stack", "vm-disk", "vm-instance", "virtual-machine"];
const ALL = [...RESOURCE_MODULES, ...RESOURCE_MODULES.map((m) => `kubectl-${m}`)];

describe.each(ALL)("modules/%s", (module) => {
  const kubectl = module.startsWith("kubectl-");

  test("has the standard files", () => {
    expect(readdirSync(join(MODULES, module))).toEqual(expect.arrayContaining(["main.tf", "variables.tf", "outputs.tf", "versions.tf", "README.md"]));
  });

  test(`requires Terraform >= 1.9 and one provider only: ${kubectl ? "alekc/kubectl >= 2.3.0" : "hashicorp/kubernetes >= 2.38"}`, () => {
    const versions = read(module, "versions.tf");
    expect(versions).toMatch(/required_version = ">= 1\.9\.0"/);
    const sources = [...versions.matchAll(/source\s+= "([^"]+)"\s+version\s+= "([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(sources).toEqual([kubectl ? "alekc/kubectl >= 2.3.0" : "hashicorp/kubernetes >= 2.38"]);
  });

  test("goes through modules/manifests (directly or through its backend's stack module)", () => {
    const stack = kubectl ? "kubectl-stack" : "stack";
    expect(read(module, "main.tf")).toMatch(module === stack ? /source = "\.\.\/manifests"/ : new RegExp(`source = "\\.\\./${stack}"`));
  });

  test("no resource of the other backend, anywhere in its tree of modules", () => {
    const other = kubectl ? "kubernetes_manifest" : "kubectl_manifest";
    expect(read(module, "main.tf")).not.toContain(`resource "${other}"`);
    expect(read(kubectl ? "kubectl-stack" : "stack", "main.tf")).not.toContain(`resource "${other}"`);
  });

  test(kubectl ? "has no server-side apply inputs" : "force_conflicts: a bool, true by default, documented with the why, passed down", () => {
    const variables = readTfBlocks(read(module, "variables.tf"));
    const force = variables.find((b) => b.name === "force_conflicts");
    if (kubectl) {
      expect(variables.map((b) => b.name)).not.toEqual(expect.arrayContaining(["force_conflicts"]));
      expect(variables.map((b) => b.name)).not.toContain("field_manager");
    } else {
      expect(force).toMatchObject({ type: "bool", default: "true" });
      expect(force?.description).toMatch(/managedFields.*409/);
      if (module !== "stack") expect(read(module, "main.tf")).toMatch(/force_conflicts\s+= var\.force_conflicts/);
    }
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

describe("modules/kubectl-stack", () => {
  const main = read("kubectl-stack", "main.tf");
  const resources = [...main.matchAll(/resource "kubectl_manifest" "(\w+)" \{([\s\S]*?)\n\}/g)].map((m) => ({ name: m[1], body: m[2] }));

  test("one kubectl_manifest per disk (protected or not) and per instance, instances after disks", () => {
    expect(resources.map((r) => r.name)).toEqual(["disk", "protected_disk", "instance"]);
    expect(resources[2].body).toContain("depends_on = [kubectl_manifest.disk, kubectl_manifest.protected_disk]");
    expect(resources[1].body).toMatch(/lifecycle \{\s+prevent_destroy = true\s+\}/);
    expect(resources[0].body).not.toContain("lifecycle");
  });

  test("yaml_body is modules/manifests' YAML of the same manifest; cloud-init is a sensitive field of instances", () => {
    expect(resources[0].body).toContain('yaml_body = module.manifests.yaml_bodies["VMDisk/${each.key}"]');
    expect(resources[2].body).toMatch(/yaml_body\s+= module\.manifests\.yaml_bodies\["VMInstance\/\$\{each\.key\}"\]/);
    expect(resources[2].body).toMatch(/sensitive_fields = \["spec\.cloudInit"\]/);
    expect(resources[0].body).not.toContain("sensitive_fields");
    expect(read("manifests", "outputs.tf")).toMatch(/output "yaml_bodies" \{[\s\S]*value\s+= \{ for key, m in local\.manifests : key => yamlencode\(m\) \}/);
  });

  test("wait_for Ready by default (conditions and regex fields), create timeout, no server-side apply", () => {
    for (const r of resources) {
      for (const block of ['dynamic "wait_for"', 'dynamic "condition"', 'dynamic "field"', 'value_type = "regex"', 'dynamic "timeouts"']) expect(r.body).toContain(block);
      expect(r.body).not.toMatch(/server_side_apply|field_manager|force_conflicts/);
    }
    expect(read("kubectl-stack", "variables.tf")).toContain('default = { condition = { type = "Ready", status = "True" } }');
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

  test("each resource has wait (Ready by default), timeouts and field_manager with force_conflicts", () => {
    for (const r of resources) {
      for (const block of ['dynamic "wait"', 'dynamic "condition"', 'dynamic "timeouts"', 'dynamic "field_manager"', "force_conflicts = var.force_conflicts"]) expect(r.body).toContain(block);
      expect(r.body).toContain("for_each = var.field_manager == null && !var.force_conflicts ? [] : [true]");
    }
    expect(read("stack", "variables.tf")).toContain('default = { condition = { type = "Ready", status = "True" } }');
  });
});
