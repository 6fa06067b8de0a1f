import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from "yaml";
import { afterKey, leadingIndex } from "./path-segments";

/** Where a path points in a document: the start offset of the best node found for it. */
export interface NodeTarget {
  readonly offset: number;
  /** True when the whole path was found; false when it stops at the deepest existing parent. */
  readonly exact: boolean;
}

/**
 * Follows a finding path from `root` through the YAML AST (aliases and `<<` merge keys
 * included). An existing field points at its value when the value is on the key's line (a
 * scalar or a flow collection), else at its key, so `file:line` shows the key a user would
 * edit. A missing field (e.g. a required one) points at its deepest existing parent.
 */
export function findNode(document: Document.Parsed, root: Node, path: string, atKey = false): NodeTarget {
  let node: unknown = root;
  let offset = start(root) ?? 0;
  let rest = path;
  while (rest !== "") {
    node = resolve(document, node);
    const indexed = leadingIndex(rest);
    if (indexed && isSeq(node)) {
      const item = node.items[indexed.index];
      if (item === undefined) return { offset, exact: false };
      node = item;
      offset = start(item) ?? offset;
      rest = indexed.rest;
      continue;
    }
    if (!isMap(node)) return { offset, exact: false };
    const found = findPair(document, node.items, rest);
    if (!found) return { offset, exact: false };
    const { pair, after } = found;
    const keyOffset = start(pair.key) ?? offset;
    if (after === "") {
      const value = pair.value;
      const onKeyLine = value !== null && (isScalar(value) || isAlias(value) || (isCollection(value) && value.flow === true));
      return { offset: !atKey && onKeyLine ? (start(value) ?? keyOffset) : keyOffset, exact: true };
    }
    node = pair.value;
    offset = keyOffset;
    rest = after;
  }
  return { offset, exact: true };
}

/** The pair whose key is the longest prefix of `path` (keys may contain dots), merges included. */
function findPair(document: Document.Parsed, pairs: readonly unknown[], path: string): { pair: Pair; after: string } | undefined {
  let best: { pair: Pair; after: string; length: number } | undefined;
  const merged: unknown[] = [];
  for (const pair of pairs) {
    if (!isPair(pair)) continue;
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined) continue;
    if (key === "<<" && pair.value) merged.push(pair.value);
    const after = afterKey(path, key);
    if (after !== undefined && (!best || key.length > best.length)) best = { pair, after, length: key.length };
  }
  if (best) return best;
  // `<<: *base` or `<<: [*a, *b]`: the field comes from a merged mapping.
  for (const source of merged) {
    const resolved = resolve(document, source);
    const maps = isSeq(resolved) ? resolved.items.map((i) => resolve(document, i)) : [resolved];
    for (const map of maps) {
      if (!isMap(map)) continue;
      const found = findPair(document, map.items, path);
      if (found) return found;
    }
  }
  return undefined;
}

function resolve(document: Document.Parsed, node: unknown): unknown {
  return isAlias(node) ? (node.resolve(document) ?? node) : node;
}

function start(node: unknown): number | undefined {
  const range = (node as { range?: readonly number[] } | null | undefined)?.range;
  return range ? range[0] : undefined;
}
