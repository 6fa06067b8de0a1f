// Strict inputs of modules/manifests: Terraform drops unknown attributes of object-typed
// variables, so a misspelt or camelCase attribute would silently give the default. The module
// takes `any` and checks every attribute against the schema, naming the closest known name.
import { writeFileSync } from "fs";
import { join } from "path";
import { terraform, terraformTest } from "../helpers/terraform";
import { manifestsModuleRoot } from "./corpus";
import { nameTables } from "../../src/generate/hcl/strict-inputs";
import { KINDS } from "../../src/core/schema/kinds";

function writeInputs(dir: string, inputs: Record<string, unknown>): void {
  writeFileSync(join(dir, "terraform.tfvars.json"), JSON.stringify({ c_strict: { environment: "development", disks: {}, instances: {}, ...inputs } }));
}

/** The plan's error output, whitespace folded (terraform wraps long messages). */
function planError(dir: string, inputs: Record<string, unknown>): string {
  writeInputs(dir, inputs);
  try {
    terraform(dir, "plan", "-input=false", "-no-color");
  } catch (e) {
    return (e as Error).message.replace(/\s+/g, " ");
  }
  return "";
}

test("the name tables find a known name from its camelCase form and from one edit away", () => {
  const { forms, deletions } = nameTables(KINDS.VMInstance.spec.fields);
  const closest = (name: string) => {
    const n = name.toLowerCase().replace(/[-_ ]/g, "");
    const dels = [...n].map((_, i) => n.slice(0, i) + n.slice(i + 1));
    return forms[n] ?? deletions[n] ?? dels.map((d) => forms[d]).find(Boolean) ?? dels.map((d) => deletions[d]).find(Boolean);
  };
  expect(closest("instanceType")).toBe("instance_type");
  expect(closest("instance_typ")).toBe("instance_type"); // a letter missing
  expect(closest("instance_typee")).toBe("instance_type"); // a letter extra
  expect(closest("instanse_type")).toBe("instance_type"); // a letter wrong
  expect(closest("cloudInitSeed")).toBe("cloud_init_seed");
  expect(closest("xyzzy")).toBeUndefined();
});

terraformTest(
  "unknown attributes are errors naming the closest known name, in snake_case and camelCase; wrong types are errors; valid inputs still plan",
  () => {
    const dir = manifestsModuleRoot("hikube-strict-", [{ id: "strict", description: "", environment: "development", definitions: [] }], { manifests: { value: "${module.c_strict.manifests}" } });
    terraform(dir, "init", "-input=false", "-no-color");

    const misspelt = planError(dir, {
      namespace: "tenant-a",
      disks: { data: { storageClass: "local", source: { imag: { name: "ubuntu-2404" } } } },
      instances: { web: { instance_typ: "u1.large", externalPorts: [80], xyzzy: 1, disks: [{ name: "data", buss: "sata" }], resources: { CPU: "2" } } },
    });
    expect(misspelt).toContain('Invalid disks["data"]: unknown attribute "storageClass" (did you mean "storage_class"?); allowed: source, optical, storage, storage_class.');
    expect(misspelt).toContain('Invalid disks["data"].source: unknown attribute "imag" (did you mean "image"?)');
    expect(misspelt).toContain('Invalid instances["web"]: unknown attribute "instance_typ" (did you mean "instance_type"?)');
    expect(misspelt).toContain('Invalid instances["web"]: unknown attribute "externalPorts" (did you mean "external_ports"?)');
    expect(misspelt).toMatch(/Invalid instances\["web"\]: unknown attribute "xyzzy"; allowed: external, external_method, /);
    expect(misspelt).toContain('Invalid instances["web"].disks[0]: unknown attribute "buss" (did you mean "bus"?); allowed: name, bus.');
    expect(misspelt).toContain('Invalid instances["web"].resources: unknown attribute "CPU" (did you mean "cpu"?)');

    const wrongTypes = planError(dir, {
      namespace: "tenant-a",
      disks: { data: { storage: { size: 20 }, optical: "maybe" } },
      instances: { web: { external_ports: 22, ssh_keys: [["nested"]], disks: ["data"] }, db: "u1.large" },
    });
    expect(wrongTypes).toContain('Invalid disks["data"].storage: must be a string (a quantity such as 20Gi).');
    expect(wrongTypes).toContain('Invalid disks["data"].optical: must be a bool (true or false).');
    expect(wrongTypes).toContain('Invalid instances["web"].external_ports: must be a list.');
    expect(wrongTypes).toContain('Invalid instances["web"].ssh_keys[0]: must be a string.');
    expect(wrongTypes).toContain('Invalid instances["web"].disks[0]: must be an object of attributes.');
    expect(wrongTypes).toContain('Invalid instances["db"]: must be an object of attributes.');
    expect(planError(dir, { namespace: "tenant-a", instances: ["web"] })).toContain("Invalid instances: must be a map of VMInstance specs by name");

    // The conversions Terraform's own types make still apply: "true" is a bool, "8080" a port, a number a quantity string.
    writeInputs(dir, { namespace: "tenant-a", disks: { data: { optical: "false", storage: 20971520 } }, instances: { web: { external: "true", external_ports: ["8080"], disks: [{ name: "data" }] } } });
    terraform(dir, "apply", "-auto-approve", "-input=false", "-no-color");
    const manifests = JSON.parse(terraform(dir, "output", "-json", "manifests")) as Record<string, { spec: Record<string, unknown> }>;
    expect(manifests["VMDisk/data"].spec).toMatchObject({ optical: false, storage: "20971520", storageClass: "replicated" });
    expect(manifests["VMInstance/web"].spec).toMatchObject({ external: true, externalPorts: [8080], instanceType: "u1.medium", disks: [{ name: "data" }] });
  },
  180_000,
);
