import type { Catalog, CatalogExtension } from "./types";

/**
 * A new catalog: `base` with the entries of `extra` added, or replacing the base entry of the same
 * name in place (later wins, also within `extra`). Never mutates its inputs; the result is frozen.
 */
export function extendCatalog(base: Catalog, extra: CatalogExtension): Catalog {
  return Object.freeze({
    name: extra.name ?? base.name,
    description: extra.description ?? base.description,
    instanceTypes: merge(base.instanceTypes, extra.instanceTypes),
    profiles: merge(base.profiles, extra.profiles),
    images: merge(base.images, extra.images),
    storageClasses: merge(base.storageClasses, extra.storageClasses),
  });
}

function merge<T extends { readonly name: string }>(base: readonly T[], extra: readonly T[] | undefined): readonly T[] {
  if (!extra || extra.length === 0) return Object.isFrozen(base) ? base : Object.freeze([...base]);
  const result: T[] = [...base];
  const position = new Map<string, number>();
  result.forEach((entry, i) => {
    if (!position.has(entry.name)) position.set(entry.name, i);
  });
  for (const entry of extra) {
    const copy = Object.freeze({ ...entry });
    const at = position.get(entry.name);
    if (at === undefined) {
      position.set(entry.name, result.length);
      result.push(copy);
    } else {
      result[at] = copy;
    }
  }
  return Object.freeze(result);
}
