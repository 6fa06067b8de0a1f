// The data-loss gate fails closed: what the diff cannot read or identify blocks (exit 3) with a risk that names the
// resource and the way out, instead of passing as "no change". Storage removed is the chart's default; a stack
// renamed or a backend changed moves the Terraform state.
import { spawnSync } from "child_process";
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { checkPlan, diffResourceSets, exitCodeOf, formatJson, formatMarkdown, formatText, loadResourceSet, resourceSetFromJson, type DiffResult } from "../../src/diff";
import { synthDbJson, toKubectlBackend } from "./backends";
import { dbVm, hikubeStack, synthApp, tempDir } from "./helpers";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const API = "apps.cozystack.io/v1alpha1";
const SECRET = "hunter2-Sup3rSecret";
const disk = (name: string, spec: Json = { storage: "100Gi", storageClass: "replicated", source: {}, optical: false }) => ({ apiVersion: API, kind: "VMDisk", metadata: { name, namespace: "ns" }, spec });
const config = (resources: Json, extra: Json = {}) => ({ resource: resources, ...extra });
const diff = (before: Json, after: Json): DiffResult => diffResourceSets(resourceSetFromJson(before, "before"), resourceSetFromJson(after, "after"));
const unverified = (r: DiffResult) => r.changes.flatMap((c) => c.risks.filter((x) => x.type === "unverified").map((x) => ({ address: c.address, id: x.id, message: x.message })));

describe("a manifest the diff cannot read blocks, even when its text did not change", () => {
  test.each([
    ["kubernetes_manifest.manifest is ${yamldecode(file(…))}", { kubernetes_manifest: { d: { manifest: '${yamldecode(file("disk.yaml"))}' } } }, "Terraform expression"],
    ["kubectl_manifest.yaml_body is ${file(…)}", { kubectl_manifest: { d: { yaml_body: '${file("disk.yaml")}' } } }, "Terraform expression"],
    ["a template inside the yaml_body", { kubectl_manifest: { d: { yaml_body: "apiVersion: v1\nkind: VMDisk\nmetadata:\n  name: d\nspec:\n  storage: ${var.size}\n" } } }, "Terraform expression"],
    ["a %{ directive in a manifest value", { kubernetes_manifest: { d: { manifest: disk("d", { storage: "%{ if true }1Gi%{ endif }" }) } } }, "at spec.storage"],
    ["an expression as a manifest key", { kubernetes_manifest: { d: { manifest: { ...disk("d"), metadata: { name: "d", labels: { "${var.k}": "x" } } } } } }, "at metadata.labels.(a key)"],
    ["an unresolved ${…} in metadata.name", { kubernetes_manifest: { d: { manifest: { ...disk("d"), metadata: { name: "${var.name}" } } } } }, "at metadata.name"],
    ["a yaml_body with a duplicate key", { kubectl_manifest: { d: { yaml_body: `apiVersion: ${API}\nkind: VMDisk\nmetadata:\n  name: d\nspec:\n  storage: 1Gi\n  storage: ${SECRET}\n` } } }, "duplicate key at line 7"],
    ["a yaml_body that is not YAML", { kubectl_manifest: { d: { yaml_body: `kind: VMDisk\nspec: [${SECRET}\n` } } }, "is not valid YAML"],
    ["a yaml_body of two documents", { kubectl_manifest: { d: { yaml_body: `kind: VMDisk\n---\nkind: VMDisk\n` } } }, "multiple docs"],
    ["a yaml_body that is a list", { kubectl_manifest: { d: { yaml_body: "- kind: VMDisk\n" } } }, "not one YAML mapping"],
    ["a yaml_body YAML 1.1 reads otherwise (external: yes)", { kubectl_manifest: { d: { yaml_body: `apiVersion: ${API}\nkind: VMInstance\nmetadata:\n  name: vm\nspec:\n  external: yes\n` } } }, "YAML 1.1"],
    ["a yaml_body with a !!binary value", { kubectl_manifest: { d: { yaml_body: `apiVersion: ${API}\nkind: VMDisk\nmetadata:\n  name: d\nspec:\n  storage: !!binary aGk=\n` } } }, "not plain data at spec.storage"],
    ["a manifest with no kind", { kubernetes_manifest: { d: { manifest: { apiVersion: API, metadata: { name: "d" }, spec: {} } } } }, "no kind"],
    ["a manifest with no name", { kubernetes_manifest: { d: { manifest: { apiVersion: API, kind: "VMDisk", metadata: {}, spec: {} } } } }, "no metadata.name"],
    ["count on a manifest resource", { kubernetes_manifest: { d: { count: 2, manifest: disk("d") } } }, "count"],
  ])("%s", (_what, resources, expected) => {
    const r = diff(config(resources), config(resources));
    expect(r.summary.blocking).toBe(true);
    expect(exitCodeOf(r)).toBe(3);
    const found = unverified(r);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ id: "unverified-resource" });
    expect(found[0].message).toContain(`${Object.keys(resources)[0]}.d`);
    expect(found[0].message).toContain(expected);
    expect(found[0].message).toContain("cannot prove this change safe");
    // Never the body's text, in any format.
    for (const out of [formatText(r), formatJson(r), formatMarkdown(r)]) expect(out).not.toContain(SECRET);
  });

  test("a literal $${ (Terraform's escape) is a value, not an expression: no risk", () => {
    const resources = { kubernetes_manifest: { d: { manifest: { ...disk("d"), metadata: { name: "d", namespace: "ns", annotations: { note: "costs $${HOME} %%{x}" } } } } } };
    const r = diff(config(resources), config(resources));
    expect(r.changes).toEqual([]);
    expect(r.summary.blocking).toBe(false);
  });

  test("a concrete disk turned into an expression blocks, and the disk's risks are not guessed", () => {
    const r = diff(config({ kubernetes_manifest: { d: { manifest: disk("d") } } }), config({ kubernetes_manifest: { d: { manifest: "${yamldecode(file(\"d.yaml\"))}" } } }));
    expect(r.changes).toEqual([expect.objectContaining({ address: "kubernetes_manifest.d", kind: "VMDisk", name: "d", action: "update", fields: [] })]);
    expect(r.changes[0].risks.map((x) => [x.type, x.id])).toEqual([["unverified", "unverified-resource"]]);
    expect(r.changes[0].risks[0].message).toMatch(/^kubernetes_manifest\.d \(after\): its manifest is a Terraform expression/);
  });

  test("a module block: its resources are not read, so it blocks", () => {
    const side = config({}, { module: { vms: { source: "./modules/stack", disks: {} } } });
    const r = diff(side, side);
    expect(unverified(r)).toEqual([expect.objectContaining({ address: "module.vms", message: expect.stringContaining("module vms is not read") })]);
  });
});

