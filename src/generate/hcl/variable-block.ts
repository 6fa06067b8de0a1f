import { alignAssignments, hclString } from "./hcl-format";

/** One `variable` block as written in a module's variables.tf. */
export interface VariableSpec {
  readonly name: string;
  /** Plain text; several lines become a heredoc. */
  readonly description: string;
  /** Type constraint lines, as from typeLines with no indent (the first is inline after `type =`). */
  readonly type: readonly string[];
  /** HCL literal of the default; absent: the variable is required. */
  readonly default?: string;
  /** Emit `nullable = false` (null then means the default). */
  readonly nonNullable?: boolean;
  readonly validations?: readonly { readonly condition: string; readonly message: string }[];
  /** Typed `any` and checked attribute by attribute (strict-inputs.ts): the attributes of its objects. */
  readonly strictFields?: readonly import("../../core/schema/schema-node").Field[];
}

/** The block text, formatted as `terraform fmt` would leave it. */
export function variableBlock(spec: VariableSpec): string {
  const lines = [`variable "${spec.name}" {`];
  lines.push(...descriptionLines(spec.description));
  lines.push(`  type = ${spec.type[0]}`, ...spec.type.slice(1).map((l) => `  ${l}`));
  if (spec.default !== undefined) lines.push(`  default = ${spec.default}`);
  if (spec.nonNullable) lines.push("  nullable = false");
  for (const v of spec.validations ?? []) {
    lines.push("", "  validation {", `    condition = ${v.condition}`, `    error_message = ${v.message}`, "  }");
  }
  lines.push("}");
  return alignAssignments(lines.join("\n"));
}

function descriptionLines(text: string): string[] {
  const lines = text.split("\n");
  if (lines.length === 1) return [`  description = ${hclString(text)}`];
  // Heredocs are templates too: escape interpolation sequences.
  const body = lines.map((l) => (l === "" ? "" : `    ${l.replace(/([$%])\{/g, "$1$1{")}`));
  return ["  description = <<-EOT", ...body, "  EOT"];
}

/**
 * An error message naming each offending entry and field: `Invalid disks["a"].storage: must ...`.
 * `condition` is the per-entry condition over `item`; the message lists the entries where it is false.
 * `what` is template text: no bare double quotes outside its `${...}`.
 */
export function entryMessage(variable: string, item: string, label: string, condition: string, what: string): string {
  const field = label ? `.${label}` : "";
  return `"Invalid \${join(", ", [for name, ${item} in var.${variable} : "${variable}[\\"\${name}\\"]${field}" if !(${condition})])}: ${what}."`;
}
