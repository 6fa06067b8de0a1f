import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { App, Aspects, TerraformStack, Testing } from "cdktf";
import { HikubeDefaults, HikubePolicies, VirtualMachine, VmDisk, VmInstance } from "../../src";
import { ProductionStack } from "../../examples/production/main";
import { ED25519_KEY } from "../helpers/definitions";

function productionApp(build: (stack: TerraformStack) => void, props: Partial<ConstructorParameters<typeof HikubePolicies>[0]> = {}) {
  const outdir = mkdtempSync(join(tmpdir(), "hk-policies-"));
  const app = new App({ outdir, stackTraces: false });
  const stack = new TerraformStack(app, "prod");
  new KubernetesProvider(stack, "kubernetes", {});
  HikubeDefaults.set(stack, { namespace: "tenant-prod" });
  build(stack);
  const policies = new HikubePolicies({ environment: "production", ...props });
  Aspects.of(app).add(policies);
  return { app, stack, outdir, policies, stackDir: join(outdir, "stacks", "prod") };
}

const vm = (stack: TerraformStack, extra: Record<string, unknown> = {}) =>
  new VirtualMachine(stack, "Api", {
    name: "api",
    systemDisk: { image: "ubuntu-2404", storage: "20Gi" },
    dataDisks: [{ storage: "50Gi" }],
    sshKeys: [ED25519_KEY],
    external: true,
    externalPorts: [22, 443],
    ...extra,
  });

test("a production stack with a single-disk VM fails app.synth() naming HK002, the resource and the fix", () => {
  const { app } = productionApp((stack) => {
    const system = new VmDisk(stack, "System", { name: "solo-system", source: { image: { name: "ubuntu-2404" } }, storage: "20Gi" });
    new VmInstance(stack, "Solo", { name: "solo", disks: [system], sshKeys: [ED25519_KEY] });
  });
  expect(() => app.synth()).toThrow(/\[HK002\] VMInstance\/tenant-prod\/solo spec\.disks: has 1 non-optical disk.*Fix: Add a data disk/);
});

test("local storage fails naming HK001 on the disk", () => {
  const { app } = productionApp((stack) => vm(stack, { dataDisks: [{ storage: "50Gi", storageClass: "local" }] }));
  expect(() => app.synth()).toThrow(/\[HK001\] VMDisk\/tenant-prod\/api-data spec\.storageClass: storage class "local" is not replicated/);
});

test("a compliant production stack synthesises and writes the JSON and SARIF reports next to it", () => {
  const { app, stackDir, policies, stack } = productionApp((s) => vm(s));
  app.synth();
  expect(existsSync(join(stackDir, "cdk.tf.json"))).toBe(true);
  const json = JSON.parse(readFileSync(join(stackDir, "hikube-policy-report.json"), "utf8"));
  expect(json).toEqual({ findings: [], summary: { errors: 0, warnings: 0, infos: 0, waived: 0, expiredWaivers: 0, resources: 3, environment: "production" } });
  const sarif = JSON.parse(readFileSync(join(stackDir, "hikube-policy-report.sarif"), "utf8"));
  expect(sarif.version).toBe("2.1.0");
  expect(sarif.runs[0].results).toEqual([]);
  expect(policies.reportOf(stack)?.summary.resources).toBe(3);
});

test("the quick start's production example is compliant", () => {
  const outdir = mkdtempSync(join(tmpdir(), "hk-example-"));
  const app = new App({ outdir });
  new ProductionStack(app, "production");
  Aspects.of(app).add(new HikubePolicies({ environment: "production" }));
  app.synth();
  const json = JSON.parse(readFileSync(join(outdir, "stacks", "production", "hikube-policy-report.json"), "utf8"));
  expect(json.findings).toEqual([]);
});

test("warnings and infos are annotations that do not fail synthesis; the report lists them", () => {
  const { app, stack, stackDir } = productionApp((s) => {
    vm(s, { dataDisks: [{ storage: "50Gi" }], systemDisk: { image: "ubuntu", storage: "20Gi" } });
    new VmDisk(s, "Spare", { name: "spare" });
  });
  app.synth();
  const messages = stack.node.findAll().flatMap((c) => c.node.metadata.map((m) => `${m.type} ${String(m.data)}`));
  expect(messages.filter((m) => /HK0\d\d/.test(m))).toEqual([
    expect.stringMatching(/^@cdktf\/warn \[HK016\] VMDisk\/tenant-prod\/api-system spec\.source\.image\.name: golden image "ubuntu" is deprecated/),
    expect.stringMatching(/^@cdktf\/info \[HK019\] VMDisk\/tenant-prod\/spare: no VMInstance attaches this disk/),
  ]);
  const json = JSON.parse(readFileSync(join(stackDir, "hikube-policy-report.json"), "utf8"));
  expect(json.summary).toMatchObject({ errors: 0, warnings: 1, infos: 1 });
});

