import type { Field, SchemaNode } from "../../core/schema/schema-node";
import { snakeCase } from "./hcl-format";
import { DERIVED_DEFAULTS } from "./kind-inputs";

/** One line per attribute (nested ones indented), for variable descriptions and READMEs. */
export function attributeLines(fields: readonly Field[], indent = ""): string[] {
  const lines: string[] = [];
  for (const field of fields) {
    lines.push(`${indent}- ${snakeCase(field.name)} (${fieldNotes(field)}): ${field.description}`);
    const nested = objectOf(field.node);
    if (nested && nested.fields.length > 0) lines.push(...attributeLines(nested.fields, `${indent}  `));
  }
  return lines;
}

/** `string, default "5Gi"`, `required`, `bool, input only: ...`. */
export function fieldNotes(field: Field): string {
  const notes = [typeWord(field.node)];
  if (field.required) notes.push("required");
  else if (DERIVED_DEFAULTS[field.name]) notes.push(`default ${JSON.stringify(field.default)} unless running says otherwise`);
  else if (field.default !== undefined) notes.push(`default ${JSON.stringify(field.default)}`);
  if (field.inputOnly) notes.push(`input only: ${field.inputOnly}`);
  if (field.deprecated) notes.push(`deprecated: ${field.deprecated}`);
  if (field.immutable) notes.push(`immutable: ${field.immutable}`);
  return notes.join("; ");
}

function typeWord(node: SchemaNode): string {
  switch (node.type) {
    case "enum":
      return `one of ${node.values.join(", ")}`;
    case "quantity":
      return "quantity";
    case "string":
      return node.catalog ? `catalog ${snakeCase(node.catalog)}` : "string";
    case "list":
      return `list of ${typeWord(node.items)}`;
    case "integer":
      return node.minimum !== undefined ? `number ${node.minimum}-${node.maximum}` : "number";
    case "boolean":
      return "bool";
    default:
      return node.type;
  }
}

function objectOf(node: SchemaNode): Extract<SchemaNode, { type: "object" }> | undefined {
  if (node.type === "object") return node;
  if (node.type === "list") return objectOf(node.items);
  return undefined;
}
