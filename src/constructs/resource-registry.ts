import { TerraformStack } from "./framework";
import type { HikubeResource } from "./hikube-resource";

const resourcesByStack = new WeakMap<TerraformStack, Map<string, HikubeResource>>();

/** Every Hikube resource of a stack, by kind, namespace and name, for references and duplicates. */
export function stackResources(stack: TerraformStack): Map<string, HikubeResource> {
  let resources = resourcesByStack.get(stack);
  if (!resources) {
    resources = new Map();
    resourcesByStack.set(stack, resources);
  }
  return resources;
}

export function registryKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}/${namespace ?? ""}/${name}`;
}
