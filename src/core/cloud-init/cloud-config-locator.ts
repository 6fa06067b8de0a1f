import { LineCounter, isAlias, isMap, isNode, isScalar, isSeq, parseDocument, type Document } from "yaml";
import { cloudConfigYamlOptions } from "./cloud-config-yaml";
import type { ConfigPath, LineLocator } from "./config-path";
import { tooDeepAt } from "./nesting-depth";

/**
 * Maps config paths back to lines of the #cloud-config text, so findings on the parsed config
 * can point into the user's cloudInit string. Unknown paths give `undefined`.
 */
export function cloudConfigLocator(text: string): LineLocator {
  // Parsed on the first question only: callers make a locator for every cloud-init they check,
  // and most have nothing to locate.
  let parsed: { doc: Document.Parsed; lineCounter: LineCounter } | null | undefined;
  const parse = () => {
    // A document too deep to read safely has no lines to give (parseCloudInit reports it).
    if (tooDeepAt(text) !== undefined) return null;
    const lineCounter = new LineCounter();
    return { doc: parseDocument(text, cloudConfigYamlOptions(lineCounter)), lineCounter };
  };
  return (path) => {
    if (parsed === undefined) parsed = parse();
    if (parsed === null) return undefined;
    const offset = offsetOf(parsed.doc, path);
    return offset === undefined ? undefined : parsed.lineCounter.linePos(offset).line;
  };
}

/** Start offset of the key (for a mapping entry) or the item (for a list entry) the path ends on. */
function offsetOf(doc: Document.Parsed, path: ConfigPath): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    const step = stepInto(node, segment);
    if (!step) return undefined;
    [node, offset] = step;
  }
  return offset;
}

function stepInto(node: unknown, segment: string | number): [unknown, number | undefined] | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
    if (!pair) return undefined;
    return [pair.value, startOf(pair.key)];
  }
  if (isSeq(node) && typeof segment === "number") {
    const item: unknown = node.items[segment];
    return item === undefined ? undefined : [item, startOf(item)];
  }
  return undefined;
}

function startOf(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}
