import type { KubernetesManifest } from "../core/render/render-manifest";
import { escapeTerraformString, escapeTerraformTemplates } from "../core/render/terraform-escape";
import type { Backend } from "./backend";
import { kubectlYamlBody, type TokenHooks } from "./kubectl-yaml-body";
import { KUBECTL_SENSITIVE_FIELDS, type ResourceSettings } from "./resource-settings";

/** How strings are escaped for Terraform, and how framework tokens (if any) are recognised. */
export interface BodyEscaping {
  /** Escapes `${` / `%{` in a string (the cdktf layer leaves its token markers intact). */
  readonly escapeString: (text: string) => string;
  /** The kubectl backend writes YAML text: values Terraform computes need the framework's help. */
  readonly tokens?: TokenHooks;
}

const PLAIN: BodyEscaping = { escapeString: escapeTerraformString };

/**
 * The resource's own arguments (snake_case, as Terraform JSON names them), without the meta-arguments
 * (depends_on, lifecycle, provider), for either backend. The constructs and `hikube-vm synth` both write these.
 */
export function resourceBody(backend: Backend, manifest: KubernetesManifest, settings: ResourceSettings, escaping: BodyEscaping = PLAIN): Record<string, unknown> {
  // Settings are user text too (a wait field's key and regular expression, a field manager, timeouts): escaped
  // like the manifest, keys included, so that none of them is a template.
  const escaped = escapeTerraformTemplates(settings, escaping.escapeString);
  return backend === "kubectl" ? kubectlBody(manifest, escaped, escaping) : kubernetesBody(manifest, escaped, escaping);
}

function kubernetesBody(manifest: KubernetesManifest, settings: ResourceSettings, escaping: BodyEscaping): Record<string, unknown> {
  const force = settings.forceConflicts ?? true;
  const fieldManager = settings.fieldManager !== undefined || force ? { ...(force && { force_conflicts: true }), ...(settings.fieldManager !== undefined && { name: settings.fieldManager }) } : undefined;
  return {
    ...(settings.computedFields && { computed_fields: [...settings.computedFields] }),
    manifest: escapeTerraformTemplates(manifest, escaping.escapeString),
    ...(fieldManager && { field_manager: fieldManager }),
    ...(settings.timeouts && { timeouts: { ...settings.timeouts } }),
    ...(settings.wait && { wait: waitBlock(settings.wait) }),
  };
}

function kubectlBody(manifest: KubernetesManifest, settings: ResourceSettings, escaping: BodyEscaping): Record<string, unknown> {
  const sensitive = KUBECTL_SENSITIVE_FIELDS[manifest.kind];
  return {
    yaml_body: kubectlYamlBody(manifest, escaping.escapeString, escaping.tokens),
    ...(sensitive && { sensitive_fields: [...sensitive] }),
    ...(settings.timeouts && { timeouts: { ...settings.timeouts } }),
    ...(settings.wait && { wait_for: waitForBlock(settings.wait) }),
  };
}

function waitBlock(wait: NonNullable<ResourceSettings["wait"]>): Record<string, unknown> {
  return {
    ...(wait.fields && { fields: { ...wait.fields } }),
    ...(wait.condition && { condition: conditionBlocks(wait.condition) }),
  };
}

/** kubectl_manifest's `wait_for`: the same conditions; fields as regular expressions, like kubernetes_manifest's. */
function waitForBlock(wait: NonNullable<ResourceSettings["wait"]>): Record<string, unknown> {
  return {
    ...(wait.condition && { condition: conditionBlocks(wait.condition) }),
    ...(wait.fields && { field: Object.keys(wait.fields).map((key) => ({ key, value: wait.fields![key], value_type: "regex" })) }),
  };
}

function conditionBlocks(conditions: NonNullable<NonNullable<ResourceSettings["wait"]>["condition"]>): Record<string, unknown>[] {
  return conditions.map((c) => ({ status: c.status, type: c.type }));
}
