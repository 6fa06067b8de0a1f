import { isAlias, isCollection, isPair, type Document, type Node } from "yaml";

/**
 * The first alias of a document without an anchor before it, worded: the yaml package says
 * "Unresolved alias" or, in a merge (`<<: *defaults`), "Merge sources must be maps", neither of
 * which says that anchors are per document. Undefined when every alias resolves.
 */
export function unresolvedAlias(document: Document.Parsed, all: readonly Document.Parsed[]): { message: string; offset: number } | undefined {
  const before = new Set<string>();
  let found: { name: string; offset: number } | undefined;
  eachNode(document.contents, (node) => {
    if (found) return;
    if (isAlias(node)) {
      if (!before.has(node.source)) found = { name: node.source, offset: node.range?.[0] ?? 0 };
      return;
    }
    if (node.anchor) before.add(node.anchor);
  });
  if (!found) return undefined;
  const { offset } = found;
  const later = anchorsOf(document).has(found.name);
  const elsewhere = !later && all.some((other) => other !== document && anchorsOf(other).has(found!.name));
  // The alias is named by its position only: its name is input text, which may be anything (even a secret).
  const message = later
    ? `this alias is used before its anchor: define the anchor (&name) before the alias (*name)`
    : elsewhere
      ? `this alias refers to an anchor of another document: an anchor is visible only in its own document and "---" starts a new one; repeat the values in this document`
      : `this alias has no anchor of its name in this document`;
  return { message, offset };
}

function anchorsOf(document: Document.Parsed): Set<string> {
  const out = new Set<string>();
  eachNode(document.contents, (node) => {
    if (!isAlias(node) && node.anchor) out.add(node.anchor);
  });
  return out;
}

/** Every node in document order (keys before their values). */
function eachNode(node: unknown, visit: (node: Node) => void): void {
  if (!node || typeof node !== "object") return;
  if (isPair(node)) {
    eachNode(node.key, visit);
    eachNode(node.value, visit);
    return;
  }
  visit(node as Node);
  if (isCollection(node)) for (const item of node.items) eachNode(item, visit);
}
