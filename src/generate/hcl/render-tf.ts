import { API_VERSION } from "../../core/schema/kinds";
import type { Field, SchemaNode } from "../../core/schema/schema-node";
import { alignAssignments, generatedHeader, snakeCase } from "./hcl-format";
import { DERIVED_DEFAULTS, hclDefault, KIND_INPUTS, KindInput } from "./kind-inputs";
import { jsTrim } from "./js-regex-hcl";
import { canonicalQuantityLocals } from "./quantity-hcl";
import { fastQuantityInputs } from "./fast-path";

/**
 * `render.tf` of modules/manifests: the manifests, as renderSpec/renderManifest build them:
 * camelCase API names, defaults explicit (from the variable types), unset optional fields
 * left out, `running` folded into runStrategy, SSH keys trimmed, quantities canonical.
 */
export function renderTf(): string {
  const lines = [
    generatedHeader("src/core/schema (see src/generate/hcl/render-tf.ts)").trimEnd(),
    "",
    "locals {",
    ...canonicalQuantityLocals([...KIND_INPUTS.map(fastQuantityInputs), ...KIND_INPUTS.map(quantityInputs)]),
  ];
  for (const input of KIND_INPUTS) lines.push("", ...specLocal(input));
  lines.push("", "  # The specs of both paths (inputs.tf): one of the two is empty.");
  for (const input of KIND_INPUTS) lines.push(`  ${specsLocal(input)} = merge(local.${specsLocal(input)}_fast, local.${specsLocal(input)}_exact)`);
  lines.push(
    "",
    "  # labels and annotations only when given, as renderManifest writes them (a map's keys come out sorted).",
    "  metadata_extra = { for k, v in { labels = length(var.labels) > 0 ? var.labels : null, annotations = length(var.annotations) > 0 ? var.annotations : null } : k => v if v != null }",
    "",
    "  # Keyed \"<kind>/<name>\"; metadata as renderManifest writes it.",
    "  manifests = merge(",
    ...KIND_INPUTS.map(
      (k) =>
        `    { for name, spec in local.${specsLocal(k)} : "${k.kind}/\${name}" => { apiVersion = "${API_VERSION}", kind = "${k.kind}", metadata = merge({ name = name, namespace = var.namespace }, local.metadata_extra), spec = spec } },`,
    ),
    "  )",
    "}",
    "",
  );
  return alignAssignments(lines.join("\n"));
}

export const specsLocal = (input: KindInput): string => `${input.kind.toLowerCase()}_specs`;

function specLocal(input: KindInput): string[] {
  const { item } = input;
  const lines = [`  # ${input.kind} specs by name, from the exact path's inputs.`, `  ${specsLocal(input)}_exact = {`, `    for name, ${item} in local.${input.variable} : name => { for k, v in {`];
  for (const field of input.fields) {
    if (field.inputOnly) continue;
    const expr = `${item}.${snakeCase(field.name)}`;
    const derived = DERIVED_DEFAULTS[field.name];
    const value = derived ? derived(item) : hclDefault(field) !== undefined ? render(field.node, expr, 0) : guarded(field, expr, 0);
    lines.push(`      ${field.name} = ${value}`);
  }
  lines.push("    } : k => v if v != null }", "  }");
  return lines;
}

/** A field that may be null renders as null (and is then left out). */
function guarded(field: Field, expr: string, depth: number): string {
  return `${expr} == null ? null : ${render(field.node, expr, depth)}`;
}

function render(node: SchemaNode, expr: string, depth: number): string {
  switch (node.type) {
    case "quantity":
      return `local.canonical_quantities[${expr}]`;
    case "string":
      return node.format === "ssh-public-key" ? jsTrim(expr) : expr;
    case "list": {
      const x = `x${depth}`;
      return `[for ${x} in ${expr} : ${render(node.items, x, depth + 1)}]`;
    }
    case "object": {
      if (node.fields.length === 0) return "{}";
      const members = node.fields.map((f) => `${f.name} = ${guarded(f, `${expr}.${snakeCase(f.name)}`, depth)}`);
      return `{ for k, v in { ${members.join(", ")} } : k => v if v != null }`;
    }
    default:
      return expr;
  }
}

/** HCL list of the quantity values of one kind (fields outside lists), for canonicalisation. */
function quantityInputs(input: KindInput): string {
  const paths: string[] = [];
  const walk = (fields: readonly Field[], prefix: string) => {
    for (const f of fields) {
      const path = `${prefix}.${snakeCase(f.name)}`;
      if (f.node.type === "quantity") paths.push(`try(${path}, null)`);
      else if (f.node.type === "object") walk(f.node.fields, path);
    }
  };
  walk(input.fields, input.item);
  return `[for ${input.item} in local.${input.variable} : [${paths.join(", ")}]]`;
}
