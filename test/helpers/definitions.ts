import type { ResourceDefinition } from "../../src/core/definition/resource-definition";
import type { Finding } from "../../src/core/findings/finding";
import { validateDefinition } from "../../src/core/validation/validate-definition";

/** A real ed25519 public key (made with ssh-keygen for these tests). */
export const ED25519_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFngqH7md4Y6FwwuyUwgmTZoPdUy5iKNHYZBUGDw7P3q ops@example.com";

/** The spec of the seed's `production-vm.yaml`, with a real key in place of its `AAAA...`. */
export const SEED_PRODUCTION_VM_SPEC = {
  external: true,
  externalMethod: "PortList",
  externalPorts: [22],
  running: true,
  instanceType: "u1.2xlarge",
  instanceProfile: "ubuntu",
  disks: ["vm-system-disk"],
  sshKeys: [ED25519_KEY],
};

export function instance(spec: Record<string, unknown>, name = "web", namespace = "tenant-test"): ResourceDefinition {
  return { apiVersion: "apps.cozystack.io/v1alpha1", kind: "VMInstance", metadata: { name, namespace }, spec };
}

export function disk(spec: Record<string, unknown>, name = "data", namespace = "tenant-test"): ResourceDefinition {
  return { apiVersion: "apps.cozystack.io/v1alpha1", kind: "VMDisk", metadata: { name, namespace }, spec };
}

export function errorsOf(def: ResourceDefinition): Finding[] {
  return validateDefinition(def).filter((f) => f.severity === "error");
}

/** The one error of a definition (fails the test when there are none or several). */
export function onlyError(def: ResourceDefinition): Finding {
  const errors = errorsOf(def);
  if (errors.length !== 1) throw new Error(`expected exactly one error, got ${errors.length}: ${JSON.stringify(errors, null, 2)}`);
  return errors[0];
}
