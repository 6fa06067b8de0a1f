import type { DiffResource, JsonObject } from "../model";
import { SETTINGS_READERS } from "./apply-settings";
import { asObject, MANIFEST_READERS, ManifestReader } from "./manifest-attribute";
import { resourceProblem } from "./manifest-problem";

/** `terraform show -json` of a plan: it has resource_changes or planned_values. */
export function isTerraformPlan(json: JsonObject): boolean {
  return "resource_changes" in json || "planned_values" in json;
}

/** `terraform show -json` of a state: a format_version and (unless empty) values. */
export function isTerraformState(json: JsonObject): boolean {
  return "format_version" in json && !isTerraformPlan(json);
}

/**
 * Manifest resources of a state (`values`) or of a plan (`planned_values`: what the plan
 * would leave). Values there are already unescaped by Terraform. A state records depends_on
 * but not lifecycle, so preventDestroy stays unknown.
 */
export function readTerraformShow(
  json: JsonObject,
  stack: string,
  readers: Readonly<Record<string, ManifestReader>> = MANIFEST_READERS,
): DiffResource[] {
  const values = asObject(isTerraformPlan(json) ? json.planned_values : json.values);
  const out: DiffResource[] = [];
  const visit = (module: JsonObject | undefined): void => {
    if (!module) return;
    for (const r of Array.isArray(module.resources) ? module.resources : []) {
      const resource = asObject(r);
      if (!resource || resource.mode === "data" || typeof resource.type !== "string" || typeof resource.address !== "string") continue;
      const read = readers[resource.type];
      if (!read) continue;
      const values = asObject(resource.values) ?? {};
      const settings = SETTINGS_READERS[resource.type]?.(values);
      const manifest = read(values);
      const problem = resourceProblem(resource.type, values, manifest);
      out.push({
        stack,
        address: resource.address,
        type: resource.type,
        manifest: problem === undefined ? manifest : undefined,
        ...(problem !== undefined && { problem }),
        ...(Array.isArray(resource.depends_on) && { dependsOn: resource.depends_on.map(String) }),
        ...(settings && { settings }),
      });
    }
    for (const child of Array.isArray(module.child_modules) ? module.child_modules : []) visit(asObject(child));
  };
  visit(asObject(values?.root_module));
  return out;
}
