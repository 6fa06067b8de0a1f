import type { Catalog } from "../core/catalog";
import { KINDS, KindName } from "../core/schema/kinds";
import { Field, SchemaNode } from "../core/schema/schema-node";

/** A GitHub markdown table; `|` in cells escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)].join("\n");
}

function typeLabel(node: SchemaNode): string {
  switch (node.type) {
    case "enum":
      return node.values.map((v) => `\`${v}\``).join(", ");
    case "quantity":
      return "quantity";
    case "list":
      return `list of ${typeLabel(node.items)}`;
    case "object":
      return node.shorthand ? `${node.shorthand} or object` : "object";
    case "string":
      return node.catalog ? `string (catalog: ${node.catalog})` : "string";
    default:
      return node.type;
  }
}

function notes(field: Field): string {
  const out: string[] = [];
  if (!field.seed) out.push("platform only (not in the seed)");
  if (field.inputOnly) out.push(`input only: ${field.inputOnly}`);
  if (field.deprecated) out.push(`deprecated: ${field.deprecated}`);
  if (field.immutable) out.push(`immutable: ${field.immutable}`);
  return out.join("; ");
}

/** The spec fields of a kind: name, type, default, description, notes. */
export function fieldsTable(kind: KindName): string {
  return markdownTable(
    ["Field", "Type", "Default", "Description", "Notes"],
    KINDS[kind].spec.fields.map((f) => [
      `\`${f.name}\``,
      typeLabel(f.node),
      f.default === undefined ? "–" : `\`${JSON.stringify(f.default)}\``,
      f.description,
      notes(f),
    ]),
  );
}

/** A catalog's sections as markdown tables. */
export function catalogTables(catalog: Catalog): string {
  return [
    "**Instance types**",
    "",
    markdownTable(["Name", "vCPU", "Memory", "Notes"], catalog.instanceTypes.map((t) => [`\`${t.name}\``, String(t.vcpu), t.memory, t.deprecated ?? t.description ?? ""])),
    "",
    "**Instance profiles**",
    "",
    markdownTable(["Name", "Notes"], catalog.profiles.map((p) => [`\`${p.name}\``, [p.recommended ? "recommended" : "", p.deprecated ?? p.description ?? ""].filter(Boolean).join("; ")])),
    "",
    "**Golden images**",
    "",
    markdownTable(["Name", "Minimum size", "ISO installer", "Notes"], catalog.images.map((i) => [`\`${i.name}\``, i.minimumStorage, i.iso ? "yes (attach with `optical: true`)" : "", i.deprecated ?? ""])),
    "",
    "**Storage classes**",
    "",
    markdownTable(["Name", "Replicated", "Notes"], catalog.storageClasses.map((s) => [`\`${s.name}\``, s.replicated ? "yes" : "no", s.description ?? ""])),
  ].join("\n");
}