describe("resources the diff cannot pair block", () => {
  test("a key repeated in one object of a .tf.json: Terraform reads both copies, JSON.parse the last", () => {
    const dir = tempDir("hikube-dupkey-");
    const text = `{\n"resource": {"kubernetes_manifest": {"a": {"manifest": ${JSON.stringify(disk("a"))}}}},\n"resource": {"kubernetes_manifest": {"b": {"manifest": ${JSON.stringify(disk("b"))}}}}\n}`;
    writeFileSync(join(dir, "cdk.tf.json"), text);
    const same = loadResourceSet(join(dir, "cdk.tf.json"));
    const r = diffResourceSets(same, same);
    expect(r.summary.blocking).toBe(true);
    expect(unverified(r)).toEqual([expect.objectContaining({ address: "(file cdk.tf.json)", message: expect.stringContaining('the key "resource" appears twice in one object at line 3 of cdk.tf.json') })]);
    // Keys repeated in different objects are fine.
    writeFileSync(join(dir, "cdk.tf.json"), JSON.stringify({ resource: { kubernetes_manifest: { a: { manifest: disk("a") }, b: { manifest: disk("b") } } } }));
    expect(diffResourceSets(loadResourceSet(dir), loadResourceSet(dir)).summary.blocking).toBe(false);
    // plan-check: a plan JSON with a repeated key is not terraform's output: unreadable, exit 1.
    writeFileSync(join(dir, "plan.json"), '{"format_version": "1.2", "resource_changes": [], "resource_changes": []}');
    const cli = spawnSync(process.execPath, [join(__dirname, "..", "..", "bin", "hikube-vm.js"), "plan-check", join(dir, "plan.json")], { encoding: "utf8" });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('the key "resource_changes" appears twice in one object at line 1');
  });

  test("one address in two files of one stack folder", () => {
    const dir = tempDir("hikube-dup-");
    const one = config({ kubernetes_manifest: { d: { manifest: disk("d") } } });
    writeFileSync(join(dir, "a.tf.json"), JSON.stringify(one));
    writeFileSync(join(dir, "b.tf.json"), JSON.stringify(config({ kubernetes_manifest: { d: { manifest: disk("other") } } })));
    const r = diffResourceSets(resourceSetFromJson(one, "before"), loadResourceSet(dir));
    expect(r.summary.blocking).toBe(true);
    expect(unverified(r)[0].message).toContain("its address is declared 2 times");
  });

  test("one object at two addresses: destroying either deletes it for both", () => {
    const before = config({ kubernetes_manifest: { a: { manifest: disk("d") }, b: { manifest: disk("d") } } });
    const after = config({ kubernetes_manifest: { b: { manifest: disk("d") } } });
    const r = diff(before, after);
    expect(r.summary.blocking).toBe(true);
    expect(unverified(r).map((x) => x.message).join("\n")).toContain("the same VMDisk ns/d is also declared at kubernetes_manifest.b");
  });

  test("another kind of the platform's group: a delete or an update blocks, a create does not", () => {
    const typo = { ...disk("d"), kind: "VMdisk" };
    const r = diff(config({ kubernetes_manifest: { d: { manifest: typo } } }), config({}));
    expect(r.changes[0].risks).toEqual(expect.arrayContaining([expect.objectContaining({ type: "unverified", id: "unverified-kind", message: expect.stringContaining("VMdisk of apps.cozystack.io/v1alpha1 is not a kind this diff knows") })]));
    expect(r.summary.blocking).toBe(true);
    expect(diff(config({}), config({ kubernetes_manifest: { d: { manifest: typo } } })).summary.blocking).toBe(false);
    // Not the platform's: not ours to judge.
    const configMap = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c" }, data: {} };
    expect(diff(config({ kubernetes_manifest: { c: { manifest: configMap } } }), config({})).summary.blocking).toBe(false);
  });
});

