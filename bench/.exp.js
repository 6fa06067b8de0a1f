const { performance } = require("perf_hooks");
const variant = process.argv[2];
const { App, Aspects, TerraformStack } = require("cdktf");
const { KubernetesProvider } = require("@cdktf/provider-kubernetes/lib/provider");
require("@cdktf/provider-kubernetes/lib/manifest");
const lib = require("../lib");
if (variant.includes("noval")) require("../lib/core/validation/validate-definition").validateDefinition = () => [];
if (variant.includes("nocloud")) { const m = require("../lib/core/cloud-init/cloud-init-document"); const real = m.parseCloudInit; m.parseCloudInit = (t) => ({ ok: true, kind: "cloud-config", config: {} }); }
if (variant.includes("nolazy")) { const c = require("cdktf"); c.Lazy.listValue = () => undefined; }
const fleet = require("./fleet");
const loaded = performance.now();
const app = new App({ outdir: "/tmp/exp-" + variant });
const stack = new TerraformStack(app, "fleet");
new KubernetesProvider(stack, "kubernetes", {});
if (!variant.includes("nopol")) Aspects.of(stack).add(new lib.HikubePolicies({ environment: "production" }));
lib.HikubeDefaults.set(stack, { namespace: fleet.NAMESPACE });
for (let i = 0; i < 1000; i++) new lib.VirtualMachine(stack, `Vm${i}`, fleet.virtualMachineProps(i));
const built = performance.now();
app.synth();
const done = performance.now();
console.log(variant.padEnd(14), "load", loaded.toFixed(0), "construct", (built - loaded).toFixed(0), "synth", (done - built).toFixed(0), "total", done.toFixed(0));
