// synth --out publishes a run whole or not at all, whatever kills it, and onto another filesystem: the built CLI,
// killed (SIGKILL, no cleanup) at every step of publishing through HIKUBE_VM_TEST_CRASH_AT, a variable only tests set.
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { loadResourceSet } from "../../src/diff";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "hikube-vm.js");
const built = existsSync(join(ROOT, "lib", "cli", "synth", "publish.js"));
const suite = built ? describe : describe.skip;

/** One unattached disk named after the run: its name is in cdk.tf.json and in both reports (finding HK019). */
const disk = (run: string) => `apiVersion: apps.cozystack.io/v1alpha1
kind: VMDisk
metadata:
  name: ${run}-data
  namespace: tenant-a
spec:
  storage: 50Gi
  storageClass: replicated
`;
const OUTPUTS = ["cdk.tf.json", "hikube-policy-report.json", "hikube-policy-report.sarif"];
const STEPS = ["staged", "removed hikube-policy-report.json", "removed hikube-policy-report.sarif", "renamed cdk.tf.json", "renamed hikube-policy-report.json", "renamed hikube-policy-report.sarif"];

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "hikube-publish-"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function synth(file: string, out: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, "synth", file, "--out", out], { cwd: work, encoding: "utf8", env: { ...process.env, ...env }, timeout: 120_000 });
}

/** The run each output present comes from ("alpha" or "beta"), by file. */
function runsOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of OUTPUTS) {
    if (!existsSync(join(dir, name))) continue;
    const text = readFileSync(join(dir, name), "utf8");
    out[name] = ["alpha", "beta"].filter((run) => text.includes(`${run}-data`)).join("+");
  }
  return out;
}

const staging = (dir: string) => readdirSync(dir).filter((f) => f.startsWith(".hikube-vm-staging-"));

suite("synth --out: killed while publishing", () => {
  test.each(STEPS)("killed at '%s': every file there is of one run; Terraform's files kept; the next run cleans up", (step) => {
    writeFileSync(join(work, "alpha.yaml"), disk("alpha"));
    writeFileSync(join(work, "beta.yaml"), disk("beta"));
    expect(synth("alpha.yaml", "infra").status).toBe(0);
    writeFileSync(join(work, "infra", "terraform.tfstate"), '{"version": 4}');

    const killed = synth("beta.yaml", "infra", { HIKUBE_VM_TEST_CRASH_AT: step });
    expect(killed.signal).toBe("SIGKILL");
    const runs = runsOf(join(work, "infra"));
    expect(runs["cdk.tf.json"]).toMatch(/^(alpha|beta)$/);
    // No report of one run beside the cdk.tf.json of the other.
    expect(new Set(Object.values(runs)).size).toBe(1);
    expect(readFileSync(join(work, "infra", "terraform.tfstate"), "utf8")).toBe('{"version": 4}');
    // Nothing beside the target: staging is inside it.
    expect(readdirSync(work).sort()).toEqual(["alpha.yaml", "beta.yaml", "infra"]);
    // hikube-vm diff reads the published stack only, not a staging folder left behind.
    expect(loadResourceSet(join(work, "infra")).resources.map((r) => [r.stack, r.manifest?.metadata])).toEqual([["", { name: `${runs["cdk.tf.json"]}-data`, namespace: "tenant-a" }]]);

    const next = synth("beta.yaml", "infra");
    expect(next.status).toBe(0);
    expect(runsOf(join(work, "infra"))).toEqual({ "cdk.tf.json": "beta", "hikube-policy-report.json": "beta", "hikube-policy-report.sarif": "beta" });
    expect(staging(join(work, "infra"))).toEqual([]);
  });

  test("a staging folder of a live process (another synthesis now) is left alone", () => {
    writeFileSync(join(work, "alpha.yaml"), disk("alpha"));
    mkdirSync(join(work, "infra", `.hikube-vm-staging-${process.pid}-abc`), { recursive: true });
    mkdirSync(join(work, "infra", ".hikube-vm-staging-999999999-dead"));
    expect(synth("alpha.yaml", "infra").status).toBe(0);
    expect(staging(join(work, "infra"))).toEqual([`.hikube-vm-staging-${process.pid}-abc`]);
  });

  test("a run that writes no report removes the old ones: none is left beside the new cdk.tf.json", () => {
    writeFileSync(join(work, "alpha.yaml"), disk("alpha"));
    writeFileSync(join(work, "empty.yaml"), "");
    expect(synth("alpha.yaml", "infra").status).toBe(0);
    expect(synth("empty.yaml", "infra").status).toBe(0);
    expect(readdirSync(join(work, "infra"))).toEqual(["cdk.tf.json"]);
  });
});

// /dev/shm is a tmpfs: another filesystem than the temporary folder on most machines.
const shm = "/dev/shm";
const otherFs = built && existsSync(shm) && statSync(shm).dev !== statSync(tmpdir()).dev;
(otherFs ? test : test.skip)("--out onto another filesystem (a symlinked folder, as a mount point is): no EXDEV, nothing staged beside it", () => {
  const elsewhere = mkdtempSync(join(shm, "hikube-out-"));
  try {
    writeFileSync(join(elsewhere, "terraform.tfstate"), "{}");
    symlinkSync(elsewhere, join(work, "infra"));
    writeFileSync(join(work, "alpha.yaml"), disk("alpha"));
    const first = synth("alpha.yaml", "infra");
    expect(first.stderr).not.toContain("EXDEV");
    expect(first.status).toBe(0);
    writeFileSync(join(work, "beta.yaml"), disk("beta"));
    expect(synth("beta.yaml", "infra").status).toBe(0);
    expect(runsOf(elsewhere)).toEqual({ "cdk.tf.json": "beta", "hikube-policy-report.json": "beta", "hikube-policy-report.sarif": "beta" });
    expect(readdirSync(elsewhere).sort()).toEqual([...OUTPUTS, "terraform.tfstate"].sort());
    expect(readdirSync(work).sort()).toEqual(["alpha.yaml", "beta.yaml", "infra"]);
  } finally {
    rmSync(elsewhere, { recursive: true, force: true });
  }
});
