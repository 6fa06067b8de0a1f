"use strict";
// The benchmark fleet as modules/manifests inputs (snake_case, as a Terraform user writes them),
// and the two root modules that `terraform apply` times: one calling modules/manifests, one
// calling a module that only passes the same inputs through (the floor: Terraform reading and
// moving the values). Provider-free: both only compute values, so apply runs offline.
const fs = require("fs");
const path = require("path");
const { cloudInit, NAMESPACE, sshKey, vmName } = require("./fleet");

/** modules/manifests inputs for `n` VMs of the bench fleet (system disk, data disk, instance each). */
function manifestsInputs(n) {
  const disks = {};
  const instances = {};
  for (let i = 0; i < n; i++) {
    const name = vmName(i);
    disks[`${name}-system`] = { source: { image: { name: "ubuntu-2404" } }, storage: "20Gi", storage_class: "replicated" };
    disks[`${name}-data`] = { storage: "50Gi", storage_class: "replicated" };
    instances[name] = {
      instance_type: "u1.large",
      instance_profile: "ubuntu",
      disks: [{ name: `${name}-system` }, { name: `${name}-data` }],
      external: true,
      external_method: "PortList",
      external_ports: [22, 443],
      ssh_keys: [sshKey(i)],
      cloud_init: cloudInit(i),
    };
  }
  return { namespace: NAMESPACE, environment: "production", disks, instances };
}

const PASSTHROUGH = [
  'variable "namespace" {\n  type = string\n}',
  'variable "environment" {\n  type = string\n}',
  'variable "disks" {\n  type = any\n}',
  'variable "instances" {\n  type = any\n}',
  'output "manifests" {\n  value = { disks = var.disks, instances = var.instances, namespace = var.namespace, environment = var.environment }\n}',
  "",
].join("\n\n");

/**
 * A root module in `dir` calling `source` (an absolute path) with the fleet of `n` VMs from
 * terraform.tfvars.json; its one output is the number of values the module returned, so both
 * sides write the same small state. `passthrough`: write the pass-through module first.
 */
function hclRoot(dir, n, { source, passthrough = false }) {
  fs.mkdirSync(dir, { recursive: true });
  let moduleSource = source;
  if (passthrough) {
    moduleSource = path.join(dir, "passthrough");
    fs.mkdirSync(moduleSource, { recursive: true });
    fs.writeFileSync(path.join(moduleSource, "main.tf"), PASSTHROUGH);
  }
  const variables = ["namespace", "environment", "disks", "instances"];
  const config = {
    variable: Object.fromEntries(variables.map((v) => [v, { type: v === "namespace" || v === "environment" ? "string" : "any" }])),
    module: { fleet: { source: moduleSource, ...Object.fromEntries(variables.map((v) => [v, `\${var.${v}}`])) } },
    output: { count: { value: "${length(module.fleet.manifests)}" } },
  };
  fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify(config, null, 2));
  fs.writeFileSync(path.join(dir, "terraform.tfvars.json"), JSON.stringify(manifestsInputs(n)));
  return dir;
}

module.exports = { manifestsInputs, hclRoot };
