import type { JsonObject } from "../model";
import { asObject } from "./manifest-attribute";

/**
 * How Terraform applies a manifest, beyond the object itself: arguments that change no field in
 * the cluster but change what an apply or a destroy does. Normalised to their effective values
 * (an absent argument is its provider default), so a configuration and a state that say the same
 * thing differently compare equal. Keys are the paths shown in a diff.
 */
export type SettingsReader = (attributes: JsonObject) => Readonly<Record<string, unknown>>;

export const SETTINGS_READERS: Readonly<Record<string, SettingsReader>> = {
  // hashicorp/kubernetes: server-side apply's field manager; force_conflicts takes over fields
  // that another manager owns (on cozystack-api, every field: it stores no managedFields).
  kubernetes_manifest: (a) => {
    const fm = block(a.field_manager);
    return {
      "field_manager.name": typeof fm?.name === "string" && fm.name !== "" ? fm.name : "Terraform",
      "field_manager.force_conflicts": fm?.force_conflicts === true,
    };
  },
  // alekc/kubectl: force_new replaces on any change; upgrade_api_version updates an apiVersion
  // change in place; apply_only never deletes; server_side_apply instead of client-side apply.
  kubectl_manifest: (a) => ({
    force_new: a.force_new === true,
    upgrade_api_version: a.upgrade_api_version === true,
    apply_only: a.apply_only === true,
    server_side_apply: a.server_side_apply === true,
  }),
};

/** A nested block: an object in Terraform JSON configuration, a list of at most one in a state or plan. */
function block(value: unknown): JsonObject | undefined {
  return Array.isArray(value) ? asObject(value[0]) : asObject(value);
}