test("waivers from code and from a file let synthesis pass; waived findings stay in the report", () => {
  const dir = mkdtempSync(join(tmpdir(), "hk-waiver-file-"));
  const waiverFile = join(dir, "hikube-waivers.yaml");
  writeFileSync(waiverFile, "waivers:\n  - ruleId: HK001\n    resource: VMDisk/tenant-prod/api-data\n    reason: Scratch data, rebuilt nightly from the warehouse.\n    expires: 2026-12-31\n");
  const { app, stackDir } = productionApp((s) => vm(s, { dataDisks: [{ storage: "50Gi", storageClass: "local" }], externalMethod: "WholeIP", externalPorts: undefined, cloudInit: "#cloud-config\nruncmd: [ufw --force enable]\n" }), {
    waiverFile,
    waivers: [{ ruleId: "HK003", resource: "VMInstance/api", reason: "Load-test target reachable on every port this quarter." }],
    now: new Date("2026-06-01T00:00:00Z"),
  });
  app.synth();
  const json = JSON.parse(readFileSync(join(stackDir, "hikube-policy-report.json"), "utf8"));
  expect(json.findings.map((f: { ruleId: string; waived: boolean }) => `${f.ruleId} ${f.waived}`)).toEqual(["HK001 true", "HK003 true"]);
  expect(json.summary).toMatchObject({ errors: 0, waived: 2 });
});

test("an expired waiver fails synthesis again", () => {
  const { app } = productionApp((s) => vm(s, { dataDisks: [{ storage: "50Gi", storageClass: "local" }] }), {
    waivers: [{ ruleId: "HK001", resource: "VMDisk/*/api-data", reason: "Scratch data, rebuilt nightly from the warehouse.", expires: "2026-01-31" }],
    now: new Date("2026-02-01T00:00:00Z"),
  });
  expect(() => app.synth()).toThrow(/\[HK001\] VMDisk\/tenant-prod\/api-data/);
});

test("invalid waivers and environments fail when the aspect is built", () => {
  expect(() => new HikubePolicies({ environment: "production", waivers: [{ ruleId: "HK001", resource: "VMDisk/x", reason: "no" }] })).toThrow(/reason must be at least one sentence/);
  expect(() => new HikubePolicies({ environment: "prod" as never })).toThrow(/unknown environment "prod"/);
});

test("development levels: the same single-disk VM synthesises", () => {
  const { app } = productionApp((stack) => {
    const system = new VmDisk(stack, "System", { name: "solo-system", source: { image: { name: "ubuntu-2404" } }, storage: "20Gi" });
    new VmInstance(stack, "Solo", { name: "solo", disks: [system], sshKeys: [ED25519_KEY] });
  }, { environment: "development" });
  expect(() => app.synth()).not.toThrow();
});

test("Testing.synth with the aspect on the stack evaluates once and writes no report", () => {
  const app = Testing.app();
  const stack = new TerraformStack(app, "t");
  new KubernetesProvider(stack, "kubernetes", {});
  HikubeDefaults.set(stack, { namespace: "ns" });
  vm(stack);
  const policies = new HikubePolicies({ environment: "production" });
  Aspects.of(stack).add(policies);
  Testing.synth(stack);
  Testing.synth(stack);
  expect(policies.reportOf(stack)?.findings).toEqual([]);
  expect(existsSync(join(app.outdir, "stacks", "t", "hikube-policy-report.json"))).toBe(false);
});

describe("the environment comes from HikubeDefaults when the aspect names none", () => {
  test("a production stack default makes a single-disk VM fail HK002", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "prod");
    HikubeDefaults.set(stack, { namespace: "ns", environment: "production" });
    new VmDisk(stack, "D", { name: "d", source: { image: { name: "ubuntu-2404" } }, storage: "10Gi" });
    new VmInstance(stack, "Vm", { name: "vm", disks: ["d"] });
    const policies = new HikubePolicies({ writeReports: false });
    Aspects.of(stack).add(policies);
    Testing.synth(stack);
    expect(policies.reportOf(stack)?.summary.environment).toBe("production");
    expect(policies.reportOf(stack)?.findings.some((f) => f.ruleId === "HK002" && f.severity === "error")).toBe(true);
  });
});
