import type { Field, SchemaNode } from "../../core/schema/schema-node";
import { alignAssignments, hclLiteral, hclString, snakeCase } from "./hcl-format";
import { hclDefault } from "./kind-inputs";

/**
 * Strict inputs. Terraform drops the unknown attributes of an object-typed variable without a
 * word (`instance_typ`, `storageClass` vanish), so spec inputs are typed `any` and checked here
 * against the schema: every attribute must be known (else the closest known name is named) and
 * of its type (the conversions Terraform's own types allow: "2" is a number, 2 a string). The
 * module then reads the input through `normalised`, which gives it the shape the old
 * `object({ optional(...) })` type gave: every attribute present, defaults filled in.
 *
 * Closest names: HCL has no edit distance, so each object's names are looked up in forms
 * precomputed here: lower case with `_`, `-` and spaces removed (camelCase and snake_case alike),
 * and those forms with one character deleted (SymSpell): an unknown name one edit away from a
 * known one (a letter missing, extra, wrong or two swapped) finds it.
 */

/** A set of object attributes to check, with a key naming its lookup tables in `local.input_names`. */
export interface InputObject {
  readonly id: string;
  readonly fields: readonly Field[];
}

const fold = (name: string): string => name.toLowerCase().replace(/[-_ ]/g, "");

/** The lookup tables of one object: folded form → name, and forms with one deletion → name. */
export function nameTables(fields: readonly Field[]): { forms: Record<string, string>; deletions: Record<string, string> } {
  const forms: Record<string, string> = {};
  const deletions: Record<string, string> = {};
  for (const f of fields) forms[fold(snakeCase(f.name))] ??= snakeCase(f.name);
  for (const f of fields) {
    const form = fold(snakeCase(f.name));
    for (let i = 0; i < form.length; i++) deletions[form.slice(0, i) + form.slice(i + 1)] ??= snakeCase(f.name);
  }
  return { forms, deletions };
}

/** Every object node under `fields` (the root included), with the id its tables are kept under. */
export function inputObjects(root: InputObject): InputObject[] {
  const out: InputObject[] = [root];
  const walk = (fields: readonly Field[], id: string) => {
    for (const f of fields) {
      const object = objectOf(f.node);
      if (object && object.fields.length > 0) {
        const child = `${id}.${snakeCase(f.name)}`;
        out.push({ id: child, fields: object.fields });
        walk(object.fields, child);
      }
    }
  };
  walk(root.fields, root.id);
  return out;
}

/** `locals { input_names = { ... } }`: the names and lookup tables of every object checked. */
export function inputNamesLocal(roots: readonly InputObject[]): string[] {
  const lines = ["  # Attribute names of each object input, and the forms that find the closest one (strict-inputs.ts).", "  input_names = {"];
  for (const o of roots.flatMap(inputObjects)) {
    const { forms, deletions } = nameTables(o.fields);
    const map = (m: Record<string, string>) => `{ ${Object.entries(m).map(([k, v]) => `${hclString(k)} = ${hclString(v)}`).join(", ")} }`;
    lines.push(`    ${hclString(o.id)} = {`, `      forms     = ${map(forms)}`, `      deletions = ${map(deletions)}`, "    }");
  }
  lines.push("  }");
  return lines;
}

function objectOf(node: SchemaNode): Extract<SchemaNode, { type: "object" }> | undefined {
  if (node.type === "object") return node;
  if (node.type === "list") return objectOf(node.items);
  return undefined;
}

const TYPE_WORDS: Record<SchemaNode["type"], string> = {
  boolean: "a bool (true or false)",
  integer: "a number",
  string: "a string",
  enum: "a string",
  quantity: "a string (a quantity such as 20Gi)",
  list: "a list",
  object: "an object of attributes",
  map: "a map of strings",
};

/** HCL: true when `e` (not null) converts to the node's type as Terraform's type constraint would. */
function isType(node: SchemaNode, e: string): string {
  switch (node.type) {
    case "boolean":
      return `can(tobool(${e}))`;
    case "integer":
      return `can(tonumber(${e}))`;
    case "string":
    case "enum":
    case "quantity":
      return `can(tostring(${e}))`;
    case "map":
      return `can(keys(${e})) && can({ for k, v in ${e} : k => tostring(v) })`;
    case "list":
      return `!can(keys(${e})) && can([for v in ${e} : v])`;
    case "object":
      return `can(keys(${e}))`;
  }
}

/** Loop variable names do not clash at any depth. */
const loopVar = (depth: number) => `v${depth}`;

/**
 * HCL list of problem lines ("Invalid <path>: ...") for value `e` of `node`; `e` must evaluate
 * (wrap attribute reads in try()). `path` is template text; `nullOk`: null is unset, no problem.
 * Written with `for ... if` filters, not conditionals: HCL evaluates both results of `a ? b : c`,
 * and a filter skips the body, so a valid input builds no message text.
 */
