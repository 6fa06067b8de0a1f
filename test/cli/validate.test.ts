import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { makeOpenSshPrivateKey } from "../helpers/ssh-keys";
import { CORPUS, ROOT, runCli, validateJson } from "./helpers/run-cli";

const VALID = join(CORPUS, "valid");
const BROKEN = join(CORPUS, "broken");

test("hikube-vm --help lists every command", () => {
  const result = runCli(["--help"]);
  expect(result.status).toBe(0);
  for (const name of ["validate", "synth", "import", "render", "schema", "catalog", "graph"]) expect(result.stdout).toMatch(new RegExp(`^  ${name} `, "m"));
});

test("validate loads neither cdktf nor the provider package", () => {
  const out = join(mkdtempSync(join(tmpdir(), "hikube-modules-")), "modules.json");
  const result = runCli(["validate", "production-stack.yaml"], {
    cwd: VALID,
    nodeArgs: ["-r", join(__dirname, "helpers", "record-modules.js")],
    env: { HIKUBE_TEST_MODULES_OUT: out },
  });
  expect(result.status).toBe(0);
  const modules: string[] = JSON.parse(readFileSync(out, "utf8"));
  expect(modules.some((m) => m.includes(`${join(ROOT, "lib", "cli")}`))).toBe(true);
  expect(modules.filter((m) => /node_modules[\\/](cdktf|@cdktf|constructs)[\\/]/.test(m))).toEqual([]);
  expect(modules.filter((m) => /[\\/]lib[\\/]constructs[\\/]/.test(m))).toEqual([]);
});

describe("exit codes", () => {
  test("2 for an unreadable file, with a one-line message and no stack trace", () => {
    const result = runCli(["validate", "no-such-file.yaml"], { cwd: VALID });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("hikube-vm validate: cannot read no-such-file.yaml: no such file\n");
  });

  test("2 for a usage error, with a suggestion", () => {
    const result = runCli(["validate", "--env", "prod", "x.yaml"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--env "prod" is not one of development, staging, production (did you mean production?)');
    expect(runCli(["validate"]).status).toBe(2);
    expect(runCli(["validate", "--fromat", "json", "x.yaml"]).stderr).toContain("unknown option --fromat (did you mean --format?)");
  });

  test("2 for an unknown catalog", () => {
    const result = runCli(["validate", "--catalog", "hikub", "production-stack.yaml"], { cwd: VALID });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('did you mean "hikube"?');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test("--debug shows the stack trace of an internal error; nothing else does", () => {
    expect(runCli(["validate", "--catalog", "./missing.yaml", "x.yaml"]).stderr).not.toMatch(/\n\s+at /);
    expect(runCli(["validate", "--debug", "--catalog", "./missing.yaml", "x.yaml"]).stderr).toMatch(/\n\s+at /);
  });
});

test("standard input and directories", () => {
  const text = readFileSync(join(VALID, "production-stack.yaml"), "utf8");
  const stdin = validateJson(["-"], { input: text.replace("u1.2xlarge", "u1.2xlarg") });
  expect(stdin.status).toBe(1);
  expect(stdin.json.findings.filter((f) => f.severity === "error")).toEqual([
    expect.objectContaining({ file: "<stdin>", path: "spec.instanceType", suggestion: "u1.2xlarge" }),
  ]);
  const directory = validateJson(["valid"], { cwd: CORPUS });
  expect(new Set(directory.json.findings.map((f) => f.file?.split("/")[0]))).toEqual(new Set(["valid"]));
});

test("the JSON contract: file, line, column, kind, name, path, ruleId, severity, message; and a summary", () => {
  const result = validateJson(["--env", "production", "seed-production-vm.yaml"], { cwd: VALID });
  expect(result.status).toBe(1);
  const hk002 = result.json.findings.find((f) => f.ruleId === "HK002");
  expect(hk002).toMatchObject({ file: "seed-production-vm.yaml", line: 14, column: 3, kind: "VMInstance", name: "vm-example", path: "spec.disks", severity: "error" });
  expect(typeof hk002?.message).toBe("string");
  expect(result.json.summary).toMatchObject({ errors: expect.any(Number), warnings: expect.any(Number), environment: "production", files: 1, resources: 1 });
});

test("SARIF and JUnit", () => {
  const sarif = JSON.parse(runCli(["validate", "--format", "sarif", "port-out-of-range.yaml"], { cwd: BROKEN }).stdout);
  expect(sarif.version).toBe("2.1.0");
  const result = sarif.runs[0].results.find((r: { level: string }) => r.level === "error");
  expect(result.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: "port-out-of-range.yaml" }, region: { startLine: 11, startColumn: 7 } });
  const junit = runCli(["validate", "--format", "junit", "port-out-of-range.yaml"], { cwd: BROKEN });
  expect(junit.status).toBe(1);
  expect(junit.stdout).toMatch(/^<\?xml/);
  expect(junit.stdout).toContain("<failure");
});

test("a private key pasted in sshKeys is rejected and never echoed, in any format or command", () => {
  const privateKey = makeOpenSshPrivateKey("leak@example.com");
  const dir = mkdtempSync(join(tmpdir(), "hikube-secret-"));
  const indented = privateKey.trim().split("\n").map((l) => `      ${l}`).join("\n");
  writeFileSync(
    join(dir, "leak.yaml"),
    `apiVersion: apps.cozystack.io/v1alpha1\nkind: VMInstance\nmetadata:\n  name: web\n  namespace: tenant-test\nspec:\n  disks: [web-system]\n  sshKeys:\n    - |\n${indented}\n---\napiVersion: apps.cozystack.io/v1alpha1\nkind: VMDisk\nmetadata:\n  name: web-system\n  namespace: tenant-test\nspec:\n  source: {image: {name: ubuntu-2404}}\n`,
  );
  const secretLines = privateKey
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 20 && !l.startsWith("-----"));
  const runs = [
    ...["text", "json", "sarif", "junit"].map((format) => runCli(["validate", "--format", format, "leak.yaml"], { cwd: dir })),
    runCli(["render", "leak.yaml"], { cwd: dir }),
    runCli(["import", "leak.yaml"], { cwd: dir }),
    runCli(["graph", "leak.yaml"], { cwd: dir }),
    runCli(["synth", "leak.yaml", "--out", "out"], { cwd: dir }),
  ];
  for (const run of runs) {
    expect(run.status).toBe(1);
    for (const line of secretLines) {
      expect(run.stdout).not.toContain(line);
      expect(run.stderr).not.toContain(line);
    }
  }
  expect(runs[0].stdout).toContain("leak.yaml:9:7: error:");
  expect(runs[0].stdout).toMatch(/private key/i);
});
