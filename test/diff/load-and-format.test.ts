import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { VmInstance } from "../../src";
import { COLOUR, diffResourceSets, formatJson, formatMarkdown, formatText, InputError, loadResourceSet, resourceSetFromJson, unescapeTerraformString, useColour } from "../../src/diff";
import { escapeTerraformString } from "../../src/core";
import { newStack, synthJson } from "../helpers/synth";
import { synthDb, tempDir } from "./helpers";

describe("reading inputs", () => {
  test("Terraform escapes are undone, so a cdk.tf.json and a state compare equal", () => {
    const text = "echo ${HOME} %{ x } $${KEEP} $$$${odd} %%{y}";
    expect(unescapeTerraformString(escapeTerraformString(text))).toBe(text);
    const { stack } = newStack();
    new VmInstance(stack, "Vm", { name: "vm", namespace: "ns", cloudInit: text });
    const config = resourceSetFromJson(synthJson(stack), "cdk.tf.json");
    expect((config.resources[0].manifest?.spec as { cloudInit: string }).cloudInit).toBe(text);
    // The same object as `terraform show -json` of a state holds it (unescaped).
    const state = {
      format_version: "1.0",
      terraform_version: "1.11.4",
      values: { root_module: { resources: [{ address: "kubernetes_manifest.vminstance_ns_vm", mode: "managed", type: "kubernetes_manifest", name: "vminstance_ns_vm", provider_name: "registry.terraform.io/hashicorp/kubernetes", values: { manifest: config.resources[0].manifest, field_manager: { force_conflicts: true }, object: {} }, depends_on: [] }] } },
    };
    expect(diffResourceSets(config, resourceSetFromJson(state, "state")).changes).toEqual([]);
    // An empty state has no values at all.
    expect(resourceSetFromJson({ format_version: "1.0" }, "empty").resources).toEqual([]);
  });

  test("kubectl_manifest (Hikube's Terraform guide) is read from its yaml_body, so a migration is diffed", () => {
    const guide = {
      resource: {
        kubectl_manifest: {
          data: { yaml_body: "apiVersion: apps.cozystack.io/v1alpha1\nkind: VMDisk\nmetadata:\n  name: db-data\n  namespace: tenant-a\nspec:\n  storage: 100Gi\n  storageClass: replicated\n  source: {}\n  optical: false\n" },
        },
      },
    };
    const r = diffResourceSets(resourceSetFromJson(guide, "guide"), loadResourceSet(synthDb()));
    const data = r.changes.filter((c) => c.name === "db-data");
    expect(data.map((c) => [c.address, c.action])).toEqual([
      ["kubectl_manifest.data", "delete"],
      ["kubernetes_manifest.vmdisk_tenant-a_db-data", "create"],
    ]);
    expect(data[0].risks.map((x) => x.type)).toEqual(["data-loss"]);
    expect(data[0].risks[0].message).toContain("backend switch");
  });

  test("a folder with several stacks keeps them apart; .terraform is skipped", () => {
    const root = tempDir();
    for (const stack of ["a", "b"]) {
      mkdirSync(join(root, "stacks", stack, ".terraform"), { recursive: true });
      writeFileSync(join(root, "stacks", stack, ".terraform", "junk.tf.json"), "not json");
      writeFileSync(join(root, "stacks", stack, "cdk.tf.json"), JSON.stringify({ resource: { kubernetes_manifest: { x: { manifest: { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "x", namespace: stack } } } } } }));
    }
    expect(loadResourceSet(root).resources.map((r) => [r.stack, r.address])).toEqual([
      ["a", "kubernetes_manifest.x"],
      ["b", "kubernetes_manifest.x"],
    ]);
  });

  test("unreadable inputs are InputErrors with the path and the reason", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.json"), "{ nope");
    writeFileSync(join(dir, "other.json"), JSON.stringify({ hello: "world" }));
    expect(() => loadResourceSet(join(dir, "missing.json"))).toThrow(InputError);
    expect(() => loadResourceSet(join(dir, "bad.json"))).toThrow(/bad.json: not valid JSON/);
    expect(() => loadResourceSet(join(dir, "other.json"))).toThrow(/not a Terraform JSON configuration/);
    expect(() => loadResourceSet(tempDir())).toThrow(/no \*\.tf\.json file/);
  });
});

describe("formats", () => {
  const result = diffResourceSets(loadResourceSet(synthDb()), loadResourceSet(synthDb({ instanceType: "u1.xlarge", dataDisks: [] })));

  test("text: one block per change, the verdict last; colour only when asked", () => {
    const text = formatText(result);
    expect(text).toContain("  - delete  VMDisk tenant-a/db-data  kubernetes_manifest.vmdisk_tenant-a_db-data");
    expect(text).toContain('spec.instanceType: "u1.large" → "u1.xlarge"');
    expect(text).toContain("✗ data loss: the disk (100Gi replicated empty) is destroyed and its data lost.");
    expect(text.trimEnd().split("\n").slice(-2)).toEqual(["Plan: 0 to create, 1 to update, 0 to replace, 1 to delete (1 unchanged).", "Blocked: 1 data loss."]);
    expect(text).not.toContain("\u001b[");
    expect(formatText(result, COLOUR)).toContain("\u001b[31m");
  });

  test("colour: a terminal, and NO_COLOR not set (or empty)", () => {
    expect(useColour({ isTTY: true }, {})).toBe(true);
    expect(useColour({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(useColour({ isTTY: true }, { NO_COLOR: "" })).toBe(true);
    expect(useColour({}, {})).toBe(false);
  });

  test("json: the documented shape", () => {
    const json = JSON.parse(formatJson(result));
    expect(Object.keys(json)).toEqual(["changes", "summary"]);
    expect(json.changes[1]).toEqual({
      address: "kubernetes_manifest.vmdisk_tenant-a_db-data",
      kind: "VMDisk",
      namespace: "tenant-a",
      name: "db-data",
      action: "delete",
      fields: [],
      risks: [{ id: "disk-deleted", type: "data-loss", severity: "error", message: "the disk (100Gi replicated empty) is destroyed and its data lost." }],
      detail: "100Gi replicated empty",
    });
    expect(json.summary).toMatchObject({ create: 0, update: 1, replace: 0, delete: 1, unchanged: 1, blocking: true, risks: { "data-loss": 1, disruptive: 2 } });
  });

  test("markdown: verdict, table, details; content cannot break the table", () => {
    const md = formatMarkdown(result);
    expect(md).toContain("⛔ **Blocked: 1 data loss.**");
    expect(md).toContain("| 🔴 delete | `VMDisk tenant-a/db-data` | ⛔ data loss |");
    expect(md).toContain("| 🟡 update | `VMInstance tenant-a/db` | ⚠️ disruptive |");
    expect(md).toContain('- `spec.instanceType`: `"u1.large"` → `"u1.xlarge"`');
    expect(formatMarkdown({ changes: [], summary: { ...result.summary, unchanged: 3 } })).toBe("### Hikube diff\n\nNo changes (3 unchanged).\n");
  });
});
