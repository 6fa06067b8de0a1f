import type { SourceLocation } from "../findings/finding";
import type { KindName } from "../schema/kinds";

export interface ResourceMetadata {
  readonly name: string;
  readonly namespace?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

/**
 * One VMInstance or VMDisk as the user wrote it (YAML document or construct props), before
 * validation: the spec is whatever was given, seed shorthands included.
 */
export interface ResourceDefinition {
  readonly apiVersion?: string;
  readonly kind: KindName;
  readonly metadata: ResourceMetadata;
  readonly spec: Readonly<Record<string, unknown>>;
  /** The file (and line) it was read from, for findings. */
  readonly source?: SourceLocation;
}

/** The identity Terraform addresses and the platform both key on. */
export function definitionKey(def: Pick<ResourceDefinition, "kind" | "metadata">): string {
  // Definitions come from files: anything but a string (an object without toString, say) must not throw here.
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  return `${text(def.kind)}/${text(def.metadata?.namespace)}/${text(def.metadata?.name)}`;
}
