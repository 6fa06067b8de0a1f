const { validateDefinition } = require("../lib/core/validation/validate-definition");
const { parseCloudInit } = require("../lib/core/cloud-init");
const { checkSshPublicKey } = require("../lib/core/ssh");
const fleet = require("./fleet");
const N = 1000;
const disks = [], insts = [];
for (let i = 0; i < N; i++) {
  const p = fleet.virtualMachineProps(i);
  disks.push({ kind: "VMDisk", metadata: { name: `vm-${i}-system`, namespace: "t" }, spec: { source: { image: { name: "ubuntu-2404" } }, storage: "20Gi", storageClass: "replicated" } });
  const { name, systemDisk, dataDisks, ...spec } = p;
  insts.push({ kind: "VMInstance", metadata: { name, namespace: "t" }, spec: { ...spec, disks: [{ name: `${name}-system` }, { name: `${name}-data` }] } });
}
function t(label, f) { for (let r = 0; r < 3; r++) { const a = process.hrtime.bigint(); f(); const us = Number(process.hrtime.bigint() - a) / 1e3 / N; if (r === 0 || r === 2) console.log(label.padEnd(22), r === 0 ? "cold" : "warm", us.toFixed(1), "us/each"); } }
t("validate disk", () => disks.forEach((d) => validateDefinition(d)));
t("validate instance", () => insts.forEach((d) => validateDefinition({ ...d, spec: { ...d.spec, cloudInit: d.spec.cloudInit + " " } })));
t("parseCloudInit", () => insts.forEach((d, i) => parseCloudInit(d.spec.cloudInit + "#" + Math.random())));
t("ssh key", () => insts.forEach((d) => checkSshPublicKey(d.spec.sshKeys[0])));
