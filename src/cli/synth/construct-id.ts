import type { ResourceDefinition } from "../../core/definition/resource-definition";
import { resourceName } from "../../core/render/resource-address";

/**
 * The construct id of a resource in stacks made by `synth` and by `import`. Terraform addresses
 * do not depend on it, but cdktf writes the construct path into each resource's metadata, so
 * both commands must use the same one for their output to be byte-identical.
 */
export function constructId(def: ResourceDefinition): string {
  return resourceName(def.kind, def.metadata.namespace ?? "", def.metadata.name);
}

/** The stack id both commands use unless told otherwise. */
export const DEFAULT_STACK_NAME = "hikube";
