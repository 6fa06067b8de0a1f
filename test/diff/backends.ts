// The two backends' Terraform JSON, as /work's backend spec fixes them, built from a real
// synthesis: `kubernetes_manifest` with `field_manager { force_conflicts = true }`, and
// `kubectl_manifest` whose yaml_body is the YAML of the same manifest (written by the function
// `hikube-vm render` uses), Terraform-escaped as a whole.
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import type { VirtualMachineProps } from "../../src";
import { escapeTerraformString } from "../../src/core";
import { unescapeTerraformTemplates } from "../../src/diff";
import { stringifyManifest } from "../../src/yaml";
import type { KubernetesManifest } from "../../src/core/render/render-manifest";
import { synthDb, tempDir } from "./helpers";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The cdk.tf.json of synthDb() with these overrides. */
export function synthDbJson(overrides: Partial<VirtualMachineProps> = {}, environment?: "development" | "production"): Json {
  return JSON.parse(readFileSync(join(synthDb(overrides, environment), "stacks", "web", "cdk.tf.json"), "utf8"));
}

/** Backend "kubernetes" with the force on (the new default) or off (as synthesised before it). */
export function withForceConflicts(json: Json, force: boolean, name?: string): Json {
  const out = structuredClone(json);
  for (const resource of Object.values(out.resource.kubernetes_manifest as Record<string, Json>)) {
    const fm = { ...(name && { name }), ...(force && { force_conflicts: true }) };
    if (Object.keys(fm).length > 0) resource.field_manager = fm;
    else delete resource.field_manager;
  }
  return out;
}

/** The same configuration with backend "kubectl". */
export function toKubectlBackend(json: Json): Json {
  const out = structuredClone(json);
  const resources: Record<string, Json> = {};
  for (const [name, r] of Object.entries(out.resource.kubernetes_manifest as Record<string, Json>)) {
    const manifest = unescapeTerraformTemplates(r.manifest) as KubernetesManifest;
    resources[name] = {
      yaml_body: escapeTerraformString(stringifyManifest(manifest)),
      ...(manifest.kind === "VMInstance" && { sensitive_fields: ["spec.cloudInit"] }),
      ...(r.wait?.condition && { wait_for: { condition: r.wait.condition } }),
      ...(r.wait?.fields && { wait_for: { field: Object.entries(r.wait.fields).map(([key, value]) => ({ key, value, value_type: "regex" })) } }),
      ...(r.timeouts && { timeouts: { create: r.timeouts.create } }),
      ...(r.lifecycle && { lifecycle: r.lifecycle }),
      ...(r.depends_on && { depends_on: (r.depends_on as string[]).map((d) => d.replace(/^kubernetes_manifest\./, "kubectl_manifest.")) }),
    };
  }
  delete out.resource.kubernetes_manifest;
  out.resource.kubectl_manifest = resources;
  out.terraform = { ...out.terraform, required_providers: { kubectl: { source: "alekc/kubectl", version: ">= 2.1.0" } } };
  out.provider = { kubectl: [{}] };
  return out;
}

/** Writes a configuration as a cdk.tf.json in a fresh folder and returns the file. */
export function writeConfig(json: Json): string {
  const file = join(tempDir(), "cdk.tf.json");
  writeFileSync(file, JSON.stringify(json, null, 2));
  return file;
}
