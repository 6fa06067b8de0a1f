// diff over both backends of the spec: kubernetes_manifest (with field_manager) and
// kubectl_manifest (yaml_body), their states, the field_manager upgrade, a backend switch.
import { spawnSync } from "child_process";
import { dirname, join } from "path";
import { diffResourceSets, exitCodeOf, formatJson, formatMarkdown, formatText, loadResourceSet, resourceSetFromJson } from "../../src/diff";
import { unescapeTerraformTemplates } from "../../src/diff";
import { synthDbJson, toKubectlBackend, withForceConflicts, writeConfig } from "./backends";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Props = Parameters<typeof synthDbJson>[0];

const BACKENDS = {
  kubernetes: (json: Json) => withForceConflicts(json, true),
  kubectl: toKubectlBackend,
} as const;

function diffJson(before: Json, after: Json) {
  const result = diffResourceSets(loadResourceSet(writeConfig(before)), loadResourceSet(writeConfig(after)));
  return { ...result, exit: exitCodeOf(result) };
}

describe.each(Object.keys(BACKENDS) as (keyof typeof BACKENDS)[])("backend %s: the same changes, risks and exit codes", (backend) => {
  const to = BACKENDS[backend];
  const type = `${backend}_manifest`;
  const side = (props: Props = {}, env?: "development" | "production") => to(synthDbJson(props, env));
  const base = side();

  test("identical: no change, exit 0", () => {
    expect(diffJson(base, side())).toMatchObject({ changes: [], exit: 0, summary: { unchanged: 3 } });
  });

  test("the manifests read are the synthesised ones, Terraform escapes undone", () => {
    const cloudInit = "#cloud-config\nruncmd:\n  - echo ${HOME} %{x} $${kept}\n";
    const json = side({ cloudInit });
    const vm = loadResourceSet(writeConfig(json)).resources.find((r) => r.address === `${type}.vminstance_tenant-a_db`)!;
    expect(vm.type).toBe(type);
    expect(vm.manifest).toEqual(unescapeTerraformTemplates(synthDbJson({ cloudInit }).resource.kubernetes_manifest["vminstance_tenant-a_db"].manifest));
    expect((vm.manifest?.spec as { cloudInit: string }).cloudInit).toBe(cloudInit);
    expect(vm.dependsOn).toEqual([`${type}.vmdisk_tenant-a_db-system`, `${type}.vmdisk_tenant-a_db-data`]);
  });

  test("instance type: update, disruptive, exit 0", () => {
    const r = diffJson(base, side({ instanceType: "u1.xlarge" }));
    expect(r.changes.map((c) => [c.address, c.action, c.fields.map((f) => f.path), c.risks.map((x) => x.type)])).toEqual([
      [`${type}.vminstance_tenant-a_db`, "update", ["spec.instanceType"], ["disruptive"]],
    ]);
    expect(r.exit).toBe(0);
  });

  test("storage shrink: impossible, exit 3; growth: no risk", () => {
    const shrink = diffJson(base, side({ dataDisks: [{ storage: "50Gi" }] }));
    expect(shrink.changes[0].risks).toEqual([expect.objectContaining({ type: "impossible", severity: "error", path: "spec.storage" })]);
    expect(shrink.exit).toBe(3);
    expect(diffJson(base, side({ dataDisks: [{ storage: "150Gi" }] })).changes[0].risks).toEqual([]);
  });

  test("a data disk removed: data loss, exit 3", () => {
    const r = diffJson(base, side({ dataDisks: [] }));
    const deleted = r.changes.find((c) => c.action === "delete")!;
    expect(deleted.address).toBe(`${type}.vmdisk_tenant-a_db-data`);
    expect(deleted.risks[0]).toMatchObject({ type: "data-loss", severity: "error" });
    expect(r.exit).toBe(3);
  });

  test("a disk renamed at the same address: replace, data loss naming the backend", () => {
    const after = structuredClone(base);
    const disks = after.resource[type];
    const key = "vmdisk_tenant-a_db-data";
    if (backend === "kubectl") disks[key].yaml_body = disks[key].yaml_body.replace("name: db-data", "name: db-data-2");
    else disks[key].manifest.metadata.name = "db-data-2";
    const r = diffJson(base, after);
    const replaced = r.changes.find((c) => c.address === `${type}.${key}`)!;
    expect(replaced.action).toBe("replace");
    expect(replaced.risks[0]).toMatchObject({ type: "data-loss", path: "metadata.name" });
    expect(replaced.risks[0].message).toContain(`metadata.name changed: ${type} replaces the disk`);
    expect(r.exit).toBe(3);
  });

  test("WholeIP: exposure warning; prevent_destroy removed: protection warning", () => {
    expect(diffJson(base, side({ externalMethod: "WholeIP" })).changes[0].risks).toEqual([expect.objectContaining({ type: "exposure", path: "spec.externalMethod" })]);
    const r = diffJson(side({}, "production"), side({}, "development"));
    expect(r.changes).toEqual([expect.objectContaining({ name: "db-data", fields: [{ path: "lifecycle.prevent_destroy", before: true, after: false }], risks: [expect.objectContaining({ type: "protection", severity: "warning" })] })]);
  });

  test("a disk renamed in code: delete + create, and the rename is called data loss", () => {
    const r = diffJson(base, side({ dataDisks: [{ name: "db-storage", storage: "100Gi" }] }));
    const deleted = r.changes.find((c) => c.action === "delete")!;
    expect(deleted.risks.map((x) => x.type)).toEqual(["data-loss", "data-loss"]);
    expect(r.changes.find((c) => c.kind === "VMInstance")?.risks.map((x) => x.type)).toEqual(["disruptive", "ordering"]);
  });
});

