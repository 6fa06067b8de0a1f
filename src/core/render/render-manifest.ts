import type { ResourceDefinition } from "../definition/resource-definition";
import { API_VERSION, KindName } from "../schema/kinds";
import { renderSpec } from "./render-spec";

/** A Kubernetes object as the platform receives it (and as `kubernetes_manifest` sends it). */
export interface KubernetesManifest {
  readonly apiVersion: string;
  readonly kind: KindName;
  readonly metadata: {
    readonly name: string;
    readonly namespace?: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
  };
  readonly spec: Readonly<Record<string, unknown>>;
}

export interface RenderOptions {
  /** Namespace for a definition that names none. */
  readonly defaultNamespace?: string;
}

/** The manifest of one validated definition, with a deterministic key order. */
export function renderManifest(def: ResourceDefinition, options: RenderOptions = {}): KubernetesManifest {
  const { name, labels, annotations } = def.metadata;
  const namespace = def.metadata.namespace ?? options.defaultNamespace;
  return {
    apiVersion: API_VERSION,
    kind: def.kind,
    metadata: {
      name,
      ...(namespace !== undefined && { namespace }),
      ...(labels && Object.keys(labels).length > 0 && { labels: sortedRecord(labels) }),
      ...(annotations && Object.keys(annotations).length > 0 && { annotations: sortedRecord(annotations) }),
    },
    spec: renderSpec(def.kind, def.spec ?? {}),
  };
}

function sortedRecord(record: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
