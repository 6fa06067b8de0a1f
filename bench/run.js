#!/usr/bin/env node
"use strict";
// `npm run bench`: the library against bare baselines, each run in a fresh child process, the
// sides taking turns (A B, B A, ...; the synth rows rotate three sides), medians and ratios printed
// with peak RSS, then the targets.
//
//   BENCH_QUICK=1     smoke run: small sizes, one or two repetitions (checks that it works, measures little)
//   BENCH_REPS=N      repetitions per side for every row (default: 9; 3 for N >= 5000)
//   BENCH_SIZES=a,b   fleet sizes (default 100,1000,5000)
//   BENCH_MARKDOWN=1  also print the table as Markdown (for the README)
//   BENCH_JSON=FILE   also write every sample as JSON
//
// The library is loaded from lib/ (the build `npm ci` makes through `prepare`; `npm run bench`
// rebuilds it first), and the CLI is the built bin/hikube-vm.js.
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { fleetYaml } = require("./fleet");

const ROOT = path.join(__dirname, "..");
const QUICK = process.env.BENCH_QUICK === "1";
const SIZES = (process.env.BENCH_SIZES ?? (QUICK ? "100" : "100,1000,5000")).split(",").map(Number);
const envReps = process.env.BENCH_REPS ? Number(process.env.BENCH_REPS) : undefined;
const SYNTH_REPS = envReps ?? (QUICK ? 1 : 9);
const BIG_SYNTH_REPS = envReps ?? (QUICK ? 1 : 3); // N >= 5000: each run takes seconds
const CLI_REPS = envReps ?? (QUICK ? 2 : 9);
const VALIDATE_DOCS = 1000;

const TARGETS = {
  synthTime: { n: 1000, max: 1.1 },
  synthMemory: { n: 5000, max: 1.5 },
  validate: { max: 2 },
  coldStart: { max: 2 },
};

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hikube-bench-"));
process.on("exit", () => fs.rmSync(tmp, { recursive: true, force: true }));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const TIME = fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/** Runs a command; wall time measured around the child, peak RSS from /usr/bin/time when present. */
function timed(args, { expectStatus = [0] } = {}) {
  const [cmd, rest] = TIME ? [TIME, ["-f", "BENCH_MAXRSS_KB=%M", process.execPath, ...args]] : [process.execPath, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, rest, { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error) throw r.error;
  if (!expectStatus.includes(r.status)) {
    throw new Error(`node ${args.join(" ")} exited ${r.status}:\n${(r.stderr || "").slice(0, 2000)}\n${(r.stdout || "").slice(0, 2000)}`);
  }
  const rss = /BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr ?? "");
  return { ms, maxRssKb: rss ? Number(rss[1]) : undefined, stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function synthOnce(mode, n) {
  const outdir = path.join(tmp, `${mode}-${n}-${process.hrtime.bigint()}`);
  const r = spawnSync(process.execPath, [path.join(__dirname, "synth-child.js"), mode, String(n), outdir], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`synth ${mode} N=${n} exited ${r.status}:\n${(r.stderr || "").slice(0, 4000)}`);
  const line = r.stdout.trim().split("\n").pop();
  const result = JSON.parse(line);
  result.outdir = outdir;
  return result;
}

/** The two sides must produce the same Terraform JSON (apart from cdktf's construct-path comments). */
function sameResources(a, b) {
  const load = (dir) => {
    const json = JSON.parse(fs.readFileSync(path.join(dir, "stacks", "fleet", "cdk.tf.json"), "utf8"));
    for (const r of Object.values(json.resource.kubernetes_manifest)) delete r["//"];
    return JSON.stringify(json);
  };
  return load(a) === load(b);
}

const rows = [];
const samples = {};

/** Rotates the order each repetition, so no side always runs on a machine warmed by another. */
const rotate = (list, i) => [...list.slice(i % list.length), ...list.slice(0, i % list.length)];

function fleetRow(n) {
  const reps = n >= 5000 ? BIG_SYNTH_REPS : SYNTH_REPS;
  const modes = ["bare", "hikube", "hikube-nopolicies"];
  const runs = Object.fromEntries(modes.map((m) => [m, []]));
  let checked = false;
  for (let i = 0; i < reps; i++) {
    const order = rotate(modes, i);
    const round = {};
    for (const mode of order) round[mode] = synthOnce(mode, n);
    if (!checked) {
      if (!sameResources(round.bare.outdir, round.hikube.outdir)) throw new Error(`N=${n}: the library and the bare app synthesised different resources`);
      checked = true;
    }
    for (const mode of order) {
      fs.rmSync(round[mode].outdir, { recursive: true, force: true });
      runs[mode].push(round[mode]);
    }
  }
  samples[`synth-${n}`] = runs;
  const med = (mode, key) => median(runs[mode].map((r) => r[key]));
  const phases = (mode) => `load ${fmtMs(med(mode, "loadMs"))}, construct ${fmtMs(med(mode, "constructMs"))}, synth ${fmtMs(med(mode, "synthMs"))}, CPU ${fmtMs(med(mode, "cpuMs"))}`;
  const row = {
    id: `synth-${n}`,
    what: `fleet synth, N=${n.toLocaleString("en-US")} (${(3 * n).toLocaleString("en-US")} resources), policies: ${runs.hikube[0].policies}`,
    baseline: "bare cdktf Manifest",
    reps,
    libMs: med("hikube", "totalMs"),
    baseMs: med("bare", "totalMs"),
    libRssKb: med("hikube", "maxRssKb"),
    baseRssKb: med("bare", "maxRssKb"),
    libCpuMs: med("hikube", "cpuMs"),
    baseCpuMs: med("bare", "cpuMs"),
    noPoliciesMs: med("hikube-nopolicies", "totalMs"),
  };
  row.detail = [
    `library: ${phases("hikube")}`,
    `library without policies: ${fmtMs(row.noPoliciesMs)} (${fmtRatio(ratio(row.noPoliciesMs, row.baseMs))} bare); ${phases("hikube-nopolicies")}`,
    `bare: ${phases("bare")}`,
    `CPU time ratio (user+system, less sensitive to a busy host): ${fmtRatio(ratio(row.libCpuMs, row.baseCpuMs))}`,
  ].join("\n    ");
  rows.push(row);
  return row;
}

/** Does the built CLI have a command? (`hikube-vm --help` lists the commands.) */
function cliHas(command) {
  if (!fs.existsSync(path.join(ROOT, "lib", "cli", "main.js"))) return false;
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "hikube-vm.js"), "--help"], { cwd: ROOT, encoding: "utf8" });
  return r.status === 0 && new RegExp(`^\\s+${command}\\s`, "m").test(r.stdout);
}

