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
  /** The file's text (after any BOM), to look inside block scalars. */
  readonly text: string;
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
export function locatePath(origin: ManifestDocument, path: string, atKey = false, within?: { line: number; column: number }): SourceLocation {
  const { offset, exact } = findNode(origin.document, origin.node, path, atKey);
  const { line, col } = origin.lines.linePos(offset);
  const inside = within && exact ? insideLiteralBlock(origin, offset, line, within) : undefined;
  return { file: origin.file, ...(inside ?? { line, column: col }) };
}

/**
 * A position inside a literal block scalar (`cloudInit: |`), as a file position: the text's
 * line N is the Nth line after the `|` header, indented by the block's indentation. Folded (`>`)
 * and quoted strings do not keep lines, so they stay located at the field.
 */
function insideLiteralBlock(origin: ManifestDocument, offset: number, headerLine: number, within: { line: number; column: number }): { line: number; column: number } | undefined {
  const header = /^\|[+-]?(?=\s|$)/.exec(origin.text.slice(offset, offset + 3));
  if (!header) return undefined;
  const starts = origin.lines.lineStarts;
  const lineText = (n: number) => origin.text.slice(starts[n - 1] ?? origin.text.length, starts[n] ?? origin.text.length).replace(/\r?\n$/, "");
  // The block's indentation is that of its first non-empty line.
  let indent: number | undefined;
  for (let n = headerLine + 1; n <= starts.length && indent === undefined; n++) {
    const text = lineText(n);
    if (text.trim() !== "") indent = text.length - text.trimStart().length;
  }
  if (indent === undefined) return undefined;
  const line = headerLine + within.line;
  // An error at the very end of the text would land on the next key: keep such a one at the field.
  const target = line <= starts.length ? lineText(line) : undefined;
  const inBlock = target !== undefined && (target.trim() === "" || target.length - target.trimStart().length >= indent);
  return inBlock ? { line, column: indent + within.column } : undefined;
}
