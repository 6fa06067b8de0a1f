import { CST, Lexer, Parser } from "yaml";

/**
 * The deepest nesting of collections a #cloud-config may have. Real configurations nest a few
 * levels; the yaml package composes documents recursively, and a document nested hundreds of
 * levels deep exhausts the stack, which can take down the whole process (V8 aborts when it
 * must compile a regular expression with no stack left), so such a document is refused before
 * it is composed.
 */
export const MAX_CLOUD_CONFIG_DEPTH = 64;

/** Where a document first nests deeper than `limit`, or undefined when it never does. */
export function tooDeepAt(text: string, limit = MAX_CLOUD_CONFIG_DEPTH): number | undefined {
  // Cheap bounds first (the common case pays a single scan of the text): flow nesting needs an
  // opening bracket per level; block nesting needs, per level, one more column of indentation
  // or of compact indicators ("- ", "? ") at the start of a line. Nesting cannot cross a
  // document marker (--- or ... at column 0 ends any scalar or collection), so the counts are
  // per document: a file of a thousand documents, each with a [22, 443], is not suspect.
  let bound = 0;
  let brackets = 0;
  let prefix = 0;
  let lineStart = true;
  let width = 0;
  let indicators = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) brackets++;
    if (c === 0x0a) {
      lineStart = true;
      width = 0;
      indicators = 0;
      continue;
    }
    if (lineStart) {
      if (width === 0 && isDocumentMarker(text, i)) {
        bound = Math.max(bound, brackets + prefix);
        brackets = 0;
        prefix = 0;
      }
      const spaced = i + 1 >= text.length || text.charCodeAt(i + 1) === 0x20;
      const indicator = (c === 0x2d || c === 0x3f) && spaced;
      if (c === 0x20 || indicator || (c === 0x3a && spaced)) {
        width++;
        if (width > prefix) prefix = width;
        // "- - - x": each indicator at the start of a line opens one more level.
        if (indicator && ++indicators > limit) return i;
      } else lineStart = false;
    }
  }
  // Together they bound any mix of flow and block nesting.
  if (Math.max(bound, brackets + prefix) <= limit) return undefined;
  // Flow nesting first: the lexer stops at the first level too deep, where a syntax tree of
  // megabytes of brackets would take seconds to build. Then the exact depth, from the tree.
  return (brackets > limit ? flowTooDeepAt(text, limit) : undefined) ?? treeTooDeepAt(text, limit);
}

/** `---` or `...` at column 0, alone or followed by a space, a tab or a line break. */
function isDocumentMarker(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c !== 0x2d && c !== 0x2e) || text.charCodeAt(i + 1) !== c || text.charCodeAt(i + 2) !== c) return false;
  const next = text.charCodeAt(i + 3);
  return Number.isNaN(next) || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d;
}

const SYNTHETIC_TOKENS: ReadonlySet<string> = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

/** Flow collections ([ and { outside scalars), from the lexer: stops at the first level too deep. */
function flowTooDeepAt(text: string, limit: number): number | undefined {
  let depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === "[" || token === "{") {
      if (++depth > limit) return offset;
    } else if (token === "]" || token === "}") depth = Math.max(0, depth - 1);
    // The lexer also yields control tokens of its own, which are not in the text.
    if (!SYNTHETIC_TOKENS.has(token)) offset += token.length;
  }
  return undefined;
}

interface CstNode {
  readonly type?: string;
  readonly offset?: number;
  readonly items?: readonly { key?: CstNode | null; value?: CstNode | null }[];
  readonly value?: CstNode;
}

/** Any nesting, from the concrete syntax tree (built without recursion), walked with a stack. */
function treeTooDeepAt(text: string, limit: number): number | undefined {
  for (const token of new Parser().parse(text)) {
    const stack: [CstNode, number][] = [[token as CstNode, 0]];
    while (stack.length > 0) {
      const [node, depth] = stack.pop() as [CstNode, number];
      if (depth > limit) return node.offset ?? 0;
      if (node.type === "document" && node.value) stack.push([node.value, depth]);
      for (const item of node.items ?? []) {
        if (item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}
