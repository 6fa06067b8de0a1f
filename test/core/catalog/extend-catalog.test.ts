import { extendCatalog, HIKUBE_CATALOG, type Catalog, type CatalogExtension } from "../../../src/core/catalog";

function snapshot(value: unknown): string {
  return JSON.stringify(value);
}

describe("extendCatalog", () => {
  const base: Catalog = {
    name: "base",
    description: "a small catalog",
    instanceTypes: [
      { name: "a1.small", series: "a1", vcpu: 1, memory: "2Gi" },
      { name: "a1.large", series: "a1", vcpu: 4, memory: "8Gi" },
    ],
    profiles: [{ name: "ubuntu" }],
    images: [{ name: "ubuntu-2404", os: "ubuntu", minimumStorage: "4Gi", iso: false }],
    storageClasses: [{ name: "replicated", replicated: true }],
  };

  it("adds new entries at the end and replaces same-name entries in place", () => {
    const result = extendCatalog(base, {
      instanceTypes: [
        { name: "a1.small", series: "a1", vcpu: 2, memory: "4Gi" },
        { name: "a1.xlarge", series: "a1", vcpu: 8, memory: "16Gi" },
      ],
      storageClasses: [{ name: "local", replicated: false }],
    });
    expect(result.instanceTypes.map((t) => [t.name, t.vcpu])).toEqual([
      ["a1.small", 2],
      ["a1.large", 4],
      ["a1.xlarge", 8],
    ]);
    expect(result.storageClasses.map((s) => s.name)).toEqual(["replicated", "local"]);
    expect(result.profiles).toEqual(base.profiles);
    expect(result.images).toEqual(base.images);
    expect(result.name).toBe("base");
    expect(result.description).toBe("a small catalog");
  });

  it("lets the later of two same-name extra entries win", () => {
    const result = extendCatalog(base, {
      profiles: [
        { name: "windows", description: "first" },
        { name: "windows", description: "second" },
      ],
    });
    expect(result.profiles).toEqual([{ name: "ubuntu" }, { name: "windows", description: "second" }]);
  });

  it("renames and redescribes when asked", () => {
    const result = extendCatalog(base, { name: "mine", description: "base plus my images" });
    expect(result.name).toBe("mine");
    expect(result.description).toBe("base plus my images");
  });

  it("never mutates its inputs", () => {
    const extra: CatalogExtension = {
      images: [{ name: "ubuntu-2404", os: "ubuntu", minimumStorage: "8Gi", iso: false }, { name: "talos-112", os: "talos", minimumStorage: "8Gi", iso: false }],
    };
    const before = [snapshot(base), snapshot(extra), snapshot(HIKUBE_CATALOG)];
    const result = extendCatalog(base, extra);
    extendCatalog(HIKUBE_CATALOG, extra);
    expect([snapshot(base), snapshot(extra), snapshot(HIKUBE_CATALOG)]).toEqual(before);
    expect(result.images).not.toBe(base.images);
    expect(result.images[0]).not.toBe(extra.images?.[0]); // copied, so later changes to `extra` do not leak in
  });

  it("returns a frozen catalog", () => {
    const result = extendCatalog(HIKUBE_CATALOG, { storageClasses: [{ name: "fast", replicated: false }] });
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.storageClasses)).toBe(true);
    expect(Object.isFrozen(result.storageClasses[2])).toBe(true);
    expect(result.instanceTypes).toBe(HIKUBE_CATALOG.instanceTypes); // untouched sections are shared
  });
});
