import type { Field, SchemaNode } from "../../core/schema/schema-node";
import { hclLiteral, snakeCase } from "./hcl-format";
import { hclDefault } from "./kind-inputs";

/**
 * The HCL type constraint of a schema node, as lines (objects span several lines so
 * `terraform fmt` keeps them as written). `indent` is the indentation of the first line.
 * Quantities are strings (a number given in HCL converts to its decimal text, as in the API);
 * shorthand objects such as disk attachments are objects only.
 */
export function typeLines(node: SchemaNode, indent: string): string[] {
  switch (node.type) {
    case "boolean":
      return ["bool"];
    case "integer":
      return ["number"];
    case "string":
    case "enum":
    case "quantity":
      return ["string"];
    case "map":
      return ["map(string)"];
    case "list":
      return wrap("list(", typeLines(node.items, indent), ")");
    case "object":
      return objectTypeLines(node.fields, indent, false);
  }
}

/** `object({ ... })` with one attribute per line; `topLevel` fields carry the schema defaults. */
export function objectTypeLines(fields: readonly Field[], indent: string, topLevel: boolean): string[] {
  if (fields.length === 0) return ["object({})"];
  const inner = `${indent}  `;
  const lines = ["object({"];
  for (const field of fields) {
    const type = typeLines(field.node, inner);
    const fallback = topLevel ? hclDefault(field) : undefined;
    const attr = field.required ? type : wrap("optional(", type, fallback === undefined ? ")" : `, ${hclLiteral(fallback)})`);
    lines.push(`${inner}${snakeCase(field.name)} = ${attr[0]}`, ...attr.slice(1));
  }
  lines.push(`${indent}})`);
  return lines;
}

function wrap(before: string, lines: string[], after: string): string[] {
  const out = [...lines];
  out[0] = before + out[0];
  out[out.length - 1] = out[out.length - 1] + after;
  return out;
}
