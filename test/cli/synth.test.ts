import { App, Aspects, LocalBackend, TerraformStack } from "cdktf";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { HikubeDefaults, HikubePolicies, KubernetesProvider, Size, VmDisk, VmInstance } from "../../src";
import { CORPUS, ROOT, runCli } from "./helpers/run-cli";

const VALID = join(CORPUS, "valid");
const SEED_FILES = ["seed-production-vm.yaml", "seed-vm-system-disk.yaml", "seed-ubuntu-golden-disk.yaml"];

/** The seed's examples written by hand as a cdktf app (construct ids as `hikube-vm import` writes them). */
function seedStackByHand(outdir: string): string {
  const sshKey = /- (ssh-rsa \S+ \S+)/.exec(readFileSync(join(VALID, "seed-production-vm.yaml"), "utf8"))![1];
  const app = new App({ outdir });
  Aspects.of(app).add(new HikubePolicies({ environment: "development" }));
  const stack = new TerraformStack(app, "hikube");
  new LocalBackend(stack, { path: "terraform.tfstate" });
  new KubernetesProvider(stack, "kubernetes", {});
  HikubeDefaults.set(stack, { namespace: "tenant-demo" });
  new VmInstance(stack, "vminstance_tenant-demo_vm-example", {
    name: "vm-example",
    external: true,
    externalMethod: "PortList",
    externalPorts: [22],
    running: true,
    instanceType: "u1.2xlarge",
    instanceProfile: "ubuntu",
    disks: ["vm-system-disk"],
    sshKeys: [sshKey],
  });
  const system = { source: { image: { name: "ubuntu-2404" } }, optical: false, storage: Size.gibibytes(20), storageClass: "replicated" };
  new VmDisk(stack, "vmdisk_tenant-demo_vm-system-disk", { name: "vm-system-disk", ...system });
  new VmDisk(stack, "vmdisk_tenant-demo_ubuntu-system", { ...system, name: "ubuntu-system", source: { image: { name: "ubuntu" } } });
  app.synth();
  return join(outdir, "stacks", "hikube");
}

test("synth of the seed's examples equals the equivalent TypeScript stack, byte for byte", () => {
  const dir = mkdtempSync(join(tmpdir(), "hikube-synth-"));
  const result = runCli(["synth", ...SEED_FILES, "--namespace", "tenant-demo", "--out", join(dir, "cli")], { cwd: VALID });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  const byHand = seedStackByHand(join(dir, "app"));
  const cli = readFileSync(join(dir, "cli", "cdk.tf.json"), "utf8");
  expect(cli).toBe(readFileSync(join(byHand, "cdk.tf.json"), "utf8"));
  expect(Object.keys(JSON.parse(cli).resource.kubernetes_manifest).sort()).toEqual([
    "vmdisk_tenant-demo_ubuntu-system",
    "vmdisk_tenant-demo_vm-system-disk",
    "vminstance_tenant-demo_vm-example",
  ]);
  expect(readdirSync(join(dir, "cli")).sort()).toEqual(["cdk.tf.json", "hikube-policy-report.json", "hikube-policy-report.sarif"]);
  expect(readFileSync(join(dir, "cli", "hikube-policy-report.json"), "utf8")).toBe(readFileSync(join(byHand, "hikube-policy-report.json"), "utf8"));
});

test("synth loads neither cdktf, constructs, the provider package nor the construct layer", () => {
  const dir = mkdtempSync(join(tmpdir(), "hikube-modules-"));
  const out = join(dir, "modules.json");
  const result = runCli(["synth", "production-stack.yaml", "--env", "production", "--backend", "kubectl", "--out", join(dir, "out")], {
    cwd: VALID,
    nodeArgs: ["-r", join(__dirname, "helpers", "record-modules.js")],
    env: { HIKUBE_TEST_MODULES_OUT: out },
  });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  const modules: string[] = JSON.parse(readFileSync(out, "utf8"));
  expect(modules.some((m) => m.includes(join(ROOT, "lib", "cli", "synth")))).toBe(true);
  expect(modules.filter((m) => /node_modules[\\/](cdktf|@cdktf|constructs)[\\/]/.test(m))).toEqual([]);
  expect(modules.filter((m) => /[\\/]lib[\\/]constructs[\\/]/.test(m))).toEqual([]);
});

