import { toPlainValue } from "../core/definition/plain-value";
import type { ResourceDefinition } from "../core/definition/resource-definition";

/**
 * A definition as the library's constructs hold it (`HikubeResource.definition`): kind, the four metadata fields
 * (namespace defaulted as HikubeDefaults does), the spec as plain data; no apiVersion, no file position. Policies
 * evaluated on these give the report the constructs write, byte for byte.
 */
export function constructDefinition(def: ResourceDefinition, defaultNamespace?: string): ResourceDefinition {
  const { name, labels, annotations } = def.metadata;
  const namespace = def.metadata.namespace ?? defaultNamespace;
  return {
    kind: def.kind,
    metadata: {
      name,
      ...(namespace !== undefined && { namespace }),
      ...(labels && { labels }),
      ...(annotations && { annotations }),
    },
    spec: toPlainValue(def.spec ?? {}) as Record<string, unknown>,
  };
}
