/**
 * A finding path (`spec.externalPorts[1]`, `metadata.labels.app.kubernetes.io/name`) as tokens.
 * Keys may themselves contain dots (label keys), so the path is not split on dots here: the
 * walker in node-position.ts matches keys against the rest of the path instead.
 */
export type PathToken = { readonly index: number } | { readonly rest: string };

/** The leading `[i]` of a path, or undefined when the path starts with a key. */
export function leadingIndex(path: string): { index: number; rest: string } | undefined {
  const match = /^\[(\d+)\]\.?/.exec(path);
  return match ? { index: Number(match[1]), rest: path.slice(match[0].length) } : undefined;
}

/** When `path` starts with `key` followed by the end, `.` or `[`, what follows it. */
export function afterKey(path: string, key: string): string | undefined {
  if (!path.startsWith(key)) return undefined;
  const next = path.charAt(key.length);
  if (next === "") return "";
  if (next === ".") return path.slice(key.length + 1);
  if (next === "[") return path.slice(key.length);
  return undefined;
}