describe("--backend and --no-force-conflicts", () => {
  const seed = ["seed-production-vm.yaml", "seed-vm-system-disk.yaml", "--namespace", "tenant-demo"];
  const synthJson = (options: readonly string[]) => {
    const out = join(mkdtempSync(join(tmpdir(), "hikube-synth-backend-")), "out");
    const result = runCli(["synth", ...seed, ...options, "--out", out], { cwd: VALID });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    return JSON.parse(readFileSync(join(out, "cdk.tf.json"), "utf8"));
  };

  test("kubectl: kubectl_manifest resources, the alekc/kubectl provider with --kubeconfig and --context", () => {
    const json = synthJson(["--backend", "kubectl", "--kubeconfig", "kube.yaml", "--context", "hikube"]);
    expect(json.terraform.required_providers).toEqual({ kubectl: { source: "alekc/kubectl", version: ">= 2.3.0" } });
    expect(json.provider).toEqual({ kubectl: [{ config_path: "kube.yaml", config_context: "hikube" }] });
    expect(Object.keys(json.resource)).toEqual(["kubectl_manifest"]);
    const instance = json.resource.kubectl_manifest["vminstance_tenant-demo_vm-example"];
    expect(instance.depends_on).toEqual(["kubectl_manifest.vmdisk_tenant-demo_vm-system-disk"]);
    expect(instance.sensitive_fields).toEqual(["spec.cloudInit"]);
    expect(instance.wait_for).toEqual({ condition: [{ type: "Ready", status: "True" }] });
    expect(instance.yaml_body).toMatch(/^apiVersion: apps.cozystack.io\/v1alpha1\nkind: VMInstance\n/);
  });

  test("kubernetes (the default): field_manager forces conflicts unless --no-force-conflicts", () => {
    const forced = synthJson([]);
    expect(forced.terraform.required_providers).toEqual({ kubernetes: { source: "hashicorp/kubernetes", version: ">= 2.38.0" } });
    expect(forced.resource.kubernetes_manifest["vmdisk_tenant-demo_vm-system-disk"].field_manager).toEqual({ force_conflicts: true });
    const unforced = synthJson(["--no-force-conflicts"]);
    expect(Object.values(unforced.resource.kubernetes_manifest).map((r) => (r as { field_manager?: unknown }).field_manager)).toEqual([undefined, undefined]);
  });

  test("usage errors: an unknown backend (with a suggestion), --no-force-conflicts with kubectl", () => {
    const unknown = runCli(["synth", ...seed, "--backend", "kubect", "--out", join(tmpdir(), "never")], { cwd: VALID });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--backend "kubect" is not one of kubernetes, kubectl (did you mean kubectl?)');
    const both = runCli(["synth", ...seed, "--backend", "kubectl", "--no-force-conflicts", "--out", join(tmpdir(), "never")], { cwd: VALID });
    expect(both.status).toBe(2);
    expect(both.stderr).toContain("--no-force-conflicts is for the kubernetes backend");
  });
});

test("the same input gives the same bytes", () => {
  const dir = mkdtempSync(join(tmpdir(), "hikube-synth-"));
  for (const out of ["a", "b"]) expect(runCli(["synth", ".", "--namespace", "tenant-demo", "--out", join(dir, out)], { cwd: VALID }).status).toBe(0);
  expect(readFileSync(join(dir, "a", "cdk.tf.json"), "utf8")).toBe(readFileSync(join(dir, "b", "cdk.tf.json"), "utf8"));
});