describe("field_manager (force_conflicts by default) in old vs new synthesis", () => {
  const plain = synthDbJson();

  test("one field line per resource, no risk, not blocking: Terraform plans an in-place update that changes nothing in the cluster", () => {
    const r = diffJson(withForceConflicts(plain, false), withForceConflicts(plain, true));
    expect(r.changes.map((c) => [c.name, c.action, c.fields, c.risks])).toEqual([
      ["db", "update", [{ path: "field_manager.force_conflicts", before: false, after: true }], []],
      ["db-data", "update", [{ path: "field_manager.force_conflicts", before: false, after: true }], []],
      ["db-system", "update", [{ path: "field_manager.force_conflicts", before: false, after: true }], []],
    ]);
    expect(r.exit).toBe(0);
    const text = formatText(r);
    expect(text.split("\n").filter((l) => l.includes("field_manager"))).toEqual(Array(3).fill("      field_manager.force_conflicts: false → true"));
    // Nothing else is said about these resources: header, field line, nothing more.
    expect(text.split("\n").filter((l) => l.startsWith("      "))).toHaveLength(3);
  });

  test("a field manager name is a line too; the provider's default name is no change", () => {
    const r = diffJson(withForceConflicts(plain, true), withForceConflicts(plain, true, "hikube"));
    expect(r.changes.every((c) => c.fields.length === 1 && c.fields[0].path === "field_manager.name" && c.fields[0].after === "hikube")).toBe(true);
    expect(diffJson(withForceConflicts(plain, true), withForceConflicts(plain, true, "Terraform")).changes).toEqual([]);
  });

  test("a state: field_manager [] from an old apply is one line against the new default; the state of a new apply is no change", () => {
    const config = resourceSetFromJson(withForceConflicts(plain, true), "cdk.tf.json");
    const state = (fieldManager: unknown[]) => ({
      format_version: "1.0",
      terraform_version: "1.11.4",
      values: {
        root_module: {
          resources: config.resources.map((r) => ({ address: r.address, mode: "managed", type: r.type, name: r.address.split(".")[1], values: { manifest: r.manifest, object: r.manifest, field_manager: fieldManager, wait: [] }, depends_on: r.dependsOn })),
        },
      },
    });
    const old = diffResourceSets(resourceSetFromJson(state([]), "state"), config);
    expect(old.changes.map((c) => c.fields)).toEqual(Array(3).fill([{ path: "field_manager.force_conflicts", before: false, after: true }]));
    expect(diffResourceSets(resourceSetFromJson(state([{ name: "Terraform", force_conflicts: true }]), "state"), config).changes).toEqual([]);
  });
});