describe("storage removed is the chart's default size", () => {
  const withStorage = (storage?: string) => config({ kubernetes_manifest: { d: { manifest: disk("d", { storageClass: "replicated", source: {}, optical: false, ...(storage && { storage }) }) } } });

  test("removing storage: 100Gi", () => {
    const r = diff(withStorage("100Gi"), withStorage());
    expect(r.changes[0].risks).toEqual([expect.objectContaining({ type: "impossible", id: "storage-removed-shrinks", path: "spec.storage" })]);
    expect(r.changes[0].risks[0].message).toBe("storage removed: the platform gives the disk its default 5Gi, less than 100Gi, a shrink a volume cannot do; keep storage: 100Gi");
    expect(exitCodeOf(r)).toBe(3);
  });

  test("removing storage from 2Gi grows the disk to 5Gi; the default written out is the same size", () => {
    expect(diff(withStorage("2Gi"), withStorage()).summary.blocking).toBe(false);
    expect(diff(withStorage(), withStorage("5120Mi")).changes[0].risks.map((x) => x.type)).toEqual(["ignored"]);
    expect(diff(withStorage(), withStorage("1Gi")).changes[0].risks[0].message).toBe("storage shrinks from 5Gi (the default) to 1Gi: a volume can only grow; the platform cannot apply this");
  });
});

describe("a stack renamed moves its state", () => {
  const cdktfOut = (stack: string) => synthApp((app) => dbVm(hikubeStack(app, stack)));

  test("cdktf.out of stack web, then of web2: every resource is reported, exit 3", () => {
    const r = diffResourceSets(loadResourceSet(cdktfOut("web")), loadResourceSet(cdktfOut("web2")));
    expect(r.changes.length).toBe(3);
    for (const c of r.changes) {
      expect(c.risks).toEqual([expect.objectContaining({ type: "state", id: "state-moves", severity: "error" })]);
      expect(c.risks[0].message).toMatch(/its backend changes from local \S*terraform\.web\.tfstate to local \S*terraform\.web2\.tfstate/);
    }
    expect(r.summary).toMatchObject({ unchanged: 0, blocking: true });
  });

  test("the same stack synthesised in two checkouts (absolute state paths differ) is not a move", () => {
    const json = synthDbJson();
    const elsewhere = structuredClone(json);
    elsewhere.terraform.backend.local.path = "/ci/head/terraform.web.tfstate";
    expect(diff(json, elsewhere)).toMatchObject({ changes: [], summary: { blocking: false } });
  });

  test("a relative local state and a renamed stack: the working directory moves", () => {
    const named = (name: string) => ({ ...config({ kubernetes_manifest: { d: { manifest: disk("d") } } }), "//": { metadata: { stackName: name } }, terraform: { backend: { local: { path: "terraform.tfstate" } } } });
    expect(diff(named("web"), named("web")).summary.blocking).toBe(false);
    const r = diff(named("web"), named("db"));
    expect(r.changes[0].risks[0].message).toContain("the stack is renamed from web to db");
    // A remote backend with a fixed key keeps the state where it is.
    const s3 = (name: string) => ({ ...named(name), terraform: { backend: { s3: { bucket: "b", key: "vms.tfstate" } } } });
    expect(diff(s3("web"), s3("db")).summary.blocking).toBe(false);
    expect(diff(s3("web"), { ...s3("web"), terraform: { backend: { s3: { bucket: "b", key: "other.tfstate" } } } }).changes[0].risks[0].message).toContain("its backend changes from backend s3 to backend s3");
  });
});

