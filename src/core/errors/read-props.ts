import { describeValue } from "../validation/describe-value";
import { HikubeError } from "./hikube-error";
import { isPlain } from "./value-problem";

const MAX_DEPTH = 200;

/**
 * The props a construct was given, as a snapshot every later step can read safely: plain objects
 * and arrays are copied with each property read once, so a getter that throws, a Proxy, a cycle or
 * absurd nesting is one HikubeError naming the construct and the field (`VmDisk "data":
 * props.storage throws when read`), not a TypeError or a stack overflow deep in synthesis. Other
 * objects (a Size, a Terraform token, a provider) are kept as they are.
 */
export function readProps<T>(construct: string, props: T): T {
  if (props === null || typeof props !== "object" || Array.isArray(props)) {
    throw new HikubeError(`${construct}: props must be an object (with at least a name), got ${describeValue(props)}`, { construct, field: "props" });
  }
  const open = new Set<object>();
  const fail = (field: string, problem: string, cause?: unknown): never => {
    throw new HikubeError(`${construct}: ${field} ${problem}`, { construct, field, ...(cause !== undefined && { cause }) });
  };
  const copy = (value: unknown, at: string, depth: number): unknown => {
    if (value === null || typeof value !== "object") return value;
    let keys: string[];
    try {
      if (!isPlain(value)) return value;
      keys = Object.keys(value);
    } catch (error) {
      return fail(at, `cannot be read (${messageOf(error)})`, error);
    }
    if (open.has(value)) fail(at, "refers back to an object that contains it (a cycle); give plain data");
    if (depth > MAX_DEPTH) fail(at, `is nested more than ${MAX_DEPTH} levels deep`);
    open.add(value);
    const array = Array.isArray(value);
    const out: Record<string, unknown> | unknown[] = array ? [] : {};
    for (const key of keys) {
      const field = array && /^\d+$/.test(key) ? `${at}[${key}]` : `${at}.${key}`;
      let member: unknown;
      try {
        member = (value as Record<string, unknown>)[key];
      } catch (error) {
        fail(field, `throws when read (${messageOf(error)})`, error);
      }
      // defineProperty: a "__proto__" key stays a key (and is then reported as unknown).
      Object.defineProperty(out, key, { value: copy(member, field, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    open.delete(value);
    return out;
  };
  return copy(props, "props", 0) as T;
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : describeValue(error);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
