import { COZYSTACK_CATALOG } from "./cozystack-catalog";
import { HIKUBE_CATALOG } from "./hikube-catalog";
import { BUILTIN_CATALOG_NAMES, type BuiltinCatalogName } from "./schema";
import type { Catalog } from "./types";

/** The catalogs shipped with the project, by name. `hikube` is the default. */
export const BUILTIN_CATALOGS: Readonly<Record<BuiltinCatalogName, Catalog>> = Object.freeze({
  hikube: HIKUBE_CATALOG,
  cozystack: COZYSTACK_CATALOG,
});

/** The catalog used when none is chosen. */
export const DEFAULT_CATALOG: Catalog = HIKUBE_CATALOG;

export function isBuiltinCatalogName(name: string): name is BuiltinCatalogName {
  return (BUILTIN_CATALOG_NAMES as readonly string[]).includes(name);
}
