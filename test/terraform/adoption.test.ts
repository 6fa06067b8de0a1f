import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { ResourceDefinition } from "../../src/core/definition/resource-definition";
import { diffResourceSets, resourceSetFromJson } from "../../src";
import { stackJson } from "../../src/terraform/stack-json";
import { terraform, terraformTest } from "../helpers/terraform";

const DEFINITIONS: ResourceDefinition[] = [
  { kind: "VMDisk", metadata: { name: "db-data", namespace: "tenant-a" }, spec: { storage: "100Gi" } },
  { kind: "VMDisk", metadata: { name: "db-system", namespace: "tenant-a" }, spec: { source: { image: { name: "ubuntu-2404" } }, storage: "20Gi" } },
  { kind: "VMInstance", metadata: { name: "db", namespace: "tenant-a" }, spec: { disks: ["db-system", "db-data"] } },
];

test("diff: a backend switch with adoptFrom forgets and imports: no data loss, nothing blocks", () => {
  const before = stackJson(DEFINITIONS, { stackName: "s", backend: "kubernetes", environment: "production" });
  const after = stackJson(DEFINITIONS, { stackName: "s", backend: "kubectl", environment: "production", adoptFrom: "kubernetes" });
  const result = diffResourceSets(resourceSetFromJson(before, "before"), resourceSetFromJson(after, "after"));
  expect(result.summary).toMatchObject({ create: 0, delete: 0, replace: 0, blocking: false });
  expect(result.changes.map((c) => [c.address, c.movedFrom])).toEqual(expect.arrayContaining([["kubectl_manifest.vmdisk_tenant-a_db-data", "kubernetes_manifest.vmdisk_tenant-a_db-data"]]));
  expect(result.changes.flatMap((c) => c.risks).filter((r) => r.type === "data-loss")).toEqual([]);
  // Without adoptFrom the same switch destroys the disks: it blocks.
  const unsafe = stackJson(DEFINITIONS, { stackName: "s", backend: "kubectl", environment: "production" });
  expect(diffResourceSets(resourceSetFromJson(before, "before"), resourceSetFromJson(unsafe, "after")).summary.blocking).toBe(true);
});

/**
 * The blocks as Terraform itself reads them. Providers cannot be downloaded here, so the two resource types are
 * stood in for by terraform_data (built in): the old resources are applied first, then the configuration with
 * the library's import and removed blocks is planned. Terraform must plan to forget the old ones and import the
 * new ones, and to destroy nothing.
 */
terraformTest(
  "import and removed blocks as written: Terraform forgets the old resources and imports the new, destroying nothing",
  () => {
    const adopted = stackJson(DEFINITIONS, { stackName: "s", backend: "kubectl", environment: "production", adoptFrom: "kubernetes" }) as { import: { to: string; id: string }[]; removed: unknown[] };
    const standIn = (address: string) => address.replace(/^kubernetes_manifest\./, "terraform_data.old_").replace(/^kubectl_manifest\./, "terraform_data.new_");
    const names = DEFINITIONS.map((d) => `${d.kind.toLowerCase()}_tenant-a_${d.metadata.name}`);
    const dir = mkdtempSync(join(tmpdir(), "hikube-adopt-"));
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify({ resource: { terraform_data: Object.fromEntries(names.map((n) => [`old_${n}`, { input: n }])) } }));
    terraform(dir, "init", "-input=false", "-no-color");
    terraform(dir, "apply", "-auto-approve", "-input=false", "-no-color");
    const blocks = JSON.parse(JSON.stringify({ import: adopted.import, removed: adopted.removed }).replace(/"(kubernetes_manifest|kubectl_manifest)\.[^"]+"/g, (m) => JSON.stringify(standIn(JSON.parse(m)))));
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify({ resource: { terraform_data: Object.fromEntries(names.map((n) => [`new_${n}`, { input: n }])) }, ...blocks }));
    terraform(dir, "plan", "-input=false", "-no-color", "-out=tfplan");
    const plan = JSON.parse(terraform(dir, "show", "-json", "tfplan")) as { resource_changes: { address: string; change: { actions: string[]; importing?: unknown } }[] };
    const actions = Object.fromEntries(plan.resource_changes.map((c) => [c.address, c.change.actions.join("+") + (c.change.importing ? " (import)" : "")]));
    for (const n of names) {
      expect(actions[`terraform_data.old_${n}`]).toBe("forget");
      expect(actions[`terraform_data.new_${n}`]).toMatch(/ \(import\)$/);
    }
    expect(Object.values(actions).some((a) => a.includes("delete"))).toBe(false);
  },
  120_000,
);