describe("the CLI exits 3", () => {
  const bin = join(__dirname, "..", "..", "bin", "hikube-vm.js");

  test("hikube-vm diff on a yaml_body with a duplicate key", () => {
    const dir = tempDir("hikube-closed-");
    const good = toKubectlBackend(synthDbJson());
    const bad = structuredClone(good);
    const body = bad.resource.kubectl_manifest["vmdisk_tenant-a_db-data"];
    body.yaml_body = body.yaml_body.replace("spec:\n", "spec:\n  storage: 1Gi\n");
    mkdirSync(join(dir, "a"));
    mkdirSync(join(dir, "b"));
    writeFileSync(join(dir, "a", "cdk.tf.json"), JSON.stringify(good));
    writeFileSync(join(dir, "b", "cdk.tf.json"), JSON.stringify(bad));
    const r = spawnSync(process.execPath, [bin, "diff", join(dir, "a"), join(dir, "b")], { encoding: "utf8" });
    expect(r.status).toBe(3);
    expect(r.stdout).toContain("✗ cannot be checked: kubectl_manifest.vmdisk_tenant-a_db-data (after): yaml_body is not valid YAML (duplicate key at line");
    expect(r.stdout).toMatch(/Blocked: 1 cannot be checked\./);
  });

  test("hikube-vm plan-check on a plan whose yaml_body has a duplicate key, even a no-op", () => {
    const body = `apiVersion: ${API}\nkind: VMDisk\nmetadata:\n  name: d\n  namespace: ns\nspec:\n  storage: 1Gi\n  storage: 100Gi\n`;
    const values = { yaml_body: body };
    const plan = { format_version: "1.2", resource_changes: [{ address: "kubectl_manifest.d", mode: "managed", type: "kubectl_manifest", name: "d", change: { actions: ["no-op"], before: values, after: values, after_unknown: {} } }] };
    const result = checkPlan(plan, "plan.json");
    expect(result.summary.blocking).toBe(true);
    expect(result.changes[0].risks).toEqual([expect.objectContaining({ type: "unverified", message: expect.stringContaining("kubectl_manifest.d (before): yaml_body is not valid YAML (duplicate key at line 8)") })]);
    const dir = tempDir("hikube-closed-plan-");
    writeFileSync(join(dir, "plan.json"), JSON.stringify(plan));
    expect(spawnSync(process.execPath, [bin, "plan-check", join(dir, "plan.json")], { encoding: "utf8" }).status).toBe(3);
  });
});

test("every risk has a stable id, for tools and reviewers", () => {
  const base = loadResourceSet(synthApp((app) => dbVm(hikubeStack(app, "web"))));
  const cases = [
    { instanceType: "u1.xlarge", externalMethod: "WholeIP" as const, cloudInit: "#cloud-config\n" },
    { dataDisks: [] },
    { dataDisks: [{ storage: "50Gi" }], externalPorts: [22, 443] },
    { systemDisk: { image: "debian-12", storage: "20Gi" } },
  ];
  const ids = new Set<string>();
  for (const overrides of cases) {
    const r = diffResourceSets(base, loadResourceSet(synthApp((app) => dbVm(hikubeStack(app, "web"), overrides))));
    for (const risk of r.changes.flatMap((c) => c.risks)) {
      expect(risk.id).toMatch(/^[a-z][a-z0-9-]+$/);
      ids.add(risk.id!);
    }
  }
  expect([...ids].sort()).toEqual(expect.arrayContaining(["disk-deleted", "disk-source-ignored", "port-list-to-whole-ip", "storage-shrinks", "vm-disks-change", "vm-restarts"]));
});
