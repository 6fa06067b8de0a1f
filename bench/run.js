#!/usr/bin/env node
"use strict";
// `npm run bench`: the library and the CLI against bare baselines, each run in a fresh child
// process, the sides taking turns (the order rotates every repetition), medians and ratios
// printed with peak RSS, then the targets, each met or missed.
//
//   BENCH_QUICK=1     smoke run: every row at tiny sizes, one or two repetitions (checks that it
//                     works, measures little)
//   BENCH_REPS=N      repetitions per side for every row (default: 9; 3 for N >= 5000)
//   BENCH_SIZES=a,b   fleet sizes of the synth rows (default 1000,5000)
//   BENCH_MARKDOWN=1  also print the table as Markdown (for the README)
//   BENCH_JSON=FILE   also write every sample as JSON
//   BENCH_HCL=0       leave out the terraform apply rows of modules/manifests (they need the
//                     terraform binary and take minutes at full size)
//   BENCH_HCL_REPS=N  repetitions of each terraform apply (default: 3; 1 in quick mode)
//   BENCH_ONLY=hcl    only the terraform apply rows (the other targets are then not measured)
//
// The library is loaded from lib/ (the build `npm ci` makes through `prepare`; `npm run bench`
// rebuilds it first), and the CLI is the built bin/hikube-vm.js.
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { aliasFloodYaml, fleetYaml, NAMESPACE } = require("./fleet");
const { hclRoot } = require("./hcl-fleet");

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin", "hikube-vm.js");
const MAX_RSS = path.join(__dirname, "max-rss.js");
const QUICK = process.env.BENCH_QUICK === "1";
const SIZES = (process.env.BENCH_SIZES ?? (QUICK ? "20" : "1000,5000")).split(",").map(Number);
const envReps = process.env.BENCH_REPS ? Number(process.env.BENCH_REPS) : undefined;
const SYNTH_REPS = envReps ?? (QUICK ? 1 : 9);
const BIG_SYNTH_REPS = envReps ?? (QUICK ? 1 : 3); // N >= 5000: each run takes seconds
const CLI_REPS = envReps ?? (QUICK ? 2 : 9);
const ALIAS_REPS = envReps ?? (QUICK ? 1 : 5);
const MEMORY_N = QUICK ? 30 : 10000;
const VALIDATE_DOCS = QUICK ? 60 : 1000;
const ALIAS_ANCHORS = QUICK ? [2500, 5000] : [25000, 50000];
const HCL = process.env.BENCH_HCL !== "0";
const HCL_SIZES = QUICK ? [10, 30] : [1000, 3000]; // the second is 3x the first: the growth row
const HCL_REPS = process.env.BENCH_HCL_REPS ? Number(process.env.BENCH_HCL_REPS) : QUICK ? 1 : 3;

const TARGETS = {
  synthTime: [
    { n: 1000, max: 1.1 },
    { n: 5000, max: 1.0 },
  ],
  synthMemory: { max: 1.0 },
  cliSynthTime: { n: 1000, max: 0.6 },
  cliSynthMemory: { max: 0.5 },
  validate: { max: 1.5 },
  aliasFlood: { max: 2.5 }, // linear: about 2 when the anchors double; quadratic: about 4
  coldStart: { max: 2 },
  hclApply: { max: 2 }, // modules/manifests vs a pass-through module, the same inputs, N=HCL_SIZES[0]
  hclGrowth: { max: 3.5 }, // 3x the VMs: linear is about 3
};

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hikube-bench-"));
process.on("exit", () => fs.rmSync(tmp, { recursive: true, force: true }));

