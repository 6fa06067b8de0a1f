import { visit, type Document } from "yaml";

/**
 * The most aliases (`*name`) one YAML document may use. Real manifests and cloud-configs use a
 * handful; the yaml package resolves each alias by scanning the document's anchors and aliases
 * before it, so a document of 50,000 anchors each used once takes minutes to read (quadratic).
 * Under this cap that scan stays a constant factor.
 */
export const MAX_ALIASES = 1000;

/**
 * Whether a text may hold more than `limit` aliases: every alias starts with an asterisk, so a
 * text with no more than `limit` of them cannot (the common case: nothing more is looked at).
 */
export function mayHaveTooManyAliases(text: string, limit = MAX_ALIASES): boolean {
  let count = 0;
  for (let i = text.indexOf("*"); i !== -1; i = text.indexOf("*", i + 1)) if (++count > limit) return true;
  return false;
}

/** The start offset of the first alias past `limit` in a parsed document, or undefined. */
export function aliasPastLimitAt(document: Document.Parsed, limit = MAX_ALIASES): number | undefined {
  let seen = 0;
  let offset: number | undefined;
  visit(document, {
    Alias(_key, node) {
      if (++seen <= limit) return undefined;
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}
