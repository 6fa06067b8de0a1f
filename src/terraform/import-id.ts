import { resourceTypeOf, type Backend } from "./backend";

/** What names a Kubernetes object for an import. */
export interface ObjectIdentity {
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
}

/**
 * The import id of an object for a resource type, as each provider reads it: kubectl_manifest
 * `apiVersion//kind//name//namespace`, kubernetes_manifest `apiVersion=...,kind=...,namespace=...,name=...`.
 */
export function importId(type: string, apiVersion: string, object: ObjectIdentity): string {
  if (type === "kubectl_manifest") return `${apiVersion}//${object.kind}//${object.name}${object.namespace ? `//${object.namespace}` : ""}`;
  return `apiVersion=${apiVersion},kind=${object.kind},${object.namespace ? `namespace=${object.namespace},` : ""}name=${object.name}`;
}

/** The same for a backend. */
export function backendImportId(backend: Backend, apiVersion: string, object: ObjectIdentity): string {
  return importId(resourceTypeOf(backend), apiVersion, object);
}
