import type { KindName } from "../core/schema/kinds";
import { resourceName } from "../core/render/resource-address";

/**
 * Which Terraform resource carries each VMDisk / VMInstance.
 * - `kubernetes`: `kubernetes_manifest` (hashicorp/kubernetes): field-level plans, but the provider lists every
 *   CustomResourceDefinition of the cluster at plan time, which a tenant's role may forbid.
 * - `kubectl`: `kubectl_manifest` (alekc/kubectl, the maintained fork of gavinbunney/kubectl, used by Hikube's own
 *   Terraform guide): a YAML body applied like `kubectl apply`, no CRD access needed.
 */
export type Backend = "kubernetes" | "kubectl";

export const BACKENDS: readonly Backend[] = ["kubernetes", "kubectl"];

export const DEFAULT_BACKEND: Backend = "kubernetes";

const RESOURCE_TYPES: Readonly<Record<Backend, string>> = { kubernetes: "kubernetes_manifest", kubectl: "kubectl_manifest" };

export function isBackend(value: unknown): value is Backend {
  return (BACKENDS as readonly unknown[]).includes(value);
}

/** `kubernetes_manifest` or `kubectl_manifest`. */
export function resourceTypeOf(backend: Backend): string {
  return RESOURCE_TYPES[backend];
}

/** The backend whose resource type this is, if any. */
export function backendOfResourceType(type: string): Backend | undefined {
  return BACKENDS.find((b) => RESOURCE_TYPES[b] === type);
}

/** `kubectl_manifest.vmdisk_tenant-a_web-data`: the address comes from kind, namespace and name only. */
export function backendAddress(backend: Backend, kind: KindName, namespace: string, name: string): string {
  return `${resourceTypeOf(backend)}.${resourceName(kind, namespace, name)}`;
}

/** The Terraform provider each backend needs, as `required_providers` names it. */
export interface BackendProvider {
  /** Local name, also the provider block's name. */
  readonly name: string;
  /** Registry source address. */
  readonly source: string;
  /** The version constraint written by default. */
  readonly version: string;
}

/**
 * The provider each backend needs, as the library's own provider classes (`KubernetesProvider`, `KubectlProvider`)
 * and `hikube-vm synth` declare it. (The generated binding of @cdktf/provider-kubernetes pins exactly 2.38.0.)
 */
export const BACKEND_PROVIDERS: Readonly<Record<Backend, BackendProvider>> = {
  kubernetes: { name: "kubernetes", source: "hashicorp/kubernetes", version: ">= 2.38.0" },
  // wait_for { condition } exists since 2.1.0, update and delete timeouts since 2.3.0 (the provider's own schema).
  kubectl: { name: "kubectl", source: "alekc/kubectl", version: ">= 2.3.0" },
};
