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

/** A document's syntax tree: its node offsets are `base` less than the file's. */
export interface DocumentTree {
  readonly document: Document.Parsed;
  readonly node: Node;
  readonly base: number;
}

/**
 * A document the fast reader read: its syntax tree is built (from its own text) when first asked
 * for by `treeOf`, for a finding's position. Until then `node` only knows where the document's
 * contents start, which is all a resource's own position needs.
 */
export class LazyManifestDocument implements ManifestDocument {
  readonly node: Node;
  private built: DocumentTree | undefined;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly lines: LineCounter,
    readonly data: unknown,
    private readonly span: { readonly start: number; readonly from: number; readonly to: number },
    private readonly parse: (text: string) => Document.Parsed,
  ) {
    this.node = { range: [span.start, span.start, span.start] } as unknown as Node;
  }

  /** The tree of this document alone (its offsets start at the document: see `base`). */
  get document(): Document.Parsed {
    return this.tree().document;
  }

  tree(): DocumentTree {
    if (!this.built) {
      const { from, to, start } = this.span;
      const document = this.parse(this.text.slice(from, to));
      const node = document.contents;
      // The fast reader and the yaml package agree on where documents start (tests check it).
      if (!node || node.range?.[0] !== start - from) throw new Error(`${this.file}: the YAML document at offset ${start} did not parse as the fast reader read it`);
      this.built = { document, node, base: from };
    }
    return this.built;
  }
}

/** A document's syntax tree and its object's node, built now if it was read without them. */
export function treeOf(origin: ManifestDocument): DocumentTree {
  return origin instanceof LazyManifestDocument ? origin.tree() : { document: origin.document, node: origin.node, base: 0 };
}

/** A VMInstance or VMDisk read from a file, with where it came from. */
export interface LoadedResource {
  /** The definition, with `source` at the start of its document. */
  readonly definition: ResourceDefinition;
  readonly origin: ManifestDocument;
}

/** Position of a finding path (`spec.externalPorts[1]`) in a document, 1-based. */
export function locatePath(origin: ManifestDocument, path: string, atKey = false, within?: { line: number; column: number }): SourceLocation {
  const { document, node, base } = treeOf(origin);
  const found = findNode(document, node, path, atKey);
  const offset = found.offset + base;
  const { exact } = found;
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
