// The built CLI as a user runs it: `node bin/hikube-vm.js diff|plan-check ...` (jest's global
// setup builds lib/ when stale).
import { spawnSync } from "child_process";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { synthDb, tempDir } from "../diff/helpers";

const ROOT = join(__dirname, "..", "..");
const FIXTURE = join(ROOT, "test", "diff", "fixtures", "kubernetes-manifest-plan.json");

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "hikube-vm.js"), ...args], { encoding: "utf8", input, env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const base = synthDb();

describe("hikube-vm diff", () => {
  test("identical inputs: no change, exit 0", () => {
    const r = cli(["diff", base, synthDb()]);
    expect(r).toEqual({ status: 0, stdout: "No changes (3 unchanged).\n", stderr: "" });
  });

  test("an instance type change: exit 0; a shrink: exit 3, plain text when not a terminal", () => {
    expect(cli(["diff", base, synthDb({ instanceType: "u1.xlarge" })]).status).toBe(0);
    const r = cli(["diff", base, synthDb({ dataDisks: [{ storage: "50Gi" }] })]);
    expect(r.status).toBe(3);
    expect(r.stdout).toContain("✗ impossible: storage shrinks from 100Gi to 50Gi");
    expect(r.stdout).not.toContain("\u001b[");
    // FORCE_COLOR asks for colour even through a pipe (a CI log that shows colour).
    const forced = spawnSync(process.execPath, [join(ROOT, "bin", "hikube-vm.js"), "diff", base, synthDb({ dataDisks: [{ storage: "50Gi" }] })], { encoding: "utf8", env: { ...process.env, FORCE_COLOR: "1" } });
    expect(forced.stdout).toContain("\u001b[31m");
  });

  test("--format json and markdown", () => {
    const after = synthDb({ dataDisks: [] });
    const json = cli(["diff", "--format", "json", base, after]);
    expect(json.status).toBe(3);
    expect(JSON.parse(json.stdout).changes.map((c: { name: string; action: string }) => `${c.action} ${c.name}`)).toEqual(["update db", "delete db-data"]);
    const md = cli(["diff", "--format=markdown", base, after]);
    expect(md.status).toBe(3);
    expect(md.stdout).toMatch(/^### Hikube diff\n\n⛔ \*\*Blocked: 1 data loss\.\*\*/);
  });

  test("unreadable input exits 1 with the reason and no stack trace; usage mistakes exit 2", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "broken.json"), "{");
    const r = cli(["diff", base, join(dir, "broken.json")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^hikube-vm diff: .*broken\.json: not valid JSON/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(cli(["diff", base]).status).toBe(2);
    const bad = cli(["diff", "--format", "markdwn", base, base]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("did you mean markdown?");
  });

  test("listed in the help", () => {
    const help = cli(["--help"]).stdout;
    expect(help).toMatch(/ diff +What changes/);
    expect(help).toMatch(/ plan-check +Risks and policies/);
  });
});

describe("hikube-vm plan-check", () => {
  test("a plan that destroys a disk exits 3; json carries the policies", () => {
    const r = cli(["plan-check", "--format", "json", "--env", "production", FIXTURE]);
    expect(r.status).toBe(3);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["changes", "summary", "policies"]);
    expect(out.policies.summary.environment).toBe("production");
    expect(out.policies.findings.some((f: { ruleId: string }) => f.ruleId === "HK001")).toBe(true);
  });

  test("from stdin; text shows the changes then the policies", () => {
    const r = cli(["plan-check", "-"], readFileSync(FIXTURE, "utf8"));
    expect(r.status).toBe(3);
    expect(r.stdout).toContain("-/+ replace VMDisk tenant-a/cache-2");
    expect(r.stdout).toMatch(/\nPolicies \(development\): \d+ error\(s\)/);
  });

  test("no blocking change but a policy error exits 1; a clean plan exits 0", () => {
    const plan = JSON.parse(readFileSync(FIXTURE, "utf8"));
    // Keep only the create of a small local disk: fine in development, HK001 error in production.
    plan.resource_changes = plan.resource_changes.filter((c: { address: string }) => c.address === "kubernetes_manifest.vmdisk_tenant-a_tmp");
    plan.resource_changes[0].change.after.manifest.spec.storageClass = "local";
    const dir = tempDir();
    writeFileSync(join(dir, "plan.json"), JSON.stringify(plan));
    expect(cli(["plan-check", join(dir, "plan.json")]).status).toBe(0);
    expect(cli(["plan-check", "--env", "production", join(dir, "plan.json")]).status).toBe(1);
  });

  test("the binary plan file instead of its JSON: exit 1 with the command to run", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "tfplan"), Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const r = cli(["plan-check", join(dir, "tfplan")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("terraform show -json tfplan");
  });
});
