"use strict";
// One fleet synthesis in a fresh process: `node bench/synth-child.js hikube|hikube-nopolicies|bare N OUTDIR`.
// Prints one JSON line: phase times (ms since process start), CPU time and the process's peak RSS.
// hikube-nopolicies is the library with its validation but without the HikubePolicies aspect:
// the difference between the two library sides is what the production policies cost.
// Both sides load cdktf and the provider's manifest/provider modules the same way, create
// 3N kubernetes_manifest resources with the same addresses, manifests and dependencies, and
// write the Terraform JSON with app.synth() (writing is included on both sides, as `cdktf synth`
// does it). The bare side also sets whatever other attributes the library emits (wait,
// lifecycle, field_manager ...): bench/run.js reads them once from the library's own output and
// passes them in BENCH_BARE_EXTRAS (a JSON file: {system, data, instance}, Terraform JSON form).
const { performance } = require("perf_hooks");
const path = require("path");

const [mode, nText, outdir] = process.argv.slice(2);
const n = Number(nText);
const MODES = ["hikube", "hikube-nopolicies", "bare"];
if (!MODES.includes(mode) || !Number.isInteger(n) || n < 1 || !outdir) {
  process.stderr.write(`usage: node bench/synth-child.js ${MODES.join("|")} N OUTDIR\n`);
  process.exit(2);
}

const { App, Aspects, TerraformOutput, TerraformStack } = require("cdktf");
const { KubernetesProvider } = require("@cdktf/provider-kubernetes/lib/provider");
const { Manifest } = require("@cdktf/provider-kubernetes/lib/manifest");
const { DataKubernetesResource } = require("@cdktf/provider-kubernetes/lib/data-kubernetes-resource");
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
/** Terraform JSON keys (field_manager.force_conflicts) as cdktf props (fieldManager.forceConflicts). */
const camel = (value) =>
  Array.isArray(value)
    ? value.map(camel)
    : value && typeof value === "object"
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k.replace(/_([a-z])/g, (_m, c) => c.toUpperCase()), camel(v)]))
      : value;
const extrasFile = process.env.BENCH_BARE_EXTRAS;
const extras = extrasFile
  ? Object.fromEntries(Object.entries(JSON.parse(require("fs").readFileSync(extrasFile, "utf8"))).map(([role, attrs]) => [role, camel(attrs)]))
  : { system: {}, data: {}, instance: {} };

if (library) {
  // As documented: on the App (cdktf 0.21 only visits stacks; the library forwards the App's
  // HikubePolicies to each stack).
  if (mode === "hikube" && lib.HikubePolicies) Aspects.of(app).add(new lib.HikubePolicies({ environment: "production" }));
  lib.HikubeDefaults.set(stack, { namespace: fleet.NAMESPACE, environment: "production" });
  for (let i = 0; i < n; i++) new lib.VirtualMachine(stack, `Vm${i}`, fleet.virtualMachineProps(i));
} else {
  const manifest = (kind, role, m, dependsOn) => {
    const id = `${kind}_${fleet.NAMESPACE}_${m.metadata.name}`;
    const resource = new Manifest(stack, id, { ...extras[role], manifest: m, ...(dependsOn && { dependsOn }) });
    resource.overrideLogicalId(id);
    return resource;
  };
  for (let i = 0; i < n; i++) {
    const m = fleet.bareManifests(i);
    const system = manifest("vmdisk", "system", m.system);
    const data = manifest("vmdisk", "data", m.data);
    const instance = manifest("vminstance", "instance", m.instance, [system, data]);
    // The same Terraform as the library: an external VM's address, read from its LoadBalancer Service once applied.
    if (m.instance.spec.external === true) externalAddress(m.instance.metadata.name, instance);
  }
}
function externalAddress(name, instance) {
  const id = `vminstance_${fleet.NAMESPACE}_${name}`;
  const service = new DataKubernetesResource(stack, `${id}_service`, { apiVersion: "v1", kind: "Service", metadata: { name: `vm-instance-${name}`, namespace: fleet.NAMESPACE }, dependsOn: [instance] });
  service.overrideLogicalId(id);
  const ingress = `data.kubernetes_resource.${id}.object.status.loadBalancer.ingress[0]`;
  const output = new TerraformOutput(stack, `${id}_external_address`, {
    value: `\${try(${ingress}.ip, ${ingress}.hostname, null)}`,
    description: `External address of VMInstance ${fleet.NAMESPACE}/${name}: the IP (or hostname) of its LoadBalancer Service vm-instance-${name}; null until the load balancer has one`,
  });
  output.overrideLogicalId(`${id}_external_address`);
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
