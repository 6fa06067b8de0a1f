import type { KindName } from "../schema/kinds";

export const MANIFEST_RESOURCE_TYPE = "kubernetes_manifest";

/**
 * The Terraform resource name of a resource, from its kind, namespace and name only: moving a
 * construct in the tree, or turning YAML into code, never changes it, so Terraform never
 * destroys a disk because code was refactored. Names and namespaces are DNS labels (no `_`),
 * so `_` separates the parts without ambiguity.
 */
export function resourceName(kind: KindName, namespace: string, name: string): string {
  return `${kind.toLowerCase()}_${namespace}_${name}`;
}

/** `kubernetes_manifest.vmdisk_tenant-foo_ubuntu-system` */
export function resourceAddress(kind: KindName, namespace: string, name: string): string {
  return `${MANIFEST_RESOURCE_TYPE}.${resourceName(kind, namespace, name)}`;
}
