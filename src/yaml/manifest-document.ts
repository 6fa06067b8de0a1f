import type { Document, LineCounter, Node } from "yaml";
import type { ResourceDefinition } from "../core/definition/resource-definition";
import type { SourceLocation } from "../core/findings/finding";
import { findNode } from "./node-position";

/** One Kubernetes object in a file: a YAML document, or an item of a `kind: List`. */
export interface ManifestDocument {
  readonly file: string;
  readonly document: Document.Parsed;
  /** The object's node: the document's root, or the List item. */
  readonly node: Node;
  readonly lines: LineCounter;
  /** The object as plain data (aliases and merge keys resolved). */
  readonly data: unknown;
}

/** A VMInstance or VMDisk read from a file, with where it came from. */
export interface LoadedResource {
  /** The definition, with `source` at the start of its document. */
  readonly definition: ResourceDefinition;
  readonly origin: ManifestDocument;
}

/** Position of a finding path (`spec.externalPorts[1]`) in a document, 1-based. */
export function locatePath(origin: ManifestDocument, path: string, atKey = false): SourceLocation {
  const { offset } = findNode(origin.document, origin.node, path, atKey);
  const { line, col } = origin.lines.linePos(offset);
  return { file: origin.file, line, column: col };
}