export function valueProblems(node: SchemaNode, e: string, path: string, id: string, depth: number, nullOk = true): string {
  const b = `b${depth}`;
  const wrong = `[for ${b} in [${e}] : "Invalid ${path}: must be ${TYPE_WORDS[node.type]}." if ${b} == null ? ${!nullOk} : !(${isType(node, b)})]`;
  if (node.type !== "list" && node.type !== "object") return wrong;
  return `concat(${wrong}, flatten([for ${b} in [${e}] : ${nestedProblems(node, b, path, id, depth)} if ${b} != null && ${isType(node, b)}]))`;
}

function nestedProblems(node: SchemaNode, e: string, path: string, id: string, depth: number): string {
  if (node.type === "list") {
    const [i, x] = [`i${depth}`, loopVar(depth)];
    return `flatten([for ${i}, ${x} in ${e} : ${valueProblems(node.items, x, `${path}[\${${i}}]`, id, depth + 1, false)}])`;
  }
  if (node.type === "object") return objectProblems(node.fields, e, path, id, depth);
  return "[]";
}

/** Problems of an object value `e` (known to be an object): unknown attributes, then each attribute's. */
export function objectProblems(fields: readonly Field[], e: string, path: string, id: string, depth: number): string {
  if (fields.length === 0) return unknownProblems([], e, path, id, depth);
  const parts = [unknownProblems(fields, e, path, id, depth)];
  for (const f of fields) {
    const attr = snakeCase(f.name);
    const object = objectOf(f.node);
    parts.push(valueProblems(f.node, `try(${e}.${attr}, null)`, `${path}.${attr}`, object ? `${id}.${attr}` : id, depth));
  }
  return `concat(${parts.join(", ")})`;
}

/** Unknown attributes of `e`, each with the closest known name when one is an edit away, and the allowed names. */
function unknownProblems(fields: readonly Field[], e: string, path: string, id: string, depth: number): string {
  const names = fields.map((f) => snakeCase(f.name));
  const [k, n, s] = [`k${depth}`, `n${depth}`, `s${depth}`];
  const tables = `local.input_names[${hclString(id)}]`;
  const del = `"\${substr(${n}, 0, j)}\${substr(${n}, j + 1, -1)}"`;
  const suggestion = names.length === 0
    ? '""'
    : `try(compact(concat([lookup(${tables}.forms, ${n}, "")], [lookup(${tables}.deletions, ${n}, "")], [for j in range(length(${n})) : lookup(${tables}.forms, ${del}, "")], [for j in range(length(${n})) : lookup(${tables}.deletions, ${del}, "")]))[0], "")`;
  const allowed = names.length === 0 ? "it takes no attributes" : `allowed: ${names.join(", ")}`;
  const didYouMean = `\${${s} == "" ? "" : " (did you mean \\"\${${s}}\\"?)"}`;
  const message = `"Invalid ${path}: unknown attribute \\"\${${k}}\\"${didYouMean}; ${allowed}."`;
  const known = `[${names.map((x) => hclString(x)).join(", ")}]`;
  return `[for ${k} in keys(${e}) : [for ${n} in [lower(replace(${k}, "/[-_ ]/", ""))] : [for ${s} in [${suggestion}] : ${message}][0]][0] if !contains(${known}, ${k})]`;
}

/**
 * HCL of value `e` (any; may be absent: wrap reads in try()) in the shape the typed variable
 * gave: objects with every attribute, `fallback` (an HCL literal) when null, absent or of the
 * wrong type (the type check reports that), scalars converted as Terraform converts them.
 */
export function normalised(node: SchemaNode, e: string, fallback: string, depth: number): string {
  const orElse = (converted: string) => `try(${e}, null) == null ? ${fallback} : try(${converted}, ${fallback})`;
  switch (node.type) {
    case "boolean":
      return orElse(`tobool(${e})`);
    case "integer":
      return orElse(`tonumber(${e})`);
    case "string":
    case "enum":
    case "quantity":
      return orElse(`tostring(${e})`);
    case "map":
      return orElse(`{ for k, v in ${e} : k => tostring(v) }`);
    case "list": {
      const x = loopVar(depth);
      return orElse(`[for ${x} in ${e} : ${normalised(node.items, x, "null", depth + 1)}]`);
    }
    case "object": {
      if (node.fields.length === 0) return `try(${e}, null) == null ? ${fallback} : {}`;
      const obj = normalisedObject(node.fields, e, false, depth);
      // A default of {} is the object with every attribute unset, as optional(object, {}) gives.
      return fallback === "{}" ? obj : `try(${e}, null) == null ? ${fallback} : ${obj}`;
    }
  }
}

/** `{ a = ..., b = ... }` from object `e`; `topLevel`: attributes carry the schema defaults. */
export function normalisedObject(fields: readonly Field[], e: string, topLevel: boolean, depth: number): string {
  const members = fields.map((f) => {
    const fallback = topLevel ? hclDefault(f) : undefined;
    return `${snakeCase(f.name)} = ${normalised(f.node, `${e}.${snakeCase(f.name)}`, hclLiteral(fallback ?? null), depth)}`;
  });
  return `{ ${members.join(", ")} }`;
}

/** `locals` lines that hold the names tables (and any extra lines), formatted. */
export function inputsLocals(roots: readonly InputObject[], extra: readonly string[] = []): string {
  return alignAssignments(["locals {", ...inputNamesLocal(roots), ...extra, "}", ""].join("\n"));
}
