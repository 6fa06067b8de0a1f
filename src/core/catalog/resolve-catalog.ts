import { existsSync } from "node:fs";
import { closestMatch } from "../suggest/did-you-mean";
import { BUILTIN_CATALOGS, isBuiltinCatalogName } from "./builtin-catalogs";
import { CatalogError } from "./catalog-error";
import { loadCatalogFile } from "./load-catalog-file";
import { BUILTIN_CATALOG_NAMES } from "./schema";
import type { Catalog } from "./types";

/**
 * A catalog by name (`hikube`, `cozystack`) or by file path (JSON or YAML). A bare word that is
 * neither a built-in name nor an existing file is reported as an unknown catalog, with a suggestion.
 */
export function resolveCatalog(nameOrPath: string): Catalog {
  if (isBuiltinCatalogName(nameOrPath)) return BUILTIN_CATALOGS[nameOrPath];
  const looksLikeName = !/[/\\.]/.test(nameOrPath);
  if (looksLikeName && !existsSync(nameOrPath)) {
    const suggestion = closestMatch(nameOrPath, BUILTIN_CATALOG_NAMES);
    const hint = suggestion ? ` (did you mean "${suggestion}"?)` : "";
    const expected = `${BUILTIN_CATALOG_NAMES.map((n) => `"${n}"`).join(", ")} or the path of a catalog file (.yaml, .yml or .json)`;
    throw new CatalogError({ path: "", message: `unknown catalog ${JSON.stringify(nameOrPath)}${hint}; expected ${expected}` });
  }
  return loadCatalogFile(nameOrPath);
}
