import type { Finding, SourceLocation } from "../core/findings/finding";
import { locatePath, type LoadedResource } from "./manifest-document";

/**
 * Gives each finding of validation or policies the file, line and column of its path, e.g.
 * `spec.externalPorts[1]` -> `web.yaml:14:9`. A finding is matched to its resource by the
 * source the resource was read with (its document's position), else by kind, namespace and
 * name; findings of resources that were not read from a file are returned as they are.
 */
export function locateFindings(findings: readonly Finding[], resources: readonly LoadedResource[]): Finding[] {
  const bySource = new Map<string, LoadedResource>();
  const byName = new Map<string, LoadedResource>();
  for (const resource of resources) {
    const { definition } = resource;
    if (definition.source) bySource.set(sourceKey(definition.source), resource);
    const key = nameKey(definition.kind, definition.metadata?.namespace, definition.metadata?.name);
    if (!byName.has(key)) byName.set(key, resource);
  }
  return findings.map((finding) => {
    const resource =
      (finding.source && bySource.get(sourceKey(finding.source))) ?? byName.get(nameKey(finding.kind, finding.namespace, finding.name));
    if (!resource) return finding;
    return { ...finding, source: locatePath(resource.origin, finding.path, finding.code === "unknown-field", finding.within) };
  });
}

function sourceKey(source: SourceLocation): string {
  return `${source.file}\u0000${source.line ?? ""}\u0000${source.column ?? ""}`;
}

function nameKey(kind: string, namespace: unknown, name: unknown): string {
  return `${kind}\u0000${typeof namespace === "string" ? namespace : ""}\u0000${typeof name === "string" ? name : ""}`;
}
