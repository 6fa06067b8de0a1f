import type { ResourceDefinition } from "../core/definition/resource-definition";
import { resourceName } from "../core/render/resource-address";

/**
 * The construct id of a resource in stacks made by `hikube-vm synth` and `hikube-vm import`. Terraform addresses
 * do not depend on it, but cdktf writes the construct path into each resource's `"//"` metadata, so both commands
 * (and the direct writer) must use the same one for their output to be byte-identical.
 */
export function constructId(def: Pick<ResourceDefinition, "kind" | "metadata">): string {
  return resourceName(def.kind, def.metadata.namespace ?? "", def.metadata.name);
}