const median = (xs) => {
  const s = xs.filter((x) => x !== undefined).sort((a, b) => a - b);
  if (s.length === 0) return undefined;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs `node -r max-rss.js ARGS`: wall time around the child, its peak RSS as it reports it. */
function timed(args, { expectStatus = [0] } = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-r", MAX_RSS, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error) throw r.error;
  if (!expectStatus.includes(r.status)) {
    throw new Error(`node ${args.join(" ")} exited ${r.status}:\n${(r.stderr || "").slice(0, 2000)}\n${(r.stdout || "").slice(0, 2000)}`);
  }
  const rss = /BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr ?? "");
  return { ms, maxRssKb: rss ? Number(rss[1]) : undefined, stdout: r.stdout, stderr: r.stderr, status: r.status };
}

let bareExtras; // the file of attributes the bare app copies from the library's output

/** One fleet synthesis by bench/synth-child.js (hikube, hikube-nopolicies, bare). */
function childSynth(mode, n) {
  const outdir = path.join(tmp, `${mode}-${n}-${process.hrtime.bigint()}`);
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(__dirname, "synth-child.js"), mode, String(n), outdir], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...(bareExtras && { BENCH_BARE_EXTRAS: bareExtras }) },
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`synth ${mode} N=${n} exited ${r.status}:\n${(r.stderr || "").slice(0, 4000)}`);
  const result = JSON.parse(r.stdout.trim().split("\n").pop());
  return { ...result, wallMs, outdir, json: path.join(outdir, "stacks", "fleet", "cdk.tf.json") };
}

const fleetFiles = new Map();
/** The fleet as YAML, 3 documents per VM, without namespaces (the CLI gets --namespace). */
function fleetFile(n) {
  if (!fleetFiles.has(n)) {
    const file = path.join(tmp, `fleet-${n}-vms.yaml`);
    fs.writeFileSync(file, fleetYaml(3 * n, { namespace: false }));
    fleetFiles.set(n, file);
  }
  return fleetFiles.get(n);
}

/** `hikube-vm synth FILE --namespace NS --env production --out DIR`, timed from outside. */
function cliSynth(n) {
  const outdir = path.join(tmp, `cli-${n}-${process.hrtime.bigint()}`);
  const r = timed([BIN, "synth", fleetFile(n), "--namespace", NAMESPACE, "--env", "production", "--out", outdir]);
  return { mode: "cli", n, wallMs: r.ms, totalMs: r.ms, maxRssKb: r.maxRssKb, outdir, json: path.join(outdir, "cdk.tf.json") };
}

function synthOnce(mode, n) {
  return mode === "cli" ? cliSynth(n) : childSynth(mode, n);
}

/** Sorted keys at every level: two JSON values compare equal whatever their key order. */
const canonical = (value) =>
  JSON.stringify(value, (_key, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v));

const manifestsOf = (file) => JSON.parse(fs.readFileSync(file, "utf8")).resource.kubernetes_manifest;

/**
 * The library's attributes besides `manifest` (wait, lifecycle, field_manager ...) for VM 0's
 * system disk, data disk and instance, from a one-VM run: the bare app sets the same ones, so
 * the two sides write the same resources whatever the library's defaults become.
 */
function readBareExtras() {
  const run = childSynth("hikube", 1);
  const resources = manifestsOf(run.json);
  const pick = (address) => {
    const resource = resources[address];
    if (!resource) throw new Error(`the library did not write ${address}`);
    return Object.fromEntries(Object.entries(resource).filter(([k]) => !["//", "manifest", "depends_on"].includes(k)));
  };
  const extras = {
    system: pick(`vmdisk_${NAMESPACE}_vm-0-system`),
    data: pick(`vmdisk_${NAMESPACE}_vm-0-data`),
    instance: pick(`vminstance_${NAMESPACE}_vm-0`),
  };
  fs.rmSync(run.outdir, { recursive: true, force: true });
  const file = path.join(tmp, "bare-extras.json");
  fs.writeFileSync(file, JSON.stringify(extras));
  return { file, extras };
}

/**
 * Both sides must write the same resources: the same addresses, and for each the same
 * `manifest` and `depends_on` (a failure stops the bench). Other attributes are compared too,
 * and a difference there is a note (e.g. the CLI's own construct paths or defaults).
 */
