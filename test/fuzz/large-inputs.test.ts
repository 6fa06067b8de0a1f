import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { fleetYaml } from "../../bench/fleet";
import { MAX_CLOUD_INIT_BYTES } from "../../src/core/cloud-init/cloud-init-document";
import { MAX_CLOUD_CONFIG_DEPTH } from "../../src/core/cloud-init/nesting-depth";
import type { ResourceDefinition } from "../../src/core/definition/resource-definition";
import { validateDefinition, validateDefinitions } from "../../src/core/validation/validate-definition";
import { evaluatePolicies } from "../../src/policy";
import { parseManifests } from "../../src/yaml";
import { captureOutput, errorsIn, expectWellFormed, STACK_TRACE } from "./harness";

// Inputs far larger than anyone writes by hand: each is read to a clear finding or a clear
// limit, in bounded time. The bounds are generous (the machine running the tests may be busy);
// they catch a hang or a blow-up, not a slowdown (npm run bench measures speed).

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "hikube-vm.js");
const cliBuilt = existsSync(join(ROOT, "lib", "cli", "commands", "validate.js"));

function timed<T>(fn: () => T): { result: T; ms: number } {
  const start = process.hrtime.bigint();
  const result = fn();
  return { result, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

const instance = (spec: Record<string, unknown>): ResourceDefinition => ({
  apiVersion: "apps.cozystack.io/v1alpha1",
  kind: "VMInstance",
  metadata: { name: "vm", namespace: "tenant-a" },
  spec: { instanceType: "u1.large", instanceProfile: "ubuntu", disks: ["vm-system"], ...spec },
});

describe("a 10,000-document file", () => {
  const text = fleetYaml(10_000);

  test("is read, validated and checked by the policies in bounded time, every resource accepted", () => {
    const { result, ms } = timed(() =>
      captureOutput(() => {
        const set = parseManifests(text, "fleet.yaml");
        const defs = set.resources.map((r) => r.definition);
        return { set, validation: validateDefinitions(defs), policies: evaluatePolicies(defs, { environment: "production" }) };
      }),
    );
    const { set, validation, policies } = result.result;
    expect(result.printed).toBe("");
    expect(set.resources).toHaveLength(10_000);
    expect(errorsIn([...set.findings, ...validation, ...policies.findings])).toEqual([]);
    expect(ms).toBeLessThan(60_000);
  }, 120_000);

  (cliBuilt ? test : test.skip)(
    "hikube-vm validate reads it in bounded time and exits 0",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "hikube-large-"));
      try {
        writeFileSync(join(dir, "fleet.yaml"), text);
        const r = timed(() => spawnSync(process.execPath, [BIN, "validate", "--env", "production", "fleet.yaml"], { cwd: dir, encoding: "utf8", timeout: 120_000 }));
        expect(r.result.stderr).not.toMatch(STACK_TRACE);
        expect(r.result.status).toBe(0);
        expect(r.result.stdout).toMatch(/10000 resources|10,000 resources/);
        expect(r.ms).toBeLessThan(60_000);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    150_000,
  );
});

describe("a 1 MB cloud-init", () => {
  const line = '  - echo "line of a long provisioning script for ${HOSTNAME}" >> /var/log/provision.log\n';
  const config = (bytes: number) => "#cloud-config\nruncmd:\n" + line.repeat(Math.floor(bytes / line.length));

  test("that is valid (under the platform's 1 MiB) is accepted, in bounded time", () => {
    const text = config(1_000_000);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_CLOUD_INIT_BYTES);
    const { result, ms } = timed(() => validateDefinition(instance({ cloudInit: text })));
    expect(errorsIn(result)).toEqual([]);
    expect(evaluatePolicies([instance({ cloudInit: text })], { environment: "production" }).findings.filter((f) => f.path.startsWith("spec.cloudInit"))).toEqual([]);
    expect(ms).toBeLessThan(15_000);
  }, 60_000);

  test("over 1 MiB is one clear finding, without being parsed", () => {
    const { result, ms } = timed(() => validateDefinition(instance({ cloudInit: config(2_000_000) })));
    expect(errorsIn(result)).toEqual([expect.objectContaining({ path: "spec.cloudInit", message: expect.stringMatching(/too large: 1\.9 MiB .*at most 1 MiB/) })]);
    expect(ms).toBeLessThan(5_000);
  });

  test.each([
    ["unbalanced brackets", "#cloud-config\n" + "[{".repeat(500_000)],
    ["one deep flow list", "#cloud-config\na: " + "[".repeat(1_000_000)],
    ["compact nested lists", "#cloud-config\na:\n" + "- ".repeat(500_000) + "x"],
    ["staircase of mappings", "#cloud-config\n" + Array.from({ length: 1400 }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n") + " x"],
    ["binary junk", "#cloud-config\n" + Array.from({ length: 1_000_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join("")],
    ["a shell script", "#!/bin/sh\n" + "echo ${HOME} %{x} [ { \n".repeat(40_000)],
  ])("of %s: a finding or acceptance, quickly, never a crash", (_what, text) => {
    // Twice: a stack exhausted by the first parse must not take the process down on the second.
    for (let i = 0; i < 2; i++) {
      const { result, ms } = timed(() => captureOutput(() => validateDefinition(instance({ cloudInit: text }))));
      expectWellFormed(result.result);
      expect(result.printed).toBe("");
      expect(ms).toBeLessThan(10_000);
      for (const f of errorsIn(result.result)) expect(f.message).not.toMatch(/call stack/i);
    }
  }, 60_000);

  test(`nesting up to ${MAX_CLOUD_CONFIG_DEPTH} levels is read, deeper is a clear finding with its line`, () => {
    const nested = (depth: number) => `#cloud-config\nruncmd:\n  - echo hi\nwrite_files: ${"[".repeat(depth)}${"]".repeat(depth)}\n`;
    expect(errorsIn(validateDefinition(instance({ cloudInit: nested(MAX_CLOUD_CONFIG_DEPTH - 2) }))).map((f) => f.message)).not.toContainEqual(expect.stringMatching(/levels deep/));
    expect(errorsIn(validateDefinition(instance({ cloudInit: nested(MAX_CLOUD_CONFIG_DEPTH + 1) })))).toEqual([
      expect.objectContaining({ path: "spec.cloudInit", message: expect.stringMatching(/^cloud-init line 4, column \d+: invalid YAML: nested more than 64 levels deep/) }),
    ]);
  });
});

describe("deeply nested junk", () => {
  function deep(depth: number, leaf: unknown = "x"): unknown {
    let value = leaf;
    for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
    return value;
  }

  test.each([
    ["spec.resources", { resources: deep(100_000) }],
    ["spec.disks", { disks: deep(100_000) }],
    ["an unknown spec field", { extra: deep(100_000) }],
    ["spec.cloudInit", { cloudInit: deep(100_000) }],
  ])("in %s is a finding, quickly", (_where, spec) => {
    const { result, ms } = timed(() => validateDefinition(instance(spec as Record<string, unknown>)));
    expect(errorsIn(result).length).toBeGreaterThan(0);
    expectWellFormed(result);
    expect(ms).toBeLessThan(5_000);
  });

  (existsSync(join(ROOT, "lib", "yaml", "index.js")) ? test.each : test.skip.each)([
    ["flow", (n: number) => "[{".repeat(n)],
    ["block", (n: number) => Array.from({ length: n }, (_, i) => `${" ".repeat(i + 2)}k${i}:`).join("\n") + " x"],
  ])("a YAML document of %s nesting: a syntax finding with a line (read in a child process: a crash must not take the test runner down)", (_kind, body) => {
    const dir = mkdtempSync(join(tmpdir(), "hikube-deep-"));
    try {
      const head = "apiVersion: apps.cozystack.io/v1alpha1\nkind: VMDisk\nmetadata:\n  name: a\n  namespace: tenant-a\nspec:\n  storage:";
      writeFileSync(join(dir, "deep.yaml"), `${head}\n${body(1000)}\n`);
      const script = `const {parseManifests}=require(${JSON.stringify(join(ROOT, "lib", "yaml"))});const fs=require("fs");
        const text=fs.readFileSync("deep.yaml","utf8");let r;for(let i=0;i<3;i++)r=parseManifests(text,"deep.yaml");
        process.stdout.write(JSON.stringify({resources:r.resources.length,findings:r.findings}));`;
      const r = spawnSync(process.execPath, ["-e", script], { cwd: dir, encoding: "utf8", timeout: 60_000 });
      expect(r.stderr).not.toMatch(/FATAL|STACK_TRACE/);
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as { findings: { severity: string; source?: { line?: number } }[] };
      expect(out.findings.filter((f) => f.severity === "error").length).toBeGreaterThan(0);
      for (const f of out.findings) expect(f.source?.line).toBeGreaterThanOrEqual(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
