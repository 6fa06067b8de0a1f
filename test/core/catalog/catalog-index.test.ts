import { catalogIndex, COZYSTACK_CATALOG, extendCatalog, HIKUBE_CATALOG } from "../../../src/core/catalog";

describe("catalogIndex", () => {
  const hikube = catalogIndex(HIKUBE_CATALOG);

  it("finds entries by exact name", () => {
    expect(hikube.instanceType("u1.large")).toEqual({ name: "u1.large", series: "u1", vcpu: 2, memory: "8Gi", description: "Universal 1:4" });
    expect(hikube.profile("ubuntu")?.recommended).toBe(true);
    expect(hikube.image("proxmox-9")?.iso).toBe(true);
    expect(hikube.storageClass("replicated")?.replicated).toBe(true);
    expect(hikube.catalog).toBe(HIKUBE_CATALOG);
  });

  it("returns undefined for unknown names", () => {
    expect(hikube.instanceType("u1.nano")).toBeUndefined(); // a Cozystack size, not a Hikube one
    expect(hikube.profile("Ubuntu")).toBeUndefined();
    expect(hikube.image("ubuntu-24.04")).toBeUndefined();
    expect(hikube.storageClass("fast")).toBeUndefined();
  });

  it("suggests the closest name", () => {
    expect(hikube.suggestInstanceType("u1.larg")).toBe("u1.large");
    expect(hikube.suggestProfile("ubunto")).toBe("ubuntu");
    expect(hikube.suggestImage("ubunto")).toBe("ubuntu");
    expect(hikube.suggestImage("ubuntu-2402")).toBe("ubuntu-2404");
    expect(hikube.suggestStorageClass("replicted")).toBe("replicated");
    expect(hikube.suggestStorageClass("Local")).toBe("local");
    expect(catalogIndex(COZYSTACK_CATALOG).suggestProfile("windows.2k21")).toBeDefined();
  });

  it("suggests nothing for a name far from every entry", () => {
    expect(hikube.suggestInstanceType("gigantic")).toBeUndefined();
    expect(hikube.suggestStorageClass("nfs-client-provisioner")).toBeUndefined();
  });

  it("builds the index once per catalog object", () => {
    expect(catalogIndex(HIKUBE_CATALOG)).toBe(hikube);
    const extended = extendCatalog(HIKUBE_CATALOG, { storageClasses: [{ name: "fast", replicated: false }] });
    const other = catalogIndex(extended);
    expect(other).not.toBe(hikube);
    expect(catalogIndex(extended)).toBe(other);
    expect(other.storageClass("fast")).toBeDefined();
  });
});
