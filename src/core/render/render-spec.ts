import { formatQuantity, isPositive, parseQuantity } from "../quantity";
import { KINDS, KindName } from "../schema/kinds";
import { Field, SchemaNode } from "../schema/schema-node";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * The spec as the platform should receive it: every field explicit (defaults filled in, so a
 * plan shows real values and nothing drifts), seed shorthands expanded (`disks` as objects,
 * `running` as `runStrategy`), quantities canonical, keys in schema order. Expects a validated
 * spec; on anything else it keeps the value as given rather than throw.
 */
export function renderSpec(kind: KindName, spec: Readonly<Record<string, unknown>>): Record<string, Json> {
  const input = { ...spec };
  // null is unset (the API server prunes it), so `running` still decides.
  if (kind === "VMInstance" && (input.runStrategy === undefined || input.runStrategy === null) && typeof input.running === "boolean") {
    input.runStrategy = input.running ? "Always" : "Halted";
  }
  return renderFields(KINDS[kind].spec.fields, input, true);
}

function renderFields(fields: readonly Field[], value: Readonly<Record<string, unknown>>, withDefaults: boolean): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const field of fields) {
    if (field.inputOnly) continue;
    const given = value[field.name];
    if (given !== undefined && given !== null) out[field.name] = renderNode(field.node, given);
    else if (withDefaults && field.default !== undefined) out[field.name] = cloneJson(field.default as Json);
  }
  return out;
}

/** A copy of a default (plain JSON: mostly "", false, [] or {}), far cheaper than structuredClone. */
function cloneJson(value: Json): Json {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(cloneJson);
  const out: { [key: string]: Json } = {};
  for (const key of Object.keys(value)) out[key] = cloneJson(value[key]);
  return out;
}

function renderNode(node: SchemaNode, value: unknown): Json {
  switch (node.type) {
    case "quantity":
      return canonicalOrAsGiven(value);
    case "list":
      return Array.isArray(value) ? value.map((item) => renderNode(node.items, item)) : (value as Json);
    case "object":
      if (typeof value === "string" && node.shorthand) return { [node.shorthand]: value };
      if (!value || typeof value !== "object" || Array.isArray(value)) return value as Json;
      // Nested objects carry no defaults of their own: only what was given.
      return renderFields(node.fields, value as Record<string, unknown>, false);
    case "string":
      return typeof value === "string" && node.format === "ssh-public-key" ? value.trim() : (value as Json);
    default:
      return value as Json;
  }
}

function canonicalOrAsGiven(value: unknown): Json {
  if (typeof value !== "string" && typeof value !== "number") return value as Json;
  const parsed = parseQuantity(value);
  // Only valid (positive) quantities are rewritten; anything else, a cdktf number token
  // included, goes through untouched.
  return parsed.ok && isPositive(parsed.quantity) ? formatQuantity(parsed.quantity) : (value as Json);
}
