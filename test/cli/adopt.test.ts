import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Testing, TerraformStack } from "cdktf";
import { HikubeDefaults, KubectlProvider, KubernetesProvider, VirtualMachine, VmDisk, VmInstance } from "../../src";
import { BACKENDS, type Backend } from "../../src/terraform/backend";
import { withoutServerFields } from "../../src/terraform/server-fields";
import { readManifestFile } from "../../src/yaml";
import { synthConstructStack } from "../helpers/construct-stack";
import { terraform, terraformTest } from "../helpers/terraform";
import { CORPUS, runCli } from "./helpers/run-cli";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const LIVE = join(__dirname, "fixtures", "kubectl-get-adopt.yaml");
const PLATFORM = join(CORPUS, "valid", "kubectl-get-list-platform.yaml");

function synthAdopt(backend: Backend, files: readonly string[] = [LIVE]): { dir: string; json: Json; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), "hikube-adopt-"));
  const result = runCli(["synth", ...files, "--adopt", "--backend", backend, "--out", dir]);
  expect(result.status).toBe(0);
  return { dir, json: JSON.parse(readFileSync(join(dir, "cdk.tf.json"), "utf8")), stderr: result.stderr };
}

describe("synth --adopt", () => {
  test.each([
    ["kubernetes", "kubernetes_manifest", "apiVersion=apps.cozystack.io/v1alpha1,kind=VMDisk,namespace=tenant-live,name=shop-system", "apiVersion=apps.cozystack.io/v1alpha1,kind=VMInstance,namespace=tenant-live,name=shop"],
    ["kubectl", "kubectl_manifest", "apps.cozystack.io/v1alpha1//VMDisk//shop-system//tenant-live", "apps.cozystack.io/v1alpha1//VMInstance//shop//tenant-live"],
  ] as const)("%s: an import block per resource, with the provider's own id, next to the resources; nothing removed", (backend, type, diskId, vmId) => {
    const { json } = synthAdopt(backend);
    expect(json.import).toEqual([
      { id: diskId, to: `${type}.vmdisk_tenant-live_shop-system` },
      { id: vmId, to: `${type}.vminstance_tenant-live_shop` },
    ]);
    expect(json.removed).toBeUndefined();
    for (const block of json.import) expect(Object.keys(json.resource[type])).toContain(block.to.split(".")[1]);
  });

  test("server fields are dropped, and the user is told which, in one line", () => {
    const { json, stderr } = synthAdopt("kubernetes");
    const vm = json.resource.kubernetes_manifest["vminstance_tenant-live_shop"].manifest;
    expect(vm.metadata).toEqual({ labels: { app: "shop" }, name: "shop", namespace: "tenant-live" });
    expect(vm.status).toBeUndefined();
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^adopt: dropped what the server sets, left as it is in the cluster: status, metadata\.uid, /);
    for (const dropped of ["metadata.managedFields (1 of 2)", "metadata.finalizers (1 of 2)", 'metadata.labels["apps.cozystack.io/application.kind"] (1 of 2)', 'metadata.labels["app.kubernetes.io/managed-by"]', 'metadata.annotations["kubectl.kubernetes.io/last-applied-configuration"] (1 of 2)']) {
      expect(lines[0]).toContain(dropped);
    }
    expect(lines[0]).not.toContain('"app"');
  });

  test("without --adopt nothing is imported and the platform's labels are kept as written", () => {
    const dir = mkdtempSync(join(tmpdir(), "hikube-noadopt-"));
    expect(runCli(["synth", LIVE, "--out", dir]).status).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, "cdk.tf.json"), "utf8"));
    expect(json.import).toBeUndefined();
    expect(json.resource.kubernetes_manifest["vminstance_tenant-live_shop"].manifest.metadata.labels["apps.cozystack.io/application.kind"]).toBe("VMInstance");
  });

  test.each(BACKENDS)("%s: the same bytes as the constructs with HikubeDefaults adopt: true", (backend) => {
    const { dir, json } = synthAdopt(backend, [LIVE, PLATFORM]);
    const definitions = [LIVE, PLATFORM].flatMap((file) => readManifestFile(file).resources.map((r) => withoutServerFields(r.definition, r.origin.data).definition));
    const reference = synthConstructStack(definitions, mkdtempSync(join(tmpdir(), "hikube-adopt-app-")), { backend, environment: "development", adopt: true });
    expect(reference["cdk.tf.json"]).toBe(readFileSync(join(dir, "cdk.tf.json"), "utf8"));
    expect(json.import).toHaveLength(4);
    // The external VM's address, as the constructs add it: a data source and an output.
    expect(Object.keys(json.output)).toEqual(["vminstance_tenant-live_shop_external_address"]);
    expect(Object.keys(json.data[backend === "kubectl" ? "kubectl_manifest" : "kubernetes_resource"])).toEqual(["vminstance_tenant-live_shop"]);
  });

  test("--adopt with --adopt-from is a usage error", () => {
    const result = runCli(["synth", LIVE, "--adopt", "--adopt-from", "kubectl", "--out", tmpdir()]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--adopt with --adopt-from: --adopt (objects Terraform never managed) and --adopt-from (objects another backend's state holds) both import the same objects: use one");
  });

  // No provider can be downloaded here: the resources become terraform_data (which can be imported) carrying the
  // manifest, the import blocks are kept as synth wrote them but for the resource type. Terraform itself then
  // parses them, checks that each targets a resource of the configuration, and plans imports only.
  terraformTest("real terraform parses the import blocks and plans imports, no create, no destroy", () => {
    const { dir, json } = synthAdopt("kubernetes", [LIVE, PLATFORM]);
    const resources = Object.fromEntries(Object.entries(json.resource.kubernetes_manifest as Json).map(([name, body]) => [name, { input: JSON.stringify(body.manifest), depends_on: (body.depends_on ?? []).map((d: string) => d.replace("kubernetes_manifest.", "terraform_data.")) }]));
    const config = { import: json.import.map((b: Json) => ({ ...b, to: b.to.replace("kubernetes_manifest.", "terraform_data.") })), resource: { terraform_data: resources } };
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify(config));
    writeFileSync(join(dir, "cdk.tf.json"), "{}");
    terraform(dir, "init", "-input=false", "-no-color", "-backend=false");
    expect(terraform(dir, "validate", "-no-color")).toContain("Success");
    terraform(dir, "plan", "-input=false", "-no-color", "-out=tfplan");
    const plan = JSON.parse(terraform(dir, "show", "-json", "tfplan"));
    const changes = plan.resource_changes as Json[];
    expect(changes).toHaveLength(4);
    for (const change of changes) {
      expect(change.change.importing?.id).toMatch(/^apiVersion=apps\.cozystack\.io\/v1alpha1,kind=VM(Disk|Instance),namespace=tenant-live,name=/);
      expect(change.change.actions).not.toContain("create");
      expect(change.change.actions).not.toContain("delete");
    }
    // And terraform's plan refuses an import block whose resource the configuration does not declare: the check is real.
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify({ ...config, resource: { terraform_data: { other: {} } } }));
    expect(() => terraform(dir, "plan", "-input=false", "-no-color")).toThrow(/Configuration for import target does not exist/);
  }, 120_000);
});

