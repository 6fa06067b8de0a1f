"use strict";
// The benchmark fleet: VM i is a system disk, a data disk and an instance, production-grade
// (replicated storage, two disks, PortList exposure, SSH keys only, an OS firewall), so that the
// production policies pass. Every VM has its own SSH key and its own ~25-line cloud-config, so
// no work is shared between VMs by accident (a cache keyed on a repeated value would flatter the
// figures). Shared by the cdktf child (every side) and the YAML generators.

const NAMESPACE = "tenant-bench";
const vmName = (i) => `vm-${i}`;

/** mulberry32: a small seeded PRNG, so that every run (and every side) sees the same keys. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An SSH wire-format string: uint32 length, then the bytes. */
function sshString(bytes) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/**
 * VM i's public key: a well-formed `ssh-ed25519` line (string "ssh-ed25519" + string of a
 * 32-byte key, base64), the key bytes drawn from a PRNG seeded with i. Distinct per VM.
 */
function sshKey(i) {
  const next = prng(0x5eed0000 + i);
  const key = Buffer.alloc(32);
  for (let b = 0; b < key.length; b++) key[b] = Math.floor(next() * 256);
  const blob = Buffer.concat([sshString(Buffer.from("ssh-ed25519", "latin1")), sshString(key)]);
  return `ssh-ed25519 ${blob.toString("base64")} ops-${i}@example.com`;
}

/**
 * VM i's cloud-config (25 lines): packages, a user with its key, a file, and runcmd with a
 * firewall (ufw, deny by default, the exposed ports only). `${HOSTNAME}` is there on purpose:
 * Terraform would read it as an interpolation, so it must be escaped on the way out.
 */
function cloudInit(i) {
  const name = vmName(i);
  const port = 8000 + (i % 1000);
  return [
    "#cloud-config",
    `hostname: ${name}`,
    `fqdn: ${name}.${NAMESPACE}.example.com`,
    "ssh_pwauth: false",
    "package_update: true",
    "packages:",
    "  - nginx",
    "  - ufw",
    "  - prometheus-node-exporter",
    "users:",
    "  - name: ops",
    "    groups: [sudo]",
    "    shell: /bin/bash",
    "    lock_passwd: true",
    "    ssh_authorized_keys:",
    `      - ${sshKey(i)}`,
    "write_files:",
    `  - path: /etc/nginx/conf.d/${name}.conf`,
    '    permissions: "0644"',
    `    content: "server { listen 443 ssl; server_name ${name}.example.com; location / { proxy_pass http://127.0.0.1:${port}; } }\\n"`,
    "runcmd:",
    "  - [ufw, default, deny, incoming]",
    "  - [ufw, allow, 22/tcp]",
    "  - [ufw, allow, 443/tcp]",
    "  - [ufw, --force, enable]",
    `  - echo "${name} \${HOSTNAME}" > /etc/motd`,
    "",
  ].join("\n");
}

/** Props of the library's VirtualMachine construct for VM i. */
function virtualMachineProps(i) {
  return {
    name: vmName(i),
    instanceType: "u1.large",
    instanceProfile: "ubuntu",
    systemDisk: { image: "ubuntu-2404", storage: "20Gi", storageClass: "replicated" },
    dataDisks: [{ storage: "50Gi", storageClass: "replicated" }],
    external: true,
    externalMethod: "PortList",
    externalPorts: [22, 443],
    sshKeys: [sshKey(i)],
    cloudInit: cloudInit(i),
  };
}

const escapeTerraform = (text) => text.replace(/([$%])\{/g, (_m, sigil) => `${sigil}${sigil}{`);

/**
 * The same VM as a bare cdktf user would write it: final manifests as literals (platform form,
 * defaults explicit, cloud-init escaped by hand), no validation. Key order matches the library's.
 */
function bareManifests(i) {
  const name = vmName(i);
  const disk = (diskName, source, storage) => ({
    apiVersion: "apps.cozystack.io/v1alpha1",
    kind: "VMDisk",
    metadata: { name: diskName, namespace: NAMESPACE },
    spec: { optical: false, source, storage, storageClass: "replicated" },
  });
  return {
    system: disk(`${name}-system`, { image: { name: "ubuntu-2404" } }, "20Gi"),
    data: disk(`${name}-data`, {}, "50Gi"),
    instance: {
      apiVersion: "apps.cozystack.io/v1alpha1",
      kind: "VMInstance",
      metadata: { name, namespace: NAMESPACE },
      spec: {
        cloudInit: escapeTerraform(cloudInit(i)),
        cloudInitSeed: "",
        cpuModel: "",
        disks: [{ name: `${name}-system` }, { name: `${name}-data` }],
        external: true,
        externalAllowICMP: true,
        externalMethod: "PortList",
        externalPorts: [22, 443],
        gpus: [],
        instanceProfile: "ubuntu",
        instanceType: "u1.large",
        networks: [],
        resources: {},
        runStrategy: "Always",
        sshKeys: [sshKey(i)],
      },
    },
  };
}

/**
 * `count` YAML documents (VMs of three documents each: system disk, data disk, instance), as a
 * user would write them. `namespace: false` leaves metadata.namespace out (for `--namespace`).
 */
function fleetYaml(count, { namespace = true } = {}) {
  const docs = [];
  const meta = (name) => ["metadata:", `  name: ${name}`, ...(namespace ? [`  namespace: ${NAMESPACE}`] : [])];
  for (let i = 0; docs.length < count; i++) {
    const name = vmName(i);
    const disk = (diskName, extra) =>
      ["apiVersion: apps.cozystack.io/v1alpha1", "kind: VMDisk", ...meta(diskName), "spec:", ...extra, "  storageClass: replicated"].join("\n");
    docs.push(disk(`${name}-system`, ["  source:", "    image:", "      name: ubuntu-2404", "  storage: 20Gi"]));
    if (docs.length < count) docs.push(disk(`${name}-data`, ["  storage: 50Gi"]));
    if (docs.length < count) {
      docs.push(
        [
          "apiVersion: apps.cozystack.io/v1alpha1",
          "kind: VMInstance",
          ...meta(name),
          "spec:",
          "  running: true",
          "  instanceType: u1.large",
          "  instanceProfile: ubuntu",
          "  disks:",
          `    - name: ${name}-system`,
          `    - name: ${name}-data`,
          "  external: true",
          "  externalMethod: PortList",
          "  externalPorts: [22, 443]",
          "  sshKeys:",
          `    - ${sshKey(i)}`,
          "  cloudInit: |",
          ...cloudInit(i)
            .trimEnd()
            .split("\n")
            .map((line) => `    ${line}`),
        ].join("\n"),
      );
    }
  }
  return docs.join("\n---\n") + "\n";
}

/**
 * One document with `anchors` anchors, each used once by an alias: `- &a0 value0` ... then
 * `- *a0` ... (the yaml package resolves each alias by scanning the document's anchors).
 */
function aliasFloodYaml(anchors) {
  const lines = ["apiVersion: apps.cozystack.io/v1alpha1", "kind: VMDisk", "metadata:", "  name: flood", `  namespace: ${NAMESPACE}`, "spec:", "  storage: 20Gi", "  storageClass: replicated", "  anchors:"];
  for (let i = 0; i < anchors; i++) lines.push(`    - &a${i} value-${i}`);
  lines.push("  aliases:");
  for (let i = 0; i < anchors; i++) lines.push(`    - *a${i}`);
  return lines.join("\n") + "\n";
}

module.exports = { NAMESPACE, sshKey, cloudInit, vmName, virtualMachineProps, bareManifests, fleetYaml, aliasFloodYaml };
