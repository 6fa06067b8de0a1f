// labels, annotations and the catalog choice are inputs of modules/manifests (and of the modules
// that call it), as the constructs take them: metadata as renderManifest writes it, the catalog
// a built-in's name or a catalog file's entries.
import { mkdtempSync, writeFileSync, cpSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { renderManifest } from "../../src/core/render/render-manifest";
import { terraform, terraformTest } from "../helpers/terraform";

const MODULE = join(__dirname, "..", "..", "modules", "manifests");

function root(): string {
  const dir = mkdtempSync(join(tmpdir(), "hikube-metadata-catalog-"));
  cpSync(MODULE, join(dir, "manifests"), { recursive: true, filter: (src) => !src.includes(".terraform") });
  const inputs = ["namespace", "catalog", "labels", "annotations", "disks", "instances"];
  writeFileSync(
    join(dir, "main.tf.json"),
    JSON.stringify({
      variable: Object.fromEntries(inputs.map((v) => [v, { type: "any", default: v === "catalog" ? "hikube" : v === "namespace" ? "tenant-a" : {} }])),
      module: { m: { source: "./manifests", ...Object.fromEntries(inputs.map((v) => [v, `\${var.${v}}`])) } },
      output: { manifests: { value: "${module.m.manifests}" } },
    }),
  );
  terraform(dir, "init", "-input=false", "-no-color");
  return dir;
}

function plan(dir: string, inputs: Record<string, unknown>): string {
  writeFileSync(join(dir, "terraform.tfvars.json"), JSON.stringify(inputs));
  try {
    terraform(dir, "apply", "-auto-approve", "-input=false", "-no-color");
    return "";
  } catch (e) {
    return (e as Error).message.replace(/\s+/g, " ");
  }
}

terraformTest(
  "labels and annotations land in metadata as renderManifest writes them; the catalog is hikube, cozystack or a file's entries",
  () => {
    const dir = root();
    const labels = { team: "web", "app.kubernetes.io/part-of": "shop" };
    const annotations = { "example.com/owner": "ops ${not a template}" };
    expect(plan(dir, { labels, annotations, disks: { data: { storage: "20Gi" } } })).toBe("");
    const manifests = JSON.parse(terraform(dir, "output", "-json", "manifests")) as Record<string, unknown>;
    const def = { apiVersion: "apps.cozystack.io/v1alpha1", kind: "VMDisk" as const, metadata: { name: "data", namespace: "tenant-a", labels, annotations }, spec: { storage: "20Gi" } };
    expect(manifests["VMDisk/data"]).toEqual(renderManifest(def));

    expect(plan(dir, { labels: { "bad key!": "x" } })).toContain('Invalid labels "bad key!": keys must be qualified names');
    expect(plan(dir, { labels: { team: "a value with spaces" } })).toContain('Invalid labels "team"');

    // u1.nano is a cozystack instance type, not a hikube one; s1.small the other way round.
    const vm = (type: string) => ({ instances: { web: { instance_type: type, disks: [{ name: "data" }] } } });
    expect(plan(dir, vm("u1.nano"))).toMatch(/Invalid instances\["web"\]\.instance_type: must be an instance type of the catalog.*s1\.small/);
    expect(plan(dir, { catalog: "cozystack", ...vm("u1.nano") })).toBe("");
    expect(plan(dir, { catalog: "cozystack", ...vm("s1.small") })).toMatch(/Invalid instances\["web"\]\.instance_type: must be an instance type of the catalog.*u1\.nano/);
    // A catalog file's entries, as yamldecode(file(...)) gives them: extends hikube, adds a type.
    const file = { name: "acme", extends: "hikube", instanceTypes: [{ name: "acme.big", cpu: 8, memory: "32Gi" }], storageClasses: [{ name: "fast", replicated: false }] };
    expect(plan(dir, { catalog: file, ...vm("acme.big"), disks: { data: { storage_class: "fast" } } })).toBe("");
    expect(plan(dir, { catalog: file, ...vm("nope.big") })).toMatch(/must be an instance type of the catalog.*acme\.big/);
    expect(plan(dir, { catalog: "openstack" })).toContain('Invalid catalog: must be "hikube" or "cozystack"');
    expect(plan(dir, { catalog: { extends: "hikube", instanceType: [] } })).toContain("Invalid catalog");
  },
  240_000,
);
