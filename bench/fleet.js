"use strict";
// The benchmark fleet: VM i is a system disk, a data disk and an instance, production-grade
// (replicated storage, two disks, PortList exposure, SSH keys only), so that the production
// policies pass. Shared by the cdktf child (both sides) and the YAML generator.

const NAMESPACE = "tenant-bench";
const vmName = (i) => `vm-${i}`;
const SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFngqH7md4Y6FwwuyUwgmTZoPdUy5iKNHYZBUGDw7P3q ops@example.com";
/** Each VM's own cloud-init (its hostname), so that no work is shared between VMs by accident. */
const cloudInit = (i) => `#cloud-config\nhostname: ${vmName(i)}\nssh_pwauth: false\npackages:\n  - nginx\nruncmd:\n  - echo "\${HOSTNAME}" > /etc/motd\n`;


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
    sshKeys: [SSH_KEY],
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
        sshKeys: [SSH_KEY],
      },
    },
  };
}

/** `count` YAML documents (VMs of three documents each, then disks), as a user would write them. */
function fleetYaml(count) {
  const docs = [];
  for (let i = 0; docs.length < count; i++) {
    const name = vmName(i);
    const disk = (diskName, extra) =>
      [
        "apiVersion: apps.cozystack.io/v1alpha1",
        "kind: VMDisk",
        "metadata:",
        `  name: ${diskName}`,
        `  namespace: ${NAMESPACE}`,
        "spec:",
        ...extra,
        "  storageClass: replicated",
      ].join("\n");
    docs.push(disk(`${name}-system`, ["  source:", "    image:", "      name: ubuntu-2404", "  storage: 20Gi"]));
    if (docs.length < count) docs.push(disk(`${name}-data`, ["  storage: 50Gi"]));
    if (docs.length < count) {
      docs.push(
        [
          "apiVersion: apps.cozystack.io/v1alpha1",
          "kind: VMInstance",
          "metadata:",
          `  name: ${name}`,
          `  namespace: ${NAMESPACE}`,
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
          `    - ${SSH_KEY}`,
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

module.exports = { NAMESPACE, SSH_KEY, cloudInit, vmName, virtualMachineProps, bareManifests, fleetYaml };
