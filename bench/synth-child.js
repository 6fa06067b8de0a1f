"use strict";
// One fleet synthesis in a fresh process: `node bench/synth-child.js hikube|hikube-nopolicies|bare N OUTDIR`.
// Prints one JSON line: phase times (ms since process start), CPU time and the process's peak RSS.
// hikube-nopolicies is the library with its validation but without the HikubePolicies aspect:
// the difference between the two library sides is what the production policies cost.
// Both sides load cdktf and the provider's manifest/provider modules the same way, create
// 3N kubernetes_manifest resources with the same addresses and dependencies, and write the
// Terraform JSON with app.synth() (writing is included on both sides, as `cdktf synth` does it).
const { performance } = require("perf_hooks");
const path = require("path");

const [mode, nText, outdir] = process.argv.slice(2);
const n = Number(nText);
const MODES = ["hikube", "hikube-nopolicies", "bare"];
if (!MODES.includes(mode) || !Number.isInteger(n) || n < 1 || !outdir) {
  process.stderr.write(`usage: node bench/synth-child.js ${MODES.join("|")} N OUTDIR\n`);
  process.exit(2);
}

const { App, Aspects, TerraformStack } = require("cdktf");
const { KubernetesProvider } = require("@cdktf/provider-kubernetes/lib/provider");
const { Manifest } = require("@cdktf/provider-kubernetes/lib/manifest");
const fleet = require("./fleet");

const library = mode !== "bare";
let policies = "none";
let lib;
if (library) {
  lib = require(path.join(__dirname, "..", "lib"));
  if (mode === "hikube") policies = lib.HikubePolicies ? "production" : "not available";
}
const loaded = performance.now();

const app = new App({ outdir });
const stack = new TerraformStack(app, "fleet");
new KubernetesProvider(stack, "kubernetes", {});
const wait = { condition: [{ type: "Ready", status: "True" }] };

if (library) {
  // As documented: on the App (cdktf 0.21 only visits stacks; the library forwards the App's
  // HikubePolicies to each stack).
  if (mode === "hikube" && lib.HikubePolicies) Aspects.of(app).add(new lib.HikubePolicies({ environment: "production" }));
  lib.HikubeDefaults.set(stack, { namespace: fleet.NAMESPACE });
  for (let i = 0; i < n; i++) new lib.VirtualMachine(stack, `Vm${i}`, fleet.virtualMachineProps(i));
} else {
  const manifest = (kind, m, dependsOn) => {
    const id = `${kind}_${fleet.NAMESPACE}_${m.metadata.name}`;
    const resource = new Manifest(stack, id, { manifest: m, wait, ...(dependsOn && { dependsOn }) });
    resource.overrideLogicalId(id);
    return resource;
  };
  for (let i = 0; i < n; i++) {
    const m = fleet.bareManifests(i);
    const system = manifest("vmdisk", m.system);
    const data = manifest("vmdisk", m.data);
    manifest("vminstance", m.instance, [system, data]);
  }
}
const built = performance.now();
app.synth();
const synthesized = performance.now();

process.stdout.write(
  JSON.stringify({
    mode,
    n,
    policies,
    loadMs: loaded,
    constructMs: built - loaded,
    synthMs: synthesized - built,
    totalMs: synthesized,
    cpuMs: (({ user, system }) => (user + system) / 1000)(process.cpuUsage()),
    maxRssKb: process.resourceUsage().maxRSS,
  }) + "\n",
);
