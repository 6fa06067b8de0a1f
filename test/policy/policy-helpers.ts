import type { ResourceDefinition } from "../../src/core/definition/resource-definition";
import { evaluatePolicies, type PolicyOptions } from "../../src/policy/engine";
import { ENVIRONMENTS, type Environment } from "../../src/policy/environment";
import type { PolicyRule } from "../../src/policy/rule";
import { resourceKey } from "../../src/report/report-input";
import { disk, ED25519_KEY, instance } from "../helpers/definitions";

/** `error VMDisk/tenant-test/data spec.storageClass`: what a rule flagged, where, at which level. */
export function flagged(rule: PolicyRule, defs: readonly ResourceDefinition[], environment: Environment, options: Partial<PolicyOptions> = {}): string[] {
  return evaluatePolicies(defs, { ...options, environment, rules: [rule] }).findings.map((f) => `${f.severity} ${resourceKey(f)}${f.path ? ` ${f.path}` : ""}`);
}

export function flaggedByEnvironment(rule: PolicyRule, defs: readonly ResourceDefinition[], options: Partial<PolicyOptions> = {}): Record<Environment, string[]> {
  return Object.fromEntries(ENVIRONMENTS.map((e) => [e, flagged(rule, defs, e, options)])) as Record<Environment, string[]>;
}

/** Expected findings per environment, in the order development, staging, production. */
export function perEnvironment(development: string[], staging: string[], production: string[]): Record<Environment, string[]> {
  return { development, staging, production };
}

export const NONE = perEnvironment([], [], []);

/** The quick start's shape: a golden-image system disk, a data disk, PortList 22/443, an SSH key. */
export function compliantVm(name = "web", namespace = "tenant-test", spec: Record<string, unknown> = {}): ResourceDefinition[] {
  return [
    disk({ source: { image: { name: "ubuntu-2404" } }, storage: "20Gi", storageClass: "replicated" }, `${name}-system`, namespace),
    disk({ storage: "50Gi" }, `${name}-data`, namespace),
    instance({ disks: [`${name}-system`, `${name}-data`], sshKeys: [ED25519_KEY], external: true, externalPorts: [22, 443], ...spec }, name, namespace),
  ];
}

/** A compliant VM with one of its definitions changed. */
export function withChange(index: 0 | 1 | 2, spec: Record<string, unknown>, name = "web"): ResourceDefinition[] {
  const defs = compliantVm(name);
  defs[index] = { ...defs[index], spec: { ...defs[index].spec, ...spec } };
  return defs;
}