function alternate(reps, a, b) {
  const out = { a: [], b: [] };
  for (let i = 0; i < reps; i++) {
    if (i % 2 === 0) {
      out.a.push(a());
      out.b.push(b());
    } else {
      out.b.push(b());
      out.a.push(a());
    }
  }
  return out;
}

function validateRow() {
  const file = path.join(tmp, "fleet-1000.yaml");
  fs.writeFileSync(file, fleetYaml(VALIDATE_DOCS));
  const what = `hikube-vm validate --env production, ${VALIDATE_DOCS.toLocaleString("en-US")} documents (${(fs.statSync(file).size / 1024).toFixed(0)} KiB)`;
  if (!cliHas("validate")) {
    rows.push({ id: "validate", what, baseline: "node + yaml parseAllDocuments", unavailable: "not available (no validate command in the built CLI)" });
    return;
  }
  const bin = path.join(ROOT, "bin", "hikube-vm.js");
  // The fleet is compliant: exit 0 (1 would mean findings, which the bench does not expect).
  const first = timed([bin, "validate", "--env", "production", file], { expectStatus: [0, 1] });
  const note = first.status === 1 ? `exit 1: ${(first.stdout + first.stderr).split("\n").find((l) => /error/i.test(l)) ?? "findings"}` : undefined;
  const runs = alternate(
    CLI_REPS,
    () => timed([path.join(__dirname, "parse-floor.js"), file]),
    () => timed([bin, "validate", "--env", "production", file], { expectStatus: [0, 1] }),
  );
  samples.validate = runs;
  rows.push({
    id: "validate",
    what,
    baseline: "node + yaml parseAllDocuments",
    reps: CLI_REPS,
    libMs: median(runs.b.map((r) => r.ms)),
    baseMs: median(runs.a.map((r) => r.ms)),
    libRssKb: TIME && median(runs.b.map((r) => r.maxRssKb)),
    baseRssKb: TIME && median(runs.a.map((r) => r.maxRssKb)),
    ...(note && { detail: note }),
  });
}

function coldStartRow() {
  const what = "cold start: hikube-vm --help";
  if (!fs.existsSync(path.join(ROOT, "lib", "cli", "main.js"))) {
    rows.push({ id: "cold-start", what, baseline: "node -e 0", unavailable: "not available (CLI not built)" });
    return;
  }
  const bin = path.join(ROOT, "bin", "hikube-vm.js");
  const runs = alternate(
    CLI_REPS,
    () => timed(["-e", "0"]),
    () => timed([bin, "--help"]),
  );
  samples.coldStart = runs;
  rows.push({
    id: "cold-start",
    what,
    baseline: "node -e 0",
    reps: CLI_REPS,
    libMs: median(runs.b.map((r) => r.ms)),
    baseMs: median(runs.a.map((r) => r.ms)),
    libRssKb: TIME && median(runs.b.map((r) => r.maxRssKb)),
    baseRssKb: TIME && median(runs.a.map((r) => r.maxRssKb)),
  });
}

