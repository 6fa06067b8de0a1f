import { HIKUBE_CATALOG } from "../core/catalog/hikube-catalog";
import { resolveCatalog } from "../core/catalog/resolve-catalog";
import type { Catalog } from "../core/catalog/types";

export const CATALOG_HELP = "hikube (default), cozystack, or a catalog file (.yaml, .yml, .json)";

/** --catalog: a built-in name or a file; a bad file throws a CatalogError naming file and line (exit 2). */
export function catalogOption(value: string | undefined, cwd: string): Catalog {
  if (value === undefined) return HIKUBE_CATALOG;
  return resolveCatalog(/[/\\.]/.test(value) ? require("node:path").resolve(cwd, value) : value);
}
