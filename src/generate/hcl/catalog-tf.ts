import type { Catalog } from "../../core/catalog";
import { generatedHeader, hclString } from "./hcl-format";

/**
 * `catalog.tf`: the catalog's names as a local, so validations and policies read one list
 * generated from the same data as the TypeScript library's.
 */
export function catalogTf(catalog: Catalog): string {
  const list = (name: string, values: readonly string[]) => [`    ${name} = [`, ...values.map((v) => `      ${hclString(v)},`), "    ]"];
  const lines = [
    generatedHeader(`the ${catalog.name} catalog (src/core/catalog)`).trimEnd(),
    "",
    "locals {",
    `  # ${catalog.description.replace(/\n/g, " ")}`,
    "  catalog = {",
    `    name = ${hclString(catalog.name)}`,
    ...list("instance_types", catalog.instanceTypes.map((t) => t.name)),
    ...list("profiles", catalog.profiles.map((p) => p.name)),
    ...list("images", catalog.images.map((i) => i.name)),
    ...list("storage_classes", catalog.storageClasses.map((s) => s.name)),
    "    # Storage classes that survive a node failure (policy HK001).",
    ...list("replicated_storage_classes", catalog.storageClasses.filter((s) => s.replicated).map((s) => s.name)),
    "  }",
    "}",
    "",
  ];
  return lines.join("\n");
}