function fmtMs(ms) {
  return ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}
const fmtMb = (kb) => (kb === undefined ? "-" : `${(kb / 1024).toFixed(0)} MB`);
const ratio = (a, b) => (a === undefined || b === undefined || !b ? undefined : a / b);
const fmtRatio = (r) => (r === undefined ? "-" : `${r.toFixed(2)}x`);

function machine() {
  const cpus = os.cpus();
  const load = os.loadavg().map((l) => l.toFixed(1)).join(" ");
  return `${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, node ${process.version}, load average at start ${load}`;
}

function table(markdown) {
  const header = ["benchmark", "library", "baseline", "time ratio", "peak RSS (library / baseline)", "RSS ratio", "runs"];
  const body = rows.map((r) =>
    r.unavailable
      ? [r.what, r.unavailable, r.baseline, "-", "-", "-", "-"]
      : [
          r.what,
          fmtMs(r.libMs),
          `${fmtMs(r.baseMs)} (${r.baseline})`,
          fmtRatio(ratio(r.libMs, r.baseMs)),
          `${fmtMb(r.libRssKb)} / ${fmtMb(r.baseRssKb)}`,
          fmtRatio(ratio(r.libRssKb, r.baseRssKb)),
          `${r.reps}+${r.reps}`,
        ],
  );
  if (markdown) {
    return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...body.map((cells) => `| ${cells.join(" | ")} |`)].join("\n");
  }
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

function targets() {
  const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
  // In quick mode the target sizes are not run: the smallest fleet stands in (and proves little).
  const synthRow = (n) => byId[`synth-${n}`] ?? (QUICK ? rows.find((r) => r.id.startsWith("synth-")) : undefined);
  const list = [
    { name: `synth time at N=${TARGETS.synthTime.n} <= ${TARGETS.synthTime.max}x bare cdktf`, row: synthRow(TARGETS.synthTime.n), value: (r) => ratio(r.libMs, r.baseMs), max: TARGETS.synthTime.max },
    { name: `peak RSS at N=${TARGETS.synthMemory.n} <= ${TARGETS.synthMemory.max}x bare cdktf`, row: synthRow(TARGETS.synthMemory.n), value: (r) => ratio(r.libRssKb, r.baseRssKb), max: TARGETS.synthMemory.max },
    { name: `validate ${VALIDATE_DOCS} documents <= ${TARGETS.validate.max}x the parse floor`, row: byId.validate, value: (r) => ratio(r.libMs, r.baseMs), max: TARGETS.validate.max },
    { name: `CLI cold start <= ${TARGETS.coldStart.max}x bare node`, row: byId["cold-start"], value: (r) => ratio(r.libMs, r.baseMs), max: TARGETS.coldStart.max },
  ];
  return list.map((t) => {
    const value = t.row && !t.row.unavailable ? t.value(t.row) : undefined;
    const status = value === undefined ? "not measured" : value <= t.max ? "met" : "missed";
    return { ...t, value, status };
  });
}

function main() {
  const started = Date.now();
  console.log(`hikube-vm benchmark${QUICK ? " (BENCH_QUICK: smoke run, figures not representative)" : ""}`);
  console.log(`machine: ${machine()}`);
  console.log("each run is a fresh node process; the sides take turns; figures are medians; RSS is the child's peak (maxRSS)");
  console.log("synth time: process start to Terraform JSON written (module loading, constructs, aspects, app.synth())\n");
  for (const n of SIZES) {
    const row = fleetRow(n);
    console.log(`  ${row.what}: ${fmtMs(row.libMs)} vs ${fmtMs(row.baseMs)} (${fmtRatio(ratio(row.libMs, row.baseMs))}), RSS ${fmtMb(row.libRssKb)} vs ${fmtMb(row.baseRssKb)}`);
    console.log(`    ${row.detail}`);
  }
  validateRow();
  coldStartRow();
  console.log("\n" + table(false) + "\n");
  if (process.env.BENCH_MARKDOWN === "1") console.log(table(true) + "\n");
  for (const r of rows) if (r.detail && !r.id.startsWith("synth-")) console.log(`note (${r.id}): ${r.detail}`);
  const results = targets();
  for (const t of results) console.log(`target: ${t.name}: ${t.value === undefined ? "-" : fmtRatio(t.value)} ${t.status}`);
  if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, JSON.stringify({ machine: machine(), quick: QUICK, rows, targets: results, samples }, null, 2));
  const met = results.filter((t) => t.status === "met").length;
  const missed = results.filter((t) => t.status === "missed").length;
  const unmeasured = results.length - met - missed;
  console.log(
    `\nbench${QUICK ? " (quick)" : ""}: ${met} targets met, ${missed} missed${unmeasured ? `, ${unmeasured} not measured` : ""} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
}

try {
  main();
} catch (error) {
  console.error(`bench: failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