describe("nothing is written when validation fails", () => {
  test("a schema error: exit 1, no directory, no temporary left", () => {
    const dir = mkdtempSync(join(tmpdir(), "hikube-synth-"));
    const result = runCli(["synth", join(CORPUS, "broken", "port-out-of-range.yaml"), "--out", join(dir, "out")]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("port-out-of-range.yaml:11:7: error:");
    expect(readdirSync(dir)).toEqual([]);
  });

  test("a production policy: the existing output and Terraform's files are left as they were", () => {
    const dir = mkdtempSync(join(tmpdir(), "hikube-synth-"));
    mkdirSync(join(dir, "out", ".terraform"), { recursive: true });
    writeFileSync(join(dir, "out", "cdk.tf.json"), "old");
    writeFileSync(join(dir, "out", "terraform.tfstate"), "state");
    const result = runCli(["synth", "seed-production-vm.yaml", "seed-vm-system-disk.yaml", "--namespace", "tenant-demo", "--env", "production", "--out", join(dir, "out")], { cwd: VALID });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("[HK002]");
    expect(readFileSync(join(dir, "out", "cdk.tf.json"), "utf8")).toBe("old");
    // A successful run replaces cdk.tf.json only, never the state.
    expect(runCli(["synth", "production-stack.yaml", "--env", "production", "--out", join(dir, "out")], { cwd: VALID }).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "out", "cdk.tf.json"), "utf8")).resource.kubernetes_manifest).toHaveProperty(["vminstance_tenant-prod_api"]);
    expect(readFileSync(join(dir, "out", "terraform.tfstate"), "utf8")).toBe("state");
    expect(existsSync(join(dir, "out", ".terraform"))).toBe(true);
    expect(readdirSync(dir)).toEqual(["out"]);
  });

  test("a resource without a namespace: exit 1, with the option to use", () => {
    const result = runCli(["synth", "seed-ubuntu-golden-disk.yaml", "--out", join(tmpdir(), "never")], { cwd: VALID });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('seed-ubuntu-golden-disk.yaml:4:1: error: VMDisk/ubuntu-system metadata.namespace: no namespace');
    expect(result.stderr).toContain("--namespace");
  });

  test("--out is required", () => {
    expect(runCli(["synth", "production-stack.yaml"], { cwd: VALID }).status).toBe(2);
  });
});

test("synth --env production protects data disks with prevent_destroy, as a production stack does", () => {
  const dir = mkdtempSync(join(tmpdir(), "hikube-synth-env-"));
  const file = join(dir, "vm.yaml");
  const key = /- (ssh-rsa \S+ \S+)/.exec(readFileSync(join(VALID, "seed-production-vm.yaml"), "utf8"))![1];
  writeFileSync(
    file,
    [
      "kind: VMDisk\napiVersion: apps.cozystack.io/v1alpha1\nmetadata: {name: web-system}\nspec: {source: {image: {name: ubuntu-2404}}, storage: 20Gi}",
      "kind: VMDisk\napiVersion: apps.cozystack.io/v1alpha1\nmetadata: {name: web-data}\nspec: {storage: 100Gi}",
      `kind: VMInstance\napiVersion: apps.cozystack.io/v1alpha1\nmetadata: {name: web}\nspec: {disks: [web-system, web-data], sshKeys: ["${key}"]}`,
    ].join("\n---\n"),
  );
  const lifecycles = (env: string) => {
    const out = join(dir, env);
    expect(runCli(["synth", file, "--namespace", "tenant-a", "--env", env, "--out", out]).status).toBe(0);
    const resources = JSON.parse(readFileSync(join(out, "cdk.tf.json"), "utf8")).resource.kubernetes_manifest;
    return Object.fromEntries(Object.entries(resources).map(([k, v]) => [k, (v as { lifecycle?: unknown }).lifecycle]));
  };
  expect(lifecycles("production")).toEqual({
    "vmdisk_tenant-a_web-system": undefined,
    "vmdisk_tenant-a_web-data": { prevent_destroy: true },
    "vminstance_tenant-a_web": undefined,
  });
  expect(lifecycles("development")["vmdisk_tenant-a_web-data"]).toBeUndefined();
});
