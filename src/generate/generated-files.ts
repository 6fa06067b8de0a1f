import { readFileSync } from "fs";
import { join } from "path";
import { COZYSTACK_CATALOG, HIKUBE_CATALOG } from "../core/catalog";
import { KIND_NAMES } from "../core/schema/kinds";
import { documentJsonSchema } from "../core/schema/to-json-schema";
import { generateSpecTypes } from "../core/schema/to-typescript";
import { generateCatalogNameTypes } from "../core/schema/catalog-name-types";
import { hclModuleFiles } from "./hcl/hcl-files";
import { catalogTables, fieldsTable } from "./markdown-tables";
import { fillSections } from "./readme-sections";
import { generateSpecValidators } from "./spec-validators";
import { policyRulesMarkdown } from "../policy/rules-table";

const ROOT = join(__dirname, "..", "..");

/** Generated sections of README.md, by marker id. */
export function readmeSections(): Record<string, string> {
  return {
    "vminstance-fields": fieldsTable("VMInstance"),
    "vmdisk-fields": fieldsTable("VMDisk"),
    "catalog-hikube": catalogTables(HIKUBE_CATALOG),
    "policy-rules": policyRulesMarkdown(),
    "catalog-cozystack-summary": `${COZYSTACK_CATALOG.instanceTypes.length} instance types, ${COZYSTACK_CATALOG.profiles.length} profiles, ${COZYSTACK_CATALOG.images.length} golden images, ${COZYSTACK_CATALOG.storageClasses.length} storage classes (\`hikube-vm catalog --catalog cozystack\` lists them).`,
  };
}

/**
 * Every file derived from the schema and the catalog, by path from the repository root.
 * `npm run generate` writes them; a test and CI fail when a committed copy differs.
 */
export function generatedFiles(): Record<string, string> {
  const files: Record<string, string> = {
    "src/core/schema/generated/spec-types.ts": generateSpecTypes(),
    "src/core/schema/generated/catalog-names.ts": generateCatalogNameTypes(HIKUBE_CATALOG, "the Hikube catalog"),
    "src/core/validation/generated/spec-validators.ts": generateSpecValidators(),
  };
  for (const kind of KIND_NAMES) {
    files[`schemas/${kind.toLowerCase()}.schema.json`] = JSON.stringify(documentJsonSchema(kind, { catalog: HIKUBE_CATALOG }), null, 2) + "\n";
  }
  files["README.md"] = fillSections(readFileSync(join(ROOT, "README.md"), "utf8"), readmeSections());
  // The HCL modules' variables, catalog, rendering and README tables (src/generate/hcl).
  Object.assign(files, hclModuleFiles());
  return files;
}