function compareResources(label, libFile, bareFile) {
  const lib = manifestsOf(libFile);
  const bare = manifestsOf(bareFile);
  const libKeys = Object.keys(lib).sort();
  const bareKeys = Object.keys(bare).sort();
  if (canonical(libKeys) !== canonical(bareKeys)) {
    const missing = bareKeys.filter((k) => !(k in lib)).slice(0, 3);
    const extra = libKeys.filter((k) => !(k in bare)).slice(0, 3);
    throw new Error(`${label}: different resource addresses (${libKeys.length} vs ${bareKeys.length}; only in bare: ${missing.join(", ") || "-"}; only in ${label}: ${extra.join(", ") || "-"})`);
  }
  const others = new Set();
  for (const address of libKeys) {
    for (const field of ["manifest", "depends_on"]) {
      if (canonical(lib[address][field]) !== canonical(bare[address][field])) throw new Error(`${label}: ${address}.${field} differs from the bare app's`);
    }
    for (const field of new Set([...Object.keys(lib[address]), ...Object.keys(bare[address])])) {
      if (field === "//" || field === "manifest" || field === "depends_on") continue;
      if (canonical(lib[address][field]) !== canonical(bare[address][field])) others.add(field);
    }
  }
  return others.size > 0 ? `${label} and bare differ in ${[...others].join(", ")} (manifests and addresses are the same)` : undefined;
}

const rows = [];
const samples = {};
const notes = [];

/** Rotates the order each repetition, so no side always runs on a machine warmed by another. */
const rotate = (list, i) => [...list.slice(i % list.length), ...list.slice(0, i % list.length)];

/** Runs `modes` in turns, `reps` times; checks each side's resources against bare's once. */
function rounds(id, modes, n, reps) {
  const runs = Object.fromEntries(modes.map((m) => [m, []]));
  for (let i = 0; i < reps; i++) {
    const round = {};
    for (const mode of rotate(modes, i)) round[mode] = synthOnce(mode, n);
    if (i === 0) {
      for (const mode of modes) {
        if (mode === "bare") continue;
        const note = compareResources(mode, round[mode].json, round.bare.json);
        if (note) notes.push(`${id}: ${note}`);
      }
    }
    for (const mode of modes) {
      fs.rmSync(round[mode].outdir, { recursive: true, force: true });
      const { json: _json, outdir: _outdir, ...sample } = round[mode];
      runs[mode].push(sample);
    }
  }
  samples[id] = runs;
  return (mode, key) => median(runs[mode].map((r) => r[key]));
}

function fleetRow(n, withCli) {
  const reps = n >= 5000 ? BIG_SYNTH_REPS : SYNTH_REPS;
  const modes = ["bare", "hikube", "hikube-nopolicies", ...(withCli ? ["cli"] : [])];
  const med = rounds(`synth-${n}`, modes, n, reps);
  const phases = (mode) => `load ${fmtMs(med(mode, "loadMs"))}, construct ${fmtMs(med(mode, "constructMs"))}, synth ${fmtMs(med(mode, "synthMs"))}, CPU ${fmtMs(med(mode, "cpuMs"))}`;
  const row = {
    id: `synth-${n}`,
    n,
    what: `fleet synth, N=${fmt(n)} (${fmt(3 * n)} resources), constructs + production policies`,
    baseline: "bare cdktf Manifest",
    reps,
    libMs: med("hikube", "totalMs"),
    baseMs: med("bare", "totalMs"),
    libRssKb: med("hikube", "maxRssKb"),
    baseRssKb: med("bare", "maxRssKb"),
  };
  row.detail = [
    `library: ${phases("hikube")}`,
    `library without policies: ${fmtMs(med("hikube-nopolicies", "totalMs"))} (${fmtRatio(ratio(med("hikube-nopolicies", "totalMs"), row.baseMs))} bare); ${phases("hikube-nopolicies")}`,
    `bare: ${phases("bare")}`,
    `CPU time ratio (user+system, less sensitive to a busy host): ${fmtRatio(ratio(med("hikube", "cpuMs"), med("bare", "cpuMs")))}`,
  ].join("\n    ");
  rows.push(row);
  if (withCli) rows.push(cliRow(`cli-synth-${n}`, n, reps, med));
  return row;
}

