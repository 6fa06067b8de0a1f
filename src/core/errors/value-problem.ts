import { describeValue } from "../validation/describe-value";

/** Deeper than any definition or props object; a deeper value is reported, not walked further. */
const MAX_DEPTH = 200;

/**
 * The first thing in a value that code cannot read safely, or undefined: a property whose getter
 * (or Proxy trap) throws, a cycle (an object inside itself), nesting deeper than any real input.
 * Only plain objects and arrays are walked; `path` names the value (`props`, `argument 1`).
 */
export function valueProblem(value: unknown, path: string): { field: string; problem: string } | undefined {
  const open = new Set<object>();
  const walk = (v: unknown, at: string, depth: number): { field: string; problem: string } | undefined => {
    if (v === null || typeof v !== "object") return undefined;
    if (open.has(v)) return { field: at, problem: "refers back to an object that contains it (a cycle); give plain data" };
    if (depth > MAX_DEPTH) return { field: at, problem: `is nested more than ${MAX_DEPTH} levels deep` };
    let keys: string[];
    try {
      if (!isPlain(v)) return undefined;
      keys = Object.keys(v);
    } catch (error) {
      return { field: at, problem: `cannot be read (${messageOf(error)})` };
    }
    open.add(v);
    try {
      for (const key of keys) {
        let member: unknown;
        const field = Array.isArray(v) && /^\d+$/.test(key) ? `${at}[${key}]` : `${at}.${key}`;
        try {
          member = (v as Record<string, unknown>)[key];
        } catch (error) {
          return { field, problem: `throws when read (${messageOf(error)})` };
        }
        const found = walk(member, field, depth + 1);
        if (found) return found;
      }
    } finally {
      open.delete(v);
    }
    return undefined;
  };
  return walk(value, path, 0);
}

/** Plain data: arrays and objects made by `{}` or `Object.create(null)` (a Size or a token is left alone). */
export function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : describeValue(error);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
