import { spawnSync } from "child_process";
import { existsSync } from "fs";
import { join } from "path";

// The benchmark measures speed in `npm run bench`, not here: this only checks that it still runs
// end to end (fleet synth on both sides, validate, cold start) and prints its table and summary.
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
    expect(r.stdout).toMatch(/^fleet synth, N=100 \(300 resources\), policies: production +\d/m);
    expect(r.stdout).toMatch(/^hikube-vm validate .+ 1,000 documents/m);
    expect(r.stdout).toMatch(/^cold start: hikube-vm --help +\d/m);
    expect(r.stdout).toMatch(/^bench \(quick\): \d targets met, \d missed(, \d not measured)? \(\d+ s\)$/m);
  },
  150_000,
);
