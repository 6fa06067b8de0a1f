import { Document, stringify } from "yaml";
import type { KubernetesManifest } from "../core/render/render-manifest";

/**
 * Manifests as a multi-document YAML stream, for kubectl and GitOps: `---` between documents,
 * no line folding (a folded SSH key or URL is hard to read and to diff), multi-line strings
 * such as cloud-init as literal blocks. Same manifests, same bytes.
 */
export function stringifyManifests(manifests: readonly KubernetesManifest[]): string {
  return manifests.map((m) => stringifyManifest(m)).join("---\n");
}

export function stringifyManifest(manifest: KubernetesManifest): string {
  const document = new Document(manifest, { aliasDuplicateObjects: false });
  return document.toString({ lineWidth: 0, blockQuote: "literal" });
}

/** Any plain value as YAML with the same settings (for tools that print data). */
export function stringifyYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, blockQuote: "literal", aliasDuplicateObjects: false });
}
