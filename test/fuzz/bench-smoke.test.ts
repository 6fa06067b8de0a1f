import { spawnSync } from "child_process";
import { existsSync } from "fs";
import { join } from "path";
import { terraformVersion } from "../helpers/terraform";

// The benchmark measures speed in `npm run bench`, not here: this only checks that it still runs
// every row end to end at tiny sizes (fleet synth on every side with the resource check, the
// CLI's synth, validate, the alias flood, cold start) and prints its table, targets and summary.
const ROOT = join(__dirname, "..", "..");

(existsSync(join(ROOT, "lib", "index.js")) ? test : test.skip)(
  "BENCH_QUICK=1 node bench/run.js prints the figures and its summary line",
  () => {
    const r = spawnSync(process.execPath, [join(ROOT, "bench", "run.js")], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, BENCH_QUICK: "1" },
      timeout: 120_000,
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^machine: .+cores/m);
    expect(r.stdout).toMatch(/^fleet synth, N=20 \(60 resources\), constructs \+ production policies +\d/m);
    expect(r.stdout).toMatch(/^hikube-vm synth of the same fleet as YAML, N=20 \(60 documents\) +\d/m);
    expect(r.stdout).toMatch(/^hikube-vm synth of the same fleet as YAML, N=30 \(90 documents\) +\d/m);
    expect(r.stdout).toMatch(/^hikube-vm validate --env production, 60 documents .+ +\d/m);
    expect(r.stdout).toMatch(/^hikube-vm validate, alias flood: 5,000 anchors each used once +\d/m);
    expect(r.stdout).toMatch(/^note \(alias-flood\): finding: alias-flood-5000\.yaml:\d+:\d+: error: more than 1000 aliases/m);
    expect(r.stdout).toMatch(/^cold start: hikube-vm --help +\d/m);
    // terraform apply of modules/manifests against a pass-through module, then at 3x the VMs.
    const hcl = terraformVersion ? /^terraform apply modules\/manifests, N=10 VMs \(30 manifests\) +\d/m : /^terraform apply modules\/manifests, N=10 VMs \(30 manifests\) +not available/m;
    expect(r.stdout).toMatch(hcl);
    expect(r.stdout).toMatch(terraformVersion ? /^terraform apply modules\/manifests, N=30 VMs \(90 manifests\) +\d/m : /N=30 VMs .* +not available/m);
    // Every target is measured (each row ran), met or missed.
    expect(r.stdout.match(/^target: .+ (met|missed)$/gm)).toHaveLength(terraformVersion ? 10 : 8);
    expect(r.stdout).toMatch(/^bench \(quick\): \d targets met, \d missed \(\d+ s\)$/m);
  },
  150_000,
);
