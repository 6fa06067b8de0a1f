/**
 * The catalog: what a cloud offers (instance types, instance profiles, golden images, storage classes),
 * as data. Hikube's is the default; Cozystack's upstream one is built in too; users can pass their own
 * file or extend a built-in one.
 */
export type { Catalog, CatalogExtension, CatalogSection, GoldenImage, InstanceProfile, InstanceType, OsFamily, StorageClass } from "./types";
export { CATALOG_SECTIONS, OS_FAMILIES } from "./types";
export { isWindowsImage, isWindowsProfile, looksLikeWindowsMedia } from "./windows";
export { HIKUBE_CATALOG } from "./hikube-catalog";
export { COZYSTACK_CATALOG } from "./cozystack-catalog";
export { BUILTIN_CATALOGS, DEFAULT_CATALOG, isBuiltinCatalogName } from "./builtin-catalogs";
export { catalogIndex, type CatalogIndex } from "./catalog-index";
export { extendCatalog } from "./extend-catalog";
export { CatalogError, formatCatalogProblem, type CatalogProblem } from "./catalog-error";
export {
  BUILTIN_CATALOG_NAMES,
  CATALOG_FILE_SCHEMA,
  CATALOG_NAME_PATTERN,
  CATALOG_QUANTITY_PATTERN,
  isCatalogQuantity,
  type BuiltinCatalogName,
} from "./schema";
export { loadCatalogFile, parseCatalogFile, type CatalogFile, type GoldenImageFileEntry, type InstanceTypeFileEntry } from "./load-catalog-file";
export { resolveCatalog } from "./resolve-catalog";
export { duplicateNameProblems, validateCatalog } from "./validate-catalog";
