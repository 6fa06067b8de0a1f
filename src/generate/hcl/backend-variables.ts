import { BACKENDS, type Backend } from "../../terraform/backend";
import type { VariableSpec } from "./variable-block";

export { BACKENDS, type Backend };

/**
 * The two ways the resource modules apply manifests: `kubernetes_manifest` (hashicorp/kubernetes,
 * server-side apply) in modules/<name>, `kubectl_manifest` (alekc/kubectl, client-side apply) in
 * modules/kubectl-<name>. Their spec inputs are the same; only how apply waits, its time limits
 * and the field manager differ.
 */

const CONDITION_TYPE = ["  condition = optional(object({", "    type   = string", '    status = optional(string, "True")', "  }))"];
const WAIT_TYPE: Readonly<Record<Backend, readonly string[]>> = {
  kubernetes: ["object({", ...CONDITION_TYPE, "  fields  = optional(map(string))", "  rollout = optional(bool)", "})"],
  // kubectl_manifest's wait_for has conditions and fields (matched as regular expressions), no rollout.
  kubectl: ["object({", ...CONDITION_TYPE, "  fields = optional(map(string))", "})"],
};
const TIMEOUTS_TYPE: Readonly<Record<Backend, readonly string[]>> = {
  kubernetes: ["object({", "  create = optional(string)", "  update = optional(string)", "  delete = optional(string)", "})"],
  kubectl: ["object({", "  create = optional(string)", "})"],
};
const READY = '{ condition = { type = "Ready", status = "True" } }';

export function waitVariable(backend: Backend, name: string, what: string): VariableSpec {
  const fields = backend === "kubectl" ? " Its fields map paths (status.phase) to values matched as regular expressions (kubectl_manifest's wait_for)." : "";
  return {
    name,
    description: `What terraform apply waits for after creating or updating ${what}: by default the Ready condition (the platform applied it; not that the VM booted).${fields} Set null not to wait.`,
    type: WAIT_TYPE[backend],
    default: READY,
  };
}

export function timeoutsVariable(backend: Backend, name: string, what: string): VariableSpec {
  return {
    name,
    description:
      backend === "kubectl"
        ? `Create time limit of ${what}, a duration such as "20m" (kubectl_manifest has no update or delete limit). Null means the provider's (10m).`
        : `Create, update and delete time limits of ${what}, as durations such as "20m". Null means the provider's (10m each).`,
    type: TIMEOUTS_TYPE[backend],
    default: "null",
  };
}

/** field_manager and force_conflicts (server-side apply); kubectl_manifest applies client-side and has neither. */
export function applyVariables(backend: Backend): VariableSpec[] {
  if (backend === "kubectl") return [];
  return [
    {
      name: "field_manager",
      description: 'Server-side apply field manager name. Null means the provider\'s ("Terraform").',
      type: ["string"],
      default: "null",
    },
    {
      name: "force_conflicts",
      description:
        "Apply with force_conflicts (field_manager block): take over fields that another field manager owns. True by default because cozystack-api stores no managedFields: every live field belongs to the before-first-apply manager, so changing any value fails with a conflict (HTTP 409) unless forced. Set false and such applies fail.",
      type: ["bool"],
      default: "true",
      nonNullable: true,
    },
  ];
}
