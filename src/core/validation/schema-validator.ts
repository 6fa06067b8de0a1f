import type { ErrorObject, ValidateFunction } from "ajv";
import { closestMatch } from "../suggest/did-you-mean";
import { KINDS, KindName } from "../schema/kinds";
import { nodeAt, SchemaNode } from "../schema/schema-node";
import type { FindingSink } from "./finding-sink";
import * as precompiled from "./generated/spec-validators";
import { LEGACY_FIELDS } from "./legacy-fields";
import { describeValue } from "./describe-value";
import { pointerSegments, show } from "./paths";

/**
 * The ajv validator of a kind's spec. Precompiled from the JSON Schema by `npm run generate`
 * (ajv standalone code, generated/spec-validators.ts; a test fails when it is stale), so that
 * no validator is compiled, and no ajv compiler loaded, at run time.
 */
export function specValidator(kind: KindName): ValidateFunction {
  return (precompiled as unknown as Record<KindName, ValidateFunction>)[kind];
}

/**
 * Structural validation (types, unknown fields, enums, ranges, required fields) with ajv; the
 * errors become findings that say what is wrong, what is allowed and what was probably meant.
 * Formats (quantities, names, keys, URLs) are checked by the semantic checks, which say more.
 */
export function validateSpecStructure(kind: KindName, spec: unknown, sink: FindingSink): void {
  const validate = specValidator(kind);
  if (validate(spec)) return;
  const root = KINDS[kind].spec;
  const seen = new Set<string>();
  const typos = typoedRequiredFields(validate.errors ?? [], root);
  for (const error of validate.errors ?? []) {
    // "missing url" next to "unknown field uri (did you mean url?)" says the same thing twice.
    if (error.keyword === "required" && typos.has(`${error.instancePath}/${String(error.params.missingProperty)}`)) continue;
    const segments = pointerSegments(error.instancePath, (soFar) => nodeAt(root, soFar)?.type === "list");
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    translate(kind, error, ["spec", ...segments], nodeAt(root, segments), sink);
  }
}

function translate(kind: KindName, error: ErrorObject, path: (string | number)[], node: SchemaNode | undefined, sink: FindingSink): void {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties":
      return unknownField(kind, String(params.additionalProperty), path, node, sink);
    case "required":
      return sink.error([...path, String(params.missingProperty)], `missing required field "${String(params.missingProperty)}"`, { code: "required" });
    case "type":
      return sink.error(path, `expected ${expectedType(node)}, got ${describeValue(error.data)}`, { code: "type" });
    case "enum": {
      // null is in the enum of optional fields (it means unset), not a value to suggest.
      // A list or an object got its "expected a string" from the type check: one finding is enough.
      if (typeof error.data === "object" && error.data !== null) return;
      const allowed = ((params.allowedValues as unknown[]) ?? []).filter((v): v is string => typeof v === "string");
      const suggestion = typeof error.data === "string" ? closestMatch(error.data, allowed) : undefined;
      return sink.error(path, `${show(error.data)} is not allowed`, { code: "enum", allowed: allowed.join(", "), ...(suggestion && { suggestion }) });
    }
    case "minimum":
    case "maximum":
      return sink.error(path, `${show(error.data)} is out of range`, { code: "range", allowed: rangeOf(node) });
    case "uniqueItems": {
      const [first, again] = [Number(params.i), Number(params.j)].sort((a, b) => a - b);
      return sink.error([...path, again], `duplicate of item ${first} (${show(valueAt(error.data, again))})`, {
        code: "duplicate",
        allowed: "each value once",
      });
    }
    case "maxProperties": {
      const keys = error.data && typeof error.data === "object" ? Object.keys(error.data) : [];
      return sink.error(path, `a disk has at most one source, found ${keys.join(" and ")}`, {
        code: "one-source",
        allowed: "one of http, image, upload, disk, or none for an empty disk",
      });
    }
    case "minLength":
      return sink.error(path, "must not be empty", { code: "empty" });
    case "pattern":
      return; // every pattern belongs to a format that the semantic checks explain better
    default:
      return sink.error(path, error.message ?? "is invalid", { code: error.keyword });
  }
}

/** `parentPointer/field` of each missing required field that an unknown field is a typo of. */
function typoedRequiredFields(errors: readonly ErrorObject[], root: SchemaNode): Set<string> {
  const out = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== "additionalProperties") continue;
    const node = nodeAt(root, pointerSegments(error.instancePath, (soFar) => nodeAt(root, soFar)?.type === "list"));
    const known = node?.type === "object" ? node.fields.map((f) => f.name) : [];
    const meant = closestMatch(String(error.params.additionalProperty), known);
    if (meant) out.add(`${error.instancePath}/${meant}`);
  }
  return out;
}

function unknownField(kind: KindName, field: string, path: (string | number)[], node: SchemaNode | undefined, sink: FindingSink): void {
  const known = node?.type === "object" ? node.fields.map((f) => f.name) : [];
  // Own keys only: "__proto__" or "constructor" must not find Object.prototype's members.
  const legacy = path.length === 1 && Object.hasOwn(LEGACY_FIELDS[kind], field) ? LEGACY_FIELDS[kind][field] : undefined;
  const suggestion = legacy ? legacy.suggestion : closestMatch(field, known);
  const why = legacy ? legacy.hint : "the platform silently ignores unknown fields";
  sink.error([...path, field], `unknown field "${field}": ${why}`, {
    code: "unknown-field",
    allowed: known.join(", "),
    ...(suggestion && { suggestion }),
  });
}

function expectedType(node: SchemaNode | undefined): string {
  switch (node?.type) {
    case "boolean":
      return "true or false";
    case "integer":
      return "an integer";
    case "string":
    case "enum":
      return "a string";
    case "quantity":
      return 'a quantity such as "20Gi"';
    case "list":
      return "a list";
    case "object":
      return node.shorthand ? `a ${node.shorthand} or an object` : "an object";
    case "map":
      return "a map of strings";
    default:
      return "a string";
  }
}

function rangeOf(node: SchemaNode | undefined): string | undefined {
  return node?.type === "integer" ? `${node.minimum ?? "-∞"} to ${node.maximum ?? "∞"}` : undefined;
}

function valueAt(list: unknown, index: number): unknown {
  return Array.isArray(list) ? list[index] : undefined;
}