/** The CLI side of a round: process start to exit on both sides (the CLI cannot report its phases). */
function cliRow(id, n, reps, med) {
  return {
    id,
    n,
    what: `hikube-vm synth of the same fleet as YAML, N=${fmt(n)} (${fmt(3 * n)} documents)`,
    baseline: "bare cdktf Manifest, process start to exit",
    reps,
    libMs: med("cli", "wallMs"),
    baseMs: med("bare", "wallMs"),
    libRssKb: med("cli", "maxRssKb"),
    baseRssKb: med("bare", "maxRssKb"),
  };
}

function cliMemoryRow(n) {
  const reps = QUICK ? 1 : BIG_SYNTH_REPS;
  const med = rounds(`cli-synth-${n}`, ["bare", "cli"], n, reps);
  rows.push(cliRow(`cli-synth-${n}`, n, reps, med));
}

/** Does the built CLI have a command? (`hikube-vm --help` lists the commands.) */
function cliHas(command) {
  if (!fs.existsSync(path.join(ROOT, "lib", "cli", "main.js"))) return false;
  const r = spawnSync(process.execPath, [BIN, "--help"], { cwd: ROOT, encoding: "utf8" });
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

const strip = (runs) => Object.fromEntries(Object.entries(runs).map(([k, list]) => [k, list.map(({ ms, maxRssKb }) => ({ ms, maxRssKb }))]));

function pairRow(id, what, baseline, reps, runs, extra = {}) {
  samples[id] = strip(runs);
  rows.push({
    id,
    what,
    baseline,
    reps,
    libMs: median(runs.b.map((r) => r.ms)),
    baseMs: median(runs.a.map((r) => r.ms)),
    libRssKb: median(runs.b.map((r) => r.maxRssKb)),
    baseRssKb: median(runs.a.map((r) => r.maxRssKb)),
    ...extra,
  });
}

function validateRow() {
  const file = path.join(tmp, `fleet-${VALIDATE_DOCS}.yaml`);
  fs.writeFileSync(file, fleetYaml(VALIDATE_DOCS));
  const what = `hikube-vm validate --env production, ${fmt(VALIDATE_DOCS)} documents (${(fs.statSync(file).size / 1024).toFixed(0)} KiB)`;
  const baseline = "node + yaml parseAllDocuments";
  if (!cliHas("validate")) return void rows.push({ id: "validate", what, baseline, unavailable: "not available (no validate command in the built CLI)" });
  // The fleet is compliant: exit 0 (1 would mean an error, which the bench does not expect).
  const first = timed([BIN, "validate", "--env", "production", file], { expectStatus: [0] });
  if (!/(^|\s)0 errors, 0 warnings/.test(first.stdout)) notes.push(`validate: ${first.stdout.trim().split("\n").pop()}`);
  const runs = alternate(
    CLI_REPS,
    () => timed([path.join(__dirname, "parse-floor.js"), file]),
    () => timed([BIN, "validate", "--env", "production", file]),
  );
  pairRow("validate", what, baseline, CLI_REPS, runs);
}

/** validate on one document of 25k, then 50k, anchors each used once: twice the input, about twice the time. */
function aliasFloodRow() {
  const [small, large] = ALIAS_ANCHORS;
  const files = ALIAS_ANCHORS.map((count) => {
    const file = path.join(tmp, `alias-flood-${count}.yaml`);
    fs.writeFileSync(file, aliasFloodYaml(count));
    return file;
  });
  const what = `hikube-vm validate, alias flood: ${fmt(large)} anchors each used once`;
  const baseline = `the same with ${fmt(small)}`;
  if (!cliHas("validate")) return void rows.push({ id: "alias-flood", what, baseline, unavailable: "not available (no validate command in the built CLI)" });
  // An error (exit 1) is expected: the document is refused with a finding, in linear time.
  const run = (file) => timed([BIN, "validate", file], { expectStatus: [0, 1] });
  const first = run(files[1]);
  const finding = first.stdout
    .split("\n")
    .find((l) => /: error: .*alias/.test(l))
    ?.replace(files[1], path.basename(files[1]));
  const runs = alternate(ALIAS_REPS, () => run(files[0]), () => run(files[1]));
  pairRow("alias-flood", what, baseline, ALIAS_REPS, runs, { detail: finding ? `finding: ${finding.trim()}` : `exit ${first.status}, no finding about aliases` });
}

function coldStartRow() {
  const what = "cold start: hikube-vm --help";
  if (!fs.existsSync(path.join(ROOT, "lib", "cli", "main.js"))) return void rows.push({ id: "cold-start", what, baseline: "node -e 0", unavailable: "not available (CLI not built)" });
  const runs = alternate(
    CLI_REPS,
    () => timed(["-e", "0"]),
    () => timed([BIN, "--help"]),
  );
  pairRow("cold-start", what, "node -e 0", CLI_REPS, runs);
}

/**
 * `terraform apply` in an initialised root, timed from outside; CPU time (user + system, every
 * thread) and peak RSS from /usr/bin/time when there is one.
 */
function terraformApply(dir) {
  const env = { ...process.env, TF_IN_AUTOMATION: "1", TF_INPUT: "0", CHECKPOINT_DISABLE: "1" };
  const args = ["apply", "-auto-approve", "-input=false", "-no-color"];
  const withTime = fs.existsSync("/usr/bin/time");
  const start = process.hrtime.bigint();
  const r = withTime
    ? spawnSync("/usr/bin/time", ["-f", "BENCH_TIME %U %S %M", "terraform", ...args], { cwd: dir, env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })
    : spawnSync("terraform", args, { cwd: dir, env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error || r.status !== 0) throw new Error(`terraform apply in ${dir} failed:\n${(r.stdout || "").slice(-2000)}\n${(r.stderr || "").slice(-2000)}`);
  const t = /BENCH_TIME ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? "");
  return { ms, cpuMs: t ? (Number(t[1]) + Number(t[2])) * 1000 : undefined, maxRssKb: t ? Number(t[3]) : undefined };
}

/** A root module calling modules/manifests (or the pass-through module) with N VMs, initialised. */
function hclFleetRoot(kind, n) {
  const dir = path.join(tmp, `hcl-${kind}-${n}`);
  if (fs.existsSync(path.join(dir, ".terraform"))) return dir;
  hclRoot(dir, n, kind === "manifests" ? { source: path.join(ROOT, "modules", "manifests") } : { passthrough: true });
  const r = spawnSync("terraform", ["init", "-input=false", "-no-color"], { cwd: dir, encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
  if (r.status !== 0) throw new Error(`terraform init in ${dir} failed:\n${r.stdout}\n${r.stderr}`);
  return dir;
}

/**
 * modules/manifests under terraform apply (provider-free: it only computes manifests, so apply
 * runs offline) against a module that only passes the same inputs through, at N VMs; then the
 * module at 3N against N (growth: linear is about 3).
 */
function hclRows() {
  const [small, large] = HCL_SIZES;
  const what = (n) => `terraform apply modules/manifests, N=${fmt(n)} VMs (${fmt(3 * n)} manifests)`;
  const probe = spawnSync("terraform", ["version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    rows.push({ id: `hcl-${small}`, what: what(small), baseline: "pass-through module", unavailable: "not available (no terraform binary on the PATH)" });
    rows.push({ id: `hcl-${large}`, what: what(large), baseline: `the same at N=${fmt(small)}`, unavailable: "not available (no terraform binary on the PATH)" });
    return;
  }
  const roots = { pass: hclFleetRoot("passthrough", small), small: hclFleetRoot("manifests", small), large: hclFleetRoot("manifests", large) };
  const runs = { pass: [], small: [], large: [] };
  for (let i = 0; i < HCL_REPS; i++) for (const side of rotate(["pass", "small", "large"], i)) runs[side].push(terraformApply(roots[side]));
  samples.hcl = runs;
  const med = (side, key) => median(runs[side].map((r) => r[key]));
  const cpu = (side) => fmtMs(med(side, "cpuMs"));
  rows.push({
    id: `hcl-${small}`,
    what: what(small),
    baseline: "pass-through module, same inputs",
    reps: HCL_REPS,
    libMs: med("small", "ms"),
    baseMs: med("pass", "ms"),
    libRssKb: med("small", "maxRssKb"),
    baseRssKb: med("pass", "maxRssKb"),
    detail: `CPU time (user+system, all threads): modules/manifests ${cpu("small")}, pass-through ${cpu("pass")} (${fmtRatio(ratio(med("small", "cpuMs"), med("pass", "cpuMs")))})`,
  });
  rows.push({
    id: `hcl-${large}`,
    what: what(large),
    baseline: `the same at N=${fmt(small)}`,
    reps: HCL_REPS,
    libMs: med("large", "ms"),
    baseMs: med("small", "ms"),
    libRssKb: med("large", "maxRssKb"),
    baseRssKb: med("small", "maxRssKb"),
    detail: `CPU time: N=${fmt(large)} ${cpu("large")}, N=${fmt(small)} ${cpu("small")} (${fmtRatio(ratio(med("large", "cpuMs"), med("small", "cpuMs")))})`,
  });
}

const fmt = (n) => n.toLocaleString("en-US");
function fmtMs(ms) {
  if (ms === undefined) return "-";
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
  // In quick mode the target sizes are not run: the sizes run stand in (and prove little).
  const synthRows = rows.filter((r) => r.id.startsWith("synth-"));
  const synthRow = (n) => byId[`synth-${n}`] ?? (QUICK ? synthRows[0] : undefined);
  const cliRow = (n) => byId[`cli-synth-${n}`] ?? (QUICK ? rows.find((r) => r.id === `cli-synth-${SIZES[0]}`) : undefined);
  const time = (r) => ratio(r.libMs, r.baseMs);
  const rss = (r) => ratio(r.libRssKb, r.baseRssKb);
  const list = [
    ...TARGETS.synthTime.map((t) => ({ name: `constructs + production policies, synth time at N=${fmt(t.n)} <= ${t.max.toFixed(2)}x bare cdktf`, row: synthRow(t.n), value: time, max: t.max })),
    ...synthRows.map((r) => ({ name: `constructs + production policies, peak RSS at N=${fmt(r.n)} <= ${TARGETS.synthMemory.max.toFixed(2)}x bare cdktf`, row: r, value: rss, max: TARGETS.synthMemory.max })),
    { name: `hikube-vm synth (YAML) time at N=${fmt(TARGETS.cliSynthTime.n)} <= ${TARGETS.cliSynthTime.max.toFixed(2)}x bare cdktf`, row: cliRow(TARGETS.cliSynthTime.n), value: time, max: TARGETS.cliSynthTime.max },
    { name: `hikube-vm synth (YAML) peak RSS at N=${fmt(MEMORY_N)} < ${TARGETS.cliSynthMemory.max.toFixed(2)}x bare cdktf`, row: byId[`cli-synth-${MEMORY_N}`], value: rss, max: TARGETS.cliSynthMemory.max, strict: true },
    { name: `validate ${fmt(VALIDATE_DOCS)} documents <= ${TARGETS.validate.max.toFixed(2)}x the parse floor`, row: byId.validate, value: time, max: TARGETS.validate.max },
    { name: `alias flood stays linear: ${fmt(ALIAS_ANCHORS[1])} / ${fmt(ALIAS_ANCHORS[0])} anchors <= ${TARGETS.aliasFlood.max.toFixed(2)}x`, row: byId["alias-flood"], value: time, max: TARGETS.aliasFlood.max },
    { name: `CLI cold start <= ${TARGETS.coldStart.max.toFixed(2)}x bare node`, row: byId["cold-start"], value: time, max: TARGETS.coldStart.max },
    ...(HCL
      ? [
          { name: `terraform apply modules/manifests at N=${fmt(HCL_SIZES[0])} <= ${TARGETS.hclApply.max.toFixed(2)}x a pass-through module`, row: byId[`hcl-${HCL_SIZES[0]}`], value: time, max: TARGETS.hclApply.max },
          { name: `terraform apply modules/manifests at N=${fmt(HCL_SIZES[1])} <= ${TARGETS.hclGrowth.max.toFixed(2)}x N=${fmt(HCL_SIZES[0])}`, row: byId[`hcl-${HCL_SIZES[1]}`], value: time, max: TARGETS.hclGrowth.max },
        ]
      : []),
  ];
  return list.map((t) => {
    const value = t.row && !t.row.unavailable ? t.value(t.row) : undefined;
    const met = value !== undefined && (t.strict ? value < t.max : value <= t.max);
    const status = value === undefined ? "not measured" : met ? "met" : "missed";
    return { name: t.name, max: t.max, value, status, row: t.row?.id };
  });
}

function main() {
  const started = Date.now();
  console.log(`hikube-vm benchmark${QUICK ? " (BENCH_QUICK: smoke run, tiny sizes, figures not representative)" : ""}`);
  console.log(`machine: ${machine()}`);
  console.log("each run is a fresh node process; the sides take turns; figures are medians; RSS is the child's peak (maxRSS)");
  console.log("synth time: process start to Terraform JSON written (module loading, constructs, aspects, app.synth());");
  console.log("hikube-vm synth rows: process start to exit on both sides\n");
  if (process.env.BENCH_ONLY !== "hcl") {
    const withCli = cliHas("synth");
    bareExtras = readBareExtras().file;
    for (const n of SIZES) {
      const row = fleetRow(n, withCli);
      console.log(`  ${row.what}: ${fmtMs(row.libMs)} vs ${fmtMs(row.baseMs)} (${fmtRatio(ratio(row.libMs, row.baseMs))}), RSS ${fmtMb(row.libRssKb)} vs ${fmtMb(row.baseRssKb)}`);
      console.log(`    ${row.detail}`);
    }
    if (withCli) cliMemoryRow(MEMORY_N);
    else rows.push({ id: `cli-synth-${MEMORY_N}`, what: `hikube-vm synth of the same fleet as YAML, N=${fmt(MEMORY_N)}`, baseline: "bare cdktf Manifest", unavailable: "not available (no synth command in the built CLI)" });
    validateRow();
    aliasFloodRow();
    coldStartRow();
  }
  if (HCL) hclRows();
  console.log("\n" + table(false) + "\n");
  if (process.env.BENCH_MARKDOWN === "1") console.log(table(true) + "\n");
  for (const r of rows) if (r.detail && !r.id.startsWith("synth-")) console.log(`note (${r.id}): ${r.detail}`);
  for (const note of notes) console.log(`note: ${note}`);
  const results = targets();
  for (const t of results) console.log(`target: ${t.name}: ${t.value === undefined ? "-" : fmtRatio(t.value)} ${t.status}`);
  if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, JSON.stringify({ machine: machine(), quick: QUICK, rows, targets: results, samples, notes }, null, 2));
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