describe("backend switch: kubernetes_manifest.X to kubectl_manifest.X", () => {
  const kubernetes = withForceConflicts(synthDbJson(), true);
  const kubectl = toKubectlBackend(synthDbJson());

  test("every resource is destroyed and created again: data loss for the disks, exit 3, with the way to adopt them", () => {
    const r = diffJson(kubernetes, kubectl);
    expect(r.summary).toMatchObject({ create: 3, delete: 3, update: 0, blocking: true });
    expect(r.exit).toBe(3);
    const data = r.changes.filter((c) => c.name === "db-data");
    expect(data.map((c) => [c.address, c.action])).toEqual([
      ["kubernetes_manifest.vmdisk_tenant-a_db-data", "delete"],
      ["kubectl_manifest.vmdisk_tenant-a_db-data", "create"],
    ]);
    // One data-loss risk on the delete: the disk destroyed, and why (the same object created again), with the way out.
    expect(data[0].risks.map((x) => [x.type, x.id])).toEqual([["data-loss", "same-object-delete-create"]]);
    const how = data[0].risks[0].message;
    expect(how).toContain("backend switch");
    expect(how).toContain("the disk's data is lost");
    expect(how).toContain("removed { from = kubernetes_manifest.vmdisk_tenant-a_db-data lifecycle { destroy = false } }");
    expect(how).toContain('import { to = kubectl_manifest.vmdisk_tenant-a_db-data id = "apps.cozystack.io/v1alpha1//VMDisk//db-data//tenant-a" }');
    expect(how).toContain("Terraform >= 1.7");
    expect(how).toContain("terraform state rm 'kubernetes_manifest.vmdisk_tenant-a_db-data' then terraform import 'kubectl_manifest.vmdisk_tenant-a_db-data' 'apps.cozystack.io/v1alpha1//VMDisk//db-data//tenant-a'");
    // No moved-block advice: Terraform cannot move between these types.
    expect(how).not.toContain("movedFrom");
    expect(data[1].risks.map((x) => x.type)).toEqual(["address"]);
    const vm = r.changes.find((c) => c.name === "db" && c.action === "delete")!;
    expect(vm.risks.map((x) => x.message).join("\n")).toMatch(/downtime\. To keep it/);
  });

  test("back from kubectl_manifest: the kubernetes_manifest import id", () => {
    const r = diffJson(kubectl, kubernetes);
    const how = r.changes.find((c) => c.action === "delete" && c.name === "db-system")!.risks.find((x) => x.type === "data-loss")!.message;
    expect(how).toContain('import { to = kubernetes_manifest.vmdisk_tenant-a_db-system id = "apiVersion=apps.cozystack.io/v1alpha1,kind=VMDisk,namespace=tenant-a,name=db-system" }');
  });
});

