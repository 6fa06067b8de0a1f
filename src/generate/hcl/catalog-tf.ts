import { BUILTIN_CATALOGS, type Catalog } from "../../core/catalog";
import { alignAssignments, generatedHeader, hclString } from "./hcl-format";

/**
 * `catalog.tf`: the built-in catalogs' names as locals, and `local.catalog`, the one chosen by
 * `var.catalog` (a built-in's name, or a catalog file's entries, as decoded from its YAML or
 * JSON: a full catalog, or `extends` plus entries added or replaced by name), so validations and
 * policies read the same names as the TypeScript library's catalog of the same choice.
 */
export function catalogTf(_default: Catalog): string {
  const list = (name: string, values: readonly string[]) => `${name} = [${values.map(hclString).join(", ")}]`;
  const builtin = (c: Catalog) => [
    `    ${c.name} = {`,
    `      # ${c.description.replace(/\n/g, " ")}`,
    `      name                       = ${hclString(c.name)}`,
    `      ${list("instance_types", c.instanceTypes.map((t) => t.name))}`,
    `      ${list("profiles", c.profiles.map((p) => p.name))}`,
    `      ${list("images", c.images.map((i) => i.name))}`,
    `      ${list("storage_classes", c.storageClasses.map((s) => s.name))}`,
    "      # Storage classes that survive a node failure (policy HK001).",
    `      ${list("replicated_storage_classes", c.storageClasses.filter((s) => s.replicated).map((s) => s.name))}`,
    "    }",
  ];
  const section = (hcl: string, file: string) =>
    `    ${hcl} = distinct(concat(local.catalog_base.${hcl}, [for e in try(local.catalog_file.${file}, []) : tostring(e.name)]))`;
  const lines = [
    generatedHeader("the built-in catalogs (src/core/catalog; see src/generate/hcl/catalog-tf.ts)").trimEnd(),
    "",
    "locals {",
    "  builtin_catalogs = {",
    ...Object.values(BUILTIN_CATALOGS).flatMap(builtin),
    "  }",
    "",
    "  # var.catalog: a built-in's name, or a catalog file's entries (extending a built-in, or whole).",
    "  catalog_file = try({ for k, v in var.catalog : k => v }, {})",
    '  catalog_base = try(local.builtin_catalogs[tostring(var.catalog)], local.builtin_catalogs[var.catalog.extends], { name = "", instance_types = [], profiles = [], images = [], storage_classes = [], replicated_storage_classes = [] })',
    "  catalog_unreplicated = [for e in try(local.catalog_file.storageClasses, []) : tostring(e.name) if !try(tobool(e.replicated), false)]",
    "  catalog = {",
    "    name = try(tostring(var.catalog), tostring(var.catalog.name), local.catalog_base.name)",
    section("instance_types", "instanceTypes"),
    section("profiles", "profiles"),
    section("images", "images"),
    section("storage_classes", "storageClasses"),
    "    replicated_storage_classes = distinct(concat(",
    "      [for n in local.catalog_base.replicated_storage_classes : n if !contains(local.catalog_unreplicated, n)],",
    "      [for e in try(local.catalog_file.storageClasses, []) : tostring(e.name) if try(tobool(e.replicated), false)],",
    "    ))",
    "  }",
    "}",
    "",
  ];
  return alignAssignments(lines.join("\n"));
}