describe("import --adopt", () => {
  test("the generated stack sets adopt in HikubeDefaults and names the equivalent synth command", () => {
    const result = runCli(["import", LIVE, "--adopt", "--backend", "kubectl"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('HikubeDefaults.set(this, { environment: "development", backend: "kubectl", adopt: true });');
    expect(result.stdout).toMatch(/Synthesising it gives exactly what `hikube-vm synth \S+kubectl-get-adopt\.yaml --out DIR --backend kubectl --adopt` writes/);
    expect(result.stdout).not.toContain("apps.cozystack.io/application");
    expect(result.stdout).not.toContain("resourceVersion");
    expect(result.stderr).toMatch(/^adopt: dropped what the server sets/);
  });
});

describe("the constructs' adopt option", () => {
  function stack(backend: Backend = "kubernetes"): TerraformStack {
    const s = new TerraformStack(Testing.app(), "test");
    if (backend === "kubectl") new KubectlProvider(s, "kubectl", {});
    else new KubernetesProvider(s, "kubernetes", {});
    HikubeDefaults.set(s, { namespace: "tenant-a", backend });
    return s;
  }
  const synth = (s: TerraformStack): Json => JSON.parse(Testing.synth(s, true));

  test("on one resource: only that one is imported", () => {
    const s = stack();
    new VmDisk(s, "Old", { name: "old", adopt: true });
    new VmDisk(s, "New", { name: "new" });
    expect(synth(s).import).toEqual([{ id: "apiVersion=apps.cozystack.io/v1alpha1,kind=VMDisk,namespace=tenant-a,name=old", to: "kubernetes_manifest.vmdisk_tenant-a_old" }]);
  });

  test("on a VirtualMachine: its disks and its instance; a resource's adopt: false overrides the stack's", () => {
    const s = stack("kubectl");
    new VirtualMachine(s, "Web", { name: "web", systemDisk: { image: "ubuntu-2404", storage: "20Gi" }, adopt: true });
    HikubeDefaults.set(s, { adopt: true });
    new VmDisk(s, "Fresh", { name: "fresh", adopt: false });
    new VmInstance(s, "Other", { name: "other", disks: ["fresh"] });
    expect(synth(s).import.map((b: Json) => b.to)).toEqual(["kubectl_manifest.vmdisk_tenant-a_web-system", "kubectl_manifest.vminstance_tenant-a_web", "kubectl_manifest.vminstance_tenant-a_other"]);
  });

  test("adopt with adoptFrom fails synthesis, naming the resource", () => {
    const s = stack("kubectl");
    HikubeDefaults.set(s, { adoptFrom: "kubernetes", adopt: true });
    new VmDisk(s, "D", { name: "d" });
    expect(() => synth(s)).toThrow(/VMDisk\/tenant-a\/d: adopt \(objects Terraform never managed\) and adoptFrom/);
  });
});

describe("live objects and render output validate with no warning", () => {
  test.each([LIVE, PLATFORM])("%s, and its render output, in development", (file) => {
    const live = runCli(["validate", "--format", "json", file]);
    expect(JSON.parse(live.stdout).summary).toMatchObject({ errors: 0, warnings: 0, infos: 0 });
    const rendered = runCli(["render", file]);
    expect(rendered.status).toBe(0);
    const again = runCli(["validate", "--format", "json", "-"], { input: rendered.stdout });
    expect(JSON.parse(again.stdout).summary).toMatchObject({ errors: 0, warnings: 0, infos: 0 });
  });

  test.each(["staging", "production"])("in %s, only a real design finding (one disk for OS and data, HK002), nothing on a filled-in default", (env) => {
    const findings = JSON.parse(runCli(["validate", "--format", "json", "--env", env, LIVE, PLATFORM]).stdout).findings as { ruleId?: string }[];
    expect(findings.map((f) => f.ruleId)).toEqual(["HK002", "HK002"]);
  });
});