describe("kubectl_manifest settings", () => {
  const base = toKubectlBackend(synthDbJson());
  const set = (json: Json, key: string, attrs: Json) => {
    const out = structuredClone(json);
    Object.assign(out.resource.kubectl_manifest[key], attrs);
    return out;
  };

  test("force_new: any change of the manifest replaces it, so a disk grown loses its data", () => {
    const before = set(base, "vmdisk_tenant-a_db-data", { force_new: true });
    const after = set(toKubectlBackend(synthDbJson({ dataDisks: [{ storage: "150Gi" }] })), "vmdisk_tenant-a_db-data", { force_new: true });
    const r = diffJson(before, after);
    expect(r.changes[0]).toMatchObject({ action: "replace", risks: [expect.objectContaining({ type: "data-loss", path: "spec.storage" })] });
    expect(r.changes[0].risks[0].message).toMatch(/^the manifest changed and force_new is set: kubectl_manifest replaces the disk/);
    // Turning it on is itself a field line.
    expect(diffJson(base, before).changes[0].fields).toEqual([{ path: "force_new", before: false, after: true }]);
  });

  test("apply_only: a disk removed from the configuration stays in the cluster, no data loss", () => {
    const before = set(base, "vmdisk_tenant-a_db-data", { apply_only: true });
    const r = diffJson(before, toKubectlBackend(synthDbJson({ dataDisks: [] })));
    const deleted = r.changes.find((c) => c.action === "delete")!;
    expect(deleted.risks).toEqual([expect.objectContaining({ type: "protection", severity: "info" })]);
    expect(r.exit).toBe(0);
  });

  test("upgrade_api_version: an apiVersion change is an update, not a replacement", () => {
    const bump = (json: Json) => {
      const out = structuredClone(json);
      const r = out.resource.kubectl_manifest["vmdisk_tenant-a_db-system"];
      r.yaml_body = r.yaml_body.replace("apps.cozystack.io/v1alpha1", "apps.cozystack.io/v1beta1");
      return out;
    };
    expect(diffJson(base, bump(base)).changes[0].action).toBe("replace");
    const upgrading = set(base, "vmdisk_tenant-a_db-system", { upgrade_api_version: true });
    expect(diffJson(upgrading, bump(upgrading)).changes[0]).toMatchObject({ action: "update", fields: [{ path: "apiVersion" }] });
  });

  test("a state (terraform show -json) reads yaml_body, not the obfuscated yaml_body_parsed: no change against its configuration", () => {
    const config = resourceSetFromJson(base, "cdk.tf.json");
    const state = {
      format_version: "1.0",
      terraform_version: "1.11.4",
      values: {
        root_module: {
          resources: Object.entries(base.resource.kubectl_manifest as Record<string, Json>).map(([name, r]) => {
            const body = unescapeTerraformTemplates(r.yaml_body) as string;
            return {
              address: `kubectl_manifest.${name}`,
              mode: "managed",
              type: "kubectl_manifest",
              name,
              provider_name: "registry.terraform.io/alekc/kubectl",
              schema_version: 1,
              values: {
                api_version: "apps.cozystack.io/v1alpha1",
                apply_only: false,
                force_new: false,
                server_side_apply: false,
                upgrade_api_version: false,
                sensitive_fields: r.sensitive_fields ?? null,
                yaml_body: body,
                yaml_body_parsed: body.replace(/^  cloudInit: .*$/m, '  cloudInit: "(sensitive value)"'),
                wait_for: r.wait_for ? [r.wait_for] : [],
              },
              sensitive_values: { yaml_body: true },
              depends_on: r.depends_on ?? [],
            };
          }),
        },
      },
    };
    expect(diffResourceSets(resourceSetFromJson(state, "state"), config).changes).toEqual([]);
  });
});

