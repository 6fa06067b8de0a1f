import { closestMatch } from "../core/suggest/did-you-mean";

/**
 * The option a misspelt one most likely meant: the closest by edit distance (`--fromat` -> `--format`), or else
 * the one it starts with (`--enviroment` -> `--env`, `--namespaces` -> `--namespace`).
 */
export function suggestOption(name: string, known: readonly string[]): string | undefined {
  const close = closestMatch(name, known);
  if (close !== undefined) return close;
  const lower = name.toLowerCase();
  const prefixes = known.filter((k) => k.length >= 3 && lower.startsWith(k.toLowerCase()));
  return prefixes.sort((a, b) => b.length - a.length)[0];
}
