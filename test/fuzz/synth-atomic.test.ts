import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { STACK_TRACE } from "./harness";

// "A failed synth leaves no partial output behind": the built CLI, run as a user would, on
// files that fail, into a new directory and into one that holds a previous synthesis and
// Terraform's own files. Whatever fails, the directory is as it was and no staging is left.

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "hikube-vm.js");
const built = existsSync(join(ROOT, "lib", "cli", "commands", "synth.js"));
const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFngqH7md4Y6FwwuyUwgmTZoPdUy5iKNHYZBUGDw7P3q ops@example.com";

const GOOD = `apiVersion: apps.cozystack.io/v1alpha1
kind: VMDisk
metadata:
  name: web-system
  namespace: tenant-a
spec:
  source:
    image:
      name: ubuntu-2404
  storage: 20Gi
  storageClass: replicated
---
apiVersion: apps.cozystack.io/v1alpha1
kind: VMDisk
metadata:
  name: web-data
  namespace: tenant-a
spec:
  storage: 50Gi
  storageClass: replicated
---
apiVersion: apps.cozystack.io/v1alpha1
kind: VMInstance
metadata:
  name: web
  namespace: tenant-a
spec:
  instanceType: u1.large
  instanceProfile: ubuntu
  disks: [web-system, web-data]
  sshKeys: [${KEY}]
`;
/** Fails schema validation (a typo in the instance type). */
const INVALID = GOOD.replace("instanceType: u1.large", "instanceType: u1.larg");
/** Valid, but fails the production policies (local storage, one disk). */
const POLICY_ERROR = GOOD.replace("storageClass: replicated", "storageClass: local");
/** Not even YAML. */
const BROKEN = GOOD.replace("  storage: 50Gi", "  storage: [50Gi");

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "hikube-atomic-"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function cli(...args: string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: "utf8", timeout: 120_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Every file under dir with its content (directories as "<dir>"). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        out[`${prefix}${name}/`] = "<dir>";
        walk(path, `${prefix}${name}/`);
      } else out[`${prefix}${name}`] = readFileSync(path, "utf8");
    }
  };
  walk(dir, "");
  return out;
}

const suite = built ? describe : describe.skip;

suite("synth --out writes everything or nothing", () => {
  const failing = [
    ["a validation error", INVALID, []],
    ["a YAML syntax error", BROKEN, []],
    ["a production policy error", POLICY_ERROR, ["--env", "production"]],
  ] as const;

  test.each(failing)("%s: a new directory is not created, nothing is left next to it", (_what, text, extra) => {
    writeFileSync(join(work, "vms.yaml"), text);
    const before = snapshot(work);
    const r = cli("synth", "vms.yaml", "--out", "infra", ...extra);
    expect(r.status).toBe(1);
    expect(r.out).not.toMatch(STACK_TRACE);
    expect(snapshot(work)).toEqual(before);
  });

  test.each(failing)("%s: an existing directory keeps its synthesis and Terraform's files", (_what, text, extra) => {
    writeFileSync(join(work, "vms.yaml"), GOOD);
    expect(cli("synth", "vms.yaml", "--out", "infra").status).toBe(0);
    mkdirSync(join(work, "infra", ".terraform"));
    writeFileSync(join(work, "infra", ".terraform", "marker"), "init");
    writeFileSync(join(work, "infra", "terraform.tfstate"), '{"version": 4}');
    writeFileSync(join(work, "vms.yaml"), text);
    const before = snapshot(work);
    const r = cli("synth", "vms.yaml", "--out", "infra", ...extra);
    expect(r.status).toBe(1);
    expect(r.out).not.toMatch(STACK_TRACE);
    expect(snapshot(work)).toEqual(before);
  });

  test("a synthesis that cannot be published leaves the old one and no staging directory", () => {
    writeFileSync(join(work, "vms.yaml"), GOOD);
    mkdirSync(join(work, "infra", "cdk.tf.json"), { recursive: true });
    writeFileSync(join(work, "infra", "cdk.tf.json", "in-the-way"), "x");
    const before = snapshot(work);
    const r = cli("synth", "vms.yaml", "--out", "infra");
    expect(r.status).not.toBe(0);
    expect(r.out).not.toMatch(STACK_TRACE);
    expect(snapshot(work)).toEqual(before);
  });

  test("a successful synthesis replaces the old one and leaves no staging directory", () => {
    writeFileSync(join(work, "vms.yaml"), GOOD);
    expect(cli("synth", "vms.yaml", "--out", "infra").status).toBe(0);
    const first = snapshot(work);
    writeFileSync(join(work, "vms.yaml"), GOOD.replace("storage: 50Gi", "storage: 60Gi"));
    expect(cli("synth", "vms.yaml", "--out", "infra").status).toBe(0);
    expect(readdirSync(work).sort()).toEqual(["infra", "vms.yaml"]);
    expect(readFileSync(join(work, "infra", "cdk.tf.json"), "utf8")).toContain('"storage": "60Gi"');
    expect(Object.keys(snapshot(work)).sort()).toEqual(Object.keys(first).sort());
  });
});
