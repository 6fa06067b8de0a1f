import { parse as parseYaml, type Tags } from "yaml";
import type { JsonObject } from "../model";
import { fieldChanges } from "../field-diff";

/** A kubectl_manifest yaml_body read, or why it cannot be: never the text itself (it holds cloud-init). */
export type YamlBodyRead = { readonly manifest: JsonObject; readonly problem?: undefined } | { readonly manifest?: undefined; readonly problem: string };

// The kubectl provider reads yaml_body with Go's YAML 1.1 parser (yes/no/on/off are booleans, 0755 is octal); this
// diff with YAML 1.2. A body both read alike is what the provider applies; one they read differently cannot be
// checked. Timestamps stay strings in 1.1 too: Go decodes them into strings when the target is untyped JSON.
const YAML_11 = { version: "1.1", customTags: (tags: Tags) => tags.filter((t) => typeof t === "string" || t.tag !== "tag:yaml.org,2002:timestamp") } as const;

let last: { text: string; read: YamlBodyRead } | undefined;

/** One YAML mapping of plain JSON data, read the same under YAML 1.1 and 1.2, else a problem for messages. */
export function readYamlBody(text: string): YamlBodyRead {
  if (last?.text === text) return last.read;
  const read = readOnce(text);
  last = { text, read };
  return read;
}

function readOnce(text: string): YamlBodyRead {
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    return { problem: `yaml_body is not valid YAML (${yamlErrorOf(error)})` };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { problem: "yaml_body is not one YAML mapping (a Kubernetes object)" };
  const odd = nonJsonPath(value, "");
  if (odd !== undefined) return { problem: `yaml_body holds a value that is not plain data at ${odd || "its root"} (a tag such as !!binary, !!set or a custom tag)` };
  let v11: unknown;
  try {
    v11 = parseYaml(text, YAML_11 as never);
  } catch (error) {
    return { problem: `yaml_body is not valid YAML 1.1, which the kubectl provider reads (${yamlErrorOf(error)})` };
  }
  const differ = fieldChanges(value, v11)[0];
  if (differ) {
    return { problem: `yaml_body reads differently in YAML 1.1 (the kubectl provider) and YAML 1.2 at ${differ.path || "its root"} (yes/no, on/off, octal numbers, merge keys): quote the value` };
  }
  return { manifest: value as JsonObject };
}

/** `DUPLICATE_KEY at line 3`: the parser's code and position, never its message (it quotes the input). */
function yamlErrorOf(error: unknown): string {
  const e = error as { code?: unknown; linePos?: { line: number }[] };
  const code = typeof e.code === "string" ? e.code.toLowerCase().replace(/_/g, " ") : "syntax error";
  const line = e.linePos?.[0]?.line;
  return line !== undefined ? `${code} at line ${line}` : code;
}

/** The path of the first value that JSON cannot hold (a Buffer, a Map, a Set, a Date, a non-finite number). */
function nonJsonPath(value: unknown, path: string): string | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nonJsonPath(value[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, member] of Object.entries(value)) {
      const found = nonJsonPath(member, path ? `${path}.${key}` : key);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  return path;
}