describe("cloud-init is never printed, in any format, whatever covers it", () => {
  const SECRET = "hunter2-Sup3rSecret";
  const cloudInit = `#cloud-config\nwrite_files:\n  - path: /etc/token\n    content: ${SECRET}\n`;
  const formats = (r: ReturnType<typeof diffJson>) => [formatText(r), formatJson(r), formatMarkdown(r)].join("\n");

  test.each([
    ["cloud-init edited (kubectl)", toKubectlBackend(synthDbJson({ cloudInit })), toKubectlBackend(synthDbJson({ cloudInit: cloudInit.replace(SECRET, `${SECRET}-2`) }))],
    ["backend switch", withForceConflicts(synthDbJson({ cloudInit }), true), toKubectlBackend(synthDbJson({ cloudInit }))],
    ["instance deleted", toKubectlBackend(synthDbJson({ cloudInit })), { resource: { kubectl_manifest: {} } }],
  ])("%s", (_name, before, after) => {
    const out = formats(diffJson(before, after));
    expect(out).not.toContain(SECRET);
    expect(out).not.toContain("write_files");
  });

  test("a yaml_body unparseable or unknown on one side: the whole change is shown redacted", () => {
    const before = toKubectlBackend(synthDbJson({ cloudInit }));
    const after = structuredClone(before);
    // The spec replaced by a scalar: the change is at `spec`, which covers cloudInit.
    const vm = after.resource.kubectl_manifest["vminstance_tenant-a_db"];
    vm.yaml_body = vm.yaml_body.replace(/^spec:\n[\s\S]*$/m, "spec: pending\n");
    const r = diffJson(before, after);
    const field = r.changes[0].fields.find((f) => f.path === "spec")!;
    expect((field.before as Record<string, unknown>).cloudInit).toMatch(/^<cloud-init: 5 lines, sha256 [0-9a-f]{12}>$/);
    expect(formats(r)).not.toContain(SECRET);
  });
});

test("backend switch of the HCL modules: removed takes the resource (no instance key), import and the CLI the instance", () => {
  const manifest = { apiVersion: "apps.cozystack.io/v1alpha1", kind: "VMDisk", metadata: { name: "web-data", namespace: "tenant-foo" }, spec: { storage: "100Gi" } };
  const state = (type: string, values: Json) => ({
    format_version: "1.0",
    values: { root_module: { child_modules: [{ address: "module.vms", resources: [{ address: `module.vms.${type}.protected_disk["web-data"]`, mode: "managed", type, name: "protected_disk", index: "web-data", values }] }] } },
  });
  const r = diffResourceSets(
    resourceSetFromJson(state("kubernetes_manifest", { manifest, field_manager: [] }), "before"),
    resourceSetFromJson(state("kubectl_manifest", { yaml_body: JSON.stringify(manifest) }), "after"),
  );
  const how = r.changes.find((c) => c.action === "delete")!.risks.find((x) => x.type === "data-loss")!.message;
  expect(how).toContain('removed { from = module.vms.kubernetes_manifest.protected_disk lifecycle { destroy = false } }');
  expect(how).toContain('import { to = module.vms.kubectl_manifest.protected_disk["web-data"] id = "apps.cozystack.io/v1alpha1//VMDisk//web-data//tenant-foo" }');
  expect(how).toContain(`terraform state rm 'module.vms.kubernetes_manifest.protected_disk["web-data"]'`);
  expect(exitCodeOf(r)).toBe(3);
});

test("hikube-vm diff over synth folders: a backend switch exits 3 and says how to adopt; the same backend twice exits 0", () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, [join(__dirname, "..", "..", "bin", "hikube-vm.js"), "diff", ...args], { encoding: "utf8" });
  const kubernetes = dirname(writeConfig(withForceConflicts(synthDbJson(), true)));
  const kubectl = dirname(writeConfig(toKubectlBackend(synthDbJson())));
  const switched = cli("--format", "markdown", kubernetes, kubectl);
  expect(switched.status).toBe(3);
  // Two disks and the instance: each is deleted and created again.
  expect(switched.stdout).toContain("⛔ **Blocked: 3 data loss.**");
  expect(switched.stdout).toContain("removed { from = kubernetes\\_manifest.vmdisk\\_tenant-a\\_db-data lifecycle { destroy = false } }");
  expect(cli(kubectl, dirname(writeConfig(toKubectlBackend(synthDbJson()))))).toMatchObject({ status: 0, stdout: "No changes (3 unchanged).\n" });
});
