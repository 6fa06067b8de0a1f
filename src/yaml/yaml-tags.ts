import { isAlias, isCollection, isPair, isScalar, type Document, type Node } from "yaml";
import { formatPath } from "../core/validation/paths";

/** Tags that only restate what a plain value already is: `!!str 5` is the string "5". */
const PLAIN_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));

/** What a manifest may hold, for the finding. */
export const PLAIN_VALUES = "plain strings, numbers, booleans, null, lists and maps (no tag, or !!str, !!int, !!float, !!bool, !!null, !!map, !!seq)";

export interface TaggedNode {
  /** `!!binary`, `!foo`, `!!python/object:x.Y` as written (short form for the YAML 1.2 tags). */
  readonly tag: string;
  /** The field it sits at, `spec.storage` (empty for the document itself). */
  readonly path: string;
  readonly offset: number;
}

/**
 * Nodes of a document with a tag that is not a plain one. The yaml package turns `!!binary` into
 * bytes, `!!timestamp` into a Date, `!!set`/`!!omap` into a Set/Map and unknown tags into the
 * untagged value (with a warning): each would reach validation as an empty object or a changed
 * value. These are refused instead, at their field.
 */
export function taggedNodes(document: Document.Parsed): TaggedNode[] {
  const out: TaggedNode[] = [];
  const walk = (node: unknown, segments: (string | number)[]): void => {
    if (!node || isAlias(node)) return;
    const tag = (node as Node).tag;
    if (tag !== undefined && !PLAIN_TAGS.has(tag)) {
      out.push({ tag: shortTag(tag), path: formatPath(segments), offset: (node as Node).range?.[0] ?? 0 });
      return; // what is inside a refused value does not matter
    }
    if (!isCollection(node)) return;
    node.items.forEach((item, i) => {
      if (!isPair(item)) return walk(item, [...segments, i]);
      const key = item.key;
      if (key && !isAlias(key) && (key as Node).tag !== undefined && !PLAIN_TAGS.has((key as Node).tag as string)) {
        out.push({ tag: shortTag((key as Node).tag as string), path: formatPath(segments), offset: (key as Node).range?.[0] ?? 0 });
        return;
      }
      walk(item.value, [...segments, isScalar(key) ? String(key.value) : String(key)]);
    });
  };
  walk(document.contents, []);
  return out;
}

function shortTag(tag: string): string {
  return tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice("tag:yaml.org,2002:".length)}` : tag;
}
