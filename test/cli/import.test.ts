import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import { CORPUS, ROOT, runCli } from "./helpers/run-cli";

const VALID = join(CORPUS, "valid");
// Inside the repository (so the generated code resolves cdktf), outside what tsconfig includes.
const WORK = join(ROOT, "node_modules", ".cache", "hikube-vm-import-test");

function typeCheck(file: string): string {
  const result = spawnSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "--noEmit", "--strict", "--noUnusedLocals", "--esModuleInterop", "--skipLibCheck", "--target", "ES2022", "--module", "commonjs", "--moduleResolution", "node", "--types", "node", file],
    { encoding: "utf8" },
  );
  return result.stdout + result.stderr;
}

function runProgram(file: string, cwd: string): void {
  const result = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", file], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, TS_NODE_SKIP_IGNORE: "true", TS_NODE_PROJECT: join(ROOT, "tsconfig.json"), CHECKPOINT_DISABLE: "1" },
  });
  if (result.status !== 0) throw new Error(`the generated program failed:\n${result.stderr}`);
}

const SEED = ["seed-production-vm.yaml", "seed-vm-system-disk.yaml", "seed-ubuntu-golden-disk.yaml"];

describe.each([
  ["the seed's examples", SEED, ["--namespace", "tenant-demo"]],
  ["the seed's examples, kubectl backend", SEED, ["--namespace", "tenant-demo", "--backend", "kubectl", "--kubeconfig", "kube config.yaml", "--context", "tenant@hikube"]],
  ["the production stack, production policies", ["production-stack.yaml"], ["--env", "production"]],
  ["the production stack, production policies, kubectl backend", ["production-stack.yaml"], ["--env", "production", "--backend", "kubectl"]],
  ["the production stack, without forced conflicts", ["production-stack.yaml"], ["--env", "production", "--no-force-conflicts", "--kubeconfig", "k.yaml"]],
  ["the production stack, moving to the kubectl backend with adoption", ["production-stack.yaml"], ["--env", "production", "--backend", "kubectl", "--adopt-from", "kubernetes"]],
  ["hostile values: ${ and %{ in values and a label key, unicode, CRLF", [join(__dirname, "fixtures", "hostile-values.yaml")], []],
  ["hostile values, kubectl backend", [join(__dirname, "fixtures", "hostile-values.yaml")], ["--backend", "kubectl"]],
  ["the whole valid corpus", ["."], ["--namespace", "tenant-demo"]],
  ["the whole valid corpus, kubectl backend", ["."], ["--namespace", "tenant-demo", "--backend", "kubectl"]],
])("import round-trips: %s", (_name, files, options) => {
  test("the generated stack compiles and synthesises exactly what synth writes", () => {
    mkdirSync(WORK, { recursive: true });
    const dir = mkdtempSync(join(WORK, "case-"));
    try {
      const file = join(dir, "main.ts");
      const imported = runCli(["import", ...files, ...options, "--module", join(ROOT, "src"), "--out", file], { cwd: VALID });
      expect(imported.stderr).toBe("");
      expect(imported.status).toBe(0);
      const code = readFileSync(file, "utf8");
      const kubectl = options.includes("kubectl");
      expect(code).toContain(kubectl ? 'new KubectlProvider(this, "kubectl"' : 'new KubernetesProvider(this, "kubernetes"');
      expect(code).not.toContain("@cdktf/provider-kubernetes");
      const adopting = options.includes("--adopt-from");
      if (kubectl) expect(code).toContain(adopting ? 'backend: "kubectl", adoptFrom: "kubernetes" });' : 'backend: "kubectl" });');
      expect(typeCheck(file)).toBe("");
      runProgram(file, dir);
      const synth = runCli(["synth", ...files, ...options, "--out", join(dir, "synth")], { cwd: VALID });
      expect(synth.status).toBe(0);
      for (const output of ["cdk.tf.json", "hikube-policy-report.json", "hikube-policy-report.sarif"]) {
        expect(readFileSync(join(dir, "cdktf.out", "stacks", "hikube", output), "utf8")).toBe(readFileSync(join(dir, "synth", output), "utf8"));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test("import is deterministic and readable: sizes as Size, cloud-init as a template literal", () => {
  const a = runCli(["import", "production-stack.yaml"], { cwd: VALID });
  expect(a.status).toBe(0);
  expect(a.stdout).toBe(runCli(["import", "production-stack.yaml"], { cwd: VALID }).stdout);
  expect(a.stdout).toContain("storage: Size.gibibytes(100),");
  expect(a.stdout).toContain('cloudInit: `#cloud-config\nssh_pwauth: false\n');
  expect(a.stdout).toContain("\\${HOME}");
  expect(a.stdout).toContain('new VmInstance(this, "vminstance_tenant-prod_api", {');
});

test("import refuses broken files (exit 1, nothing printed on stdout)", () => {
  const result = runCli(["import", join(CORPUS, "broken", "bad-quantity.yaml")]);
  expect(result.status).toBe(1);
  expect(result.stdout).toBe("");
  writeFileSync(join(WORK, "unused"), "");
});
