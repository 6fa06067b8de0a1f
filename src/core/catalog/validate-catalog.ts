import type { CatalogProblem } from "./catalog-error";
import { isCatalogQuantity } from "./schema";
import { CATALOG_SECTIONS, type Catalog, type CatalogSection } from "./types";

/** Names that appear twice in one section, as problems at the second occurrence. */
export function duplicateNameProblems(sections: Partial<Record<CatalogSection, readonly { readonly name: string }[]>>): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  for (const section of CATALOG_SECTIONS) {
    const entries: readonly { readonly name: string }[] = sections[section] ?? [];
    const seen = new Map<string, number>();
    entries.forEach((entry, i) => {
      const first = seen.get(entry.name);
      if (first === undefined) seen.set(entry.name, i);
      else problems.push({ path: `${section}[${i}].name`, message: `duplicate name "${entry.name}" (already at ${section}[${first}])` });
    });
  }
  return problems;
}

/**
 * Checks a catalog built in code (catalog files are checked by their schema on loading): unique names
 * in each section, positive integer vCPUs, quantities for memory and minimum storage. Empty when valid.
 */
export function validateCatalog(catalog: Catalog): CatalogProblem[] {
  const problems = duplicateNameProblems(catalog);
  catalog.instanceTypes.forEach((t, i) => {
    if (!Number.isInteger(t.vcpu) || t.vcpu < 1) problems.push({ path: `instanceTypes[${i}].vcpu`, message: `${String(t.vcpu)} is not a positive integer` });
    if (!isCatalogQuantity(t.memory)) problems.push({ path: `instanceTypes[${i}].memory`, message: `${JSON.stringify(t.memory)} is not a quantity` });
  });
  catalog.images.forEach((image, i) => {
    if (!isCatalogQuantity(image.minimumStorage)) {
      problems.push({ path: `images[${i}].minimumStorage`, message: `${JSON.stringify(image.minimumStorage)} is not a quantity` });
    }
  });
  for (const section of CATALOG_SECTIONS) {
    const entries: readonly { readonly name: string }[] = catalog[section];
    entries.forEach((entry, i) => {
      if (typeof entry.name !== "string" || entry.name === "") problems.push({ path: `${section}[${i}].name`, message: "the name is empty" });
    });
  }
  return problems;
}
