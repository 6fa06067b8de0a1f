import { closestMatch } from "../suggest/did-you-mean";
import type { Catalog, GoldenImage, InstanceProfile, InstanceType, StorageClass } from "./types";

/** Fast lookups by name in one catalog, and "did you mean" suggestions. */
export interface CatalogIndex {
  readonly catalog: Catalog;
  instanceType(name: string): InstanceType | undefined;
  profile(name: string): InstanceProfile | undefined;
  image(name: string): GoldenImage | undefined;
  storageClass(name: string): StorageClass | undefined;
  /** closest known name for "did you mean" */
  suggestInstanceType(name: string): string | undefined;
  suggestProfile(name: string): string | undefined;
  suggestImage(name: string): string | undefined;
  suggestStorageClass(name: string): string | undefined;
}

const cache = new WeakMap<Catalog, CatalogIndex>();

/**
 * The index of a catalog. Maps are built once per catalog object and cached (catalogs are immutable
 * data: build a new one with `extendCatalog` rather than changing one in place).
 */
export function catalogIndex(c: Catalog): CatalogIndex {
  let index = cache.get(c);
  if (!index) {
    index = buildIndex(c);
    cache.set(c, index);
  }
  return index;
}

function byName<T extends { readonly name: string }>(entries: readonly T[]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  // First wins, like a lookup in the list would; catalogs are checked for duplicates elsewhere.
  for (const entry of entries) if (!map.has(entry.name)) map.set(entry.name, entry);
  return map;
}

function buildIndex(catalog: Catalog): CatalogIndex {
  const instanceTypes = byName(catalog.instanceTypes);
  const profiles = byName(catalog.profiles);
  const images = byName(catalog.images);
  const storageClasses = byName(catalog.storageClasses);
  return Object.freeze({
    catalog,
    instanceType: (name: string) => instanceTypes.get(name),
    profile: (name: string) => profiles.get(name),
    image: (name: string) => images.get(name),
    storageClass: (name: string) => storageClasses.get(name),
    suggestInstanceType: (name: string) => closestMatch(name, instanceTypes.keys()),
    suggestProfile: (name: string) => closestMatch(name, profiles.keys()),
    suggestImage: (name: string) => closestMatch(name, images.keys()),
    suggestStorageClass: (name: string) => closestMatch(name, storageClasses.keys()),
  });
}
