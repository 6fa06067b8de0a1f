import { JsonObject, KNOWN_AFTER_APPLY } from "../model";
import { readYamlBody } from "./yaml-body";

/**
 * Resource types that hold one Kubernetes object, and how to read it from their attributes:
 * `kubernetes_manifest.manifest` (backend "kubernetes") and `kubectl_manifest.yaml_body`
 * (backend "kubectl", provider alekc/kubectl or gavinbunney/kubectl as in Hikube's own
 * Terraform guide), so both backends, and a move from one to the other, are diffed alike.
 */
export type ManifestReader = (attributes: JsonObject) => JsonObject | undefined;

export const MANIFEST_READERS: Readonly<Record<string, ManifestReader>> = {
  kubernetes_manifest: (a) => asObject(a.manifest),
  kubectl_manifest: readKubectlManifest,
};

/** Reads the manifest in attribute `name` (tests use it to read `terraform_data.input`). */
export function attributeReader(name: string): ManifestReader {
  return (a) => asObject(a[name]);
}

/**
 * `yaml_body` first: it is the full manifest in a configuration, a state and a plan (Terraform
 * marks it sensitive but `terraform show -json` holds its value). `yaml_body_parsed` is the
 * provider's copy with `sensitive_fields` replaced by "(sensitive value)": used only when
 * `yaml_body` is absent, so that both sides compare the same text. When the plan knows the body
 * only after apply, the object's identity still comes from the computed attributes (api_version,
 * kind, name, namespace), with its spec unknown.
 */
function readKubectlManifest(a: JsonObject): JsonObject | undefined {
  const body = typeof a.yaml_body === "string" && a.yaml_body !== KNOWN_AFTER_APPLY ? a.yaml_body : undefined;
  const parsed = typeof a.yaml_body_parsed === "string" && a.yaml_body_parsed !== KNOWN_AFTER_APPLY ? a.yaml_body_parsed : undefined;
  const text = body ?? parsed;
  if (text !== undefined) return readYamlBody(text).manifest;
  if (typeof a.kind !== "string" || typeof a.name !== "string" || a.kind === KNOWN_AFTER_APPLY || a.name === KNOWN_AFTER_APPLY) return undefined;
  return {
    ...(typeof a.api_version === "string" && { apiVersion: a.api_version }),
    kind: a.kind,
    metadata: { name: a.name, ...(typeof a.namespace === "string" && { namespace: a.namespace }) },
    spec: KNOWN_AFTER_APPLY,
  };
}

export function asObject(value: unknown): JsonObject | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

/** kind, namespace and name of a manifest: the identity the cluster keys on. */
export function identityOf(manifest: JsonObject | undefined): { kind: string; namespace: string; name: string; apiVersion: string } | undefined {
  if (!manifest) return undefined;
  const metadata = asObject(manifest.metadata) ?? {};
  const kind = typeof manifest.kind === "string" ? manifest.kind : "";
  const name = typeof metadata.name === "string" ? metadata.name : "";
  if (!kind || !name) return undefined;
  return {
    kind,
    name,
    namespace: typeof metadata.namespace === "string" ? metadata.namespace : "",
    apiVersion: typeof manifest.apiVersion === "string" ? manifest.apiVersion : "",
  };
}

/** `kubectl_manifest` in `module.a.kubectl_manifest.x["k"]`: the resource type of an address. */
export function resourceTypeOf(address: string): string {
  const parts = address.replace(/\[[^\]]*\]/g, "").split(".");
  let i = 0;
  while (parts[i] === "module" && i + 2 < parts.length) i += 2;
  if (parts[i] === "data") i++;
  return parts[i] ?? "";
}
