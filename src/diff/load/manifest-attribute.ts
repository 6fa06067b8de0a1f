import { parse as parseYaml } from "yaml";
import type { JsonObject } from "../model";

/**
 * Resource types that hold one Kubernetes object, and how to read it from their attributes:
 * `kubernetes_manifest.manifest` (this library) and `kubectl_manifest.yaml_body` (Hikube's own
 * Terraform guide), so a migration from that guide is diffed like any other change.
 */
export type ManifestReader = (attributes: JsonObject) => JsonObject | undefined;

export const MANIFEST_READERS: Readonly<Record<string, ManifestReader>> = {
  kubernetes_manifest: (a) => asObject(a.manifest),
  kubectl_manifest: (a) => asObject(a.yaml_body_parsed !== undefined ? parseYamlSafe(a.yaml_body_parsed) : parseYamlSafe(a.yaml_body)),
};

/** Reads the manifest in attribute `name` (tests use it to read `terraform_data.input`). */
export function attributeReader(name: string): ManifestReader {
  return (a) => asObject(a[name]);
}

export function asObject(value: unknown): JsonObject | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

function parseYamlSafe(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return parseYaml(value);
  } catch {
    return undefined;
  }
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
