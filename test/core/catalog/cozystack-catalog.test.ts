import { BUILTIN_CATALOGS, COZYSTACK_CATALOG, catalogIndex, isCatalogQuantity, validateCatalog } from "../../../src/core/catalog";

describe("COZYSTACK_CATALOG", () => {
  const index = catalogIndex(COZYSTACK_CATALOG);

  it("is a built-in catalog", () => {
    expect(COZYSTACK_CATALOG.name).toBe("cozystack");
    expect(BUILTIN_CATALOGS.cozystack).toBe(COZYSTACK_CATALOG);
  });

  it("has the u1 series of KubeVirt common-instancetypes", () => {
    const u1 = COZYSTACK_CATALOG.instanceTypes.filter((t) => t.series === "u1").map((t) => [t.name, t.vcpu, t.memory]);
    expect(u1).toEqual([
      ["u1.nano", 1, "512Mi"],
      ["u1.micro", 1, "1Gi"],
      ["u1.small", 1, "2Gi"],
      ["u1.medium", 1, "4Gi"],
      ["u1.2xmedium", 2, "4Gi"],
      ["u1.large", 2, "8Gi"],
      ["u1.xlarge", 4, "16Gi"],
      ["u1.2xlarge", 8, "32Gi"],
      ["u1.4xlarge", 16, "64Gi"],
      ["u1.8xlarge", 32, "128Gi"],
    ]);
  });

  it("has the other series, gn1 deprecated", () => {
    const series = new Set(COZYSTACK_CATALOG.instanceTypes.map((t) => t.series));
    expect([...series].sort()).toEqual(["cx1", "d1", "gn1", "m1", "n1", "o1", "rt1", "u1"]);
    for (const t of COZYSTACK_CATALOG.instanceTypes) {
      expect(t.deprecated !== undefined).toBe(t.series === "gn1");
    }
    expect(index.instanceType("o1.large")).toMatchObject({ vcpu: 2, memory: "8Gi" });
    expect(index.instanceType("cx1.medium")).toMatchObject({ vcpu: 1, memory: "2Gi" });
    expect(index.instanceType("m1.8xlarge")).toMatchObject({ vcpu: 32, memory: "256Gi" });
    expect(index.instanceType("n1.medium")).toMatchObject({ vcpu: 4, memory: "4Gi" });
    expect(index.instanceType("d1.2xmedium")).toMatchObject({ vcpu: 2, memory: "4Gi" });
    expect(index.instanceType("rt1.micro")).toMatchObject({ vcpu: 1, memory: "1Gi" });
    expect(index.instanceType("gn1.xlarge")).toMatchObject({ vcpu: 4, memory: "16Gi" });
  });

  it("has at least 40 profiles (KubeVirt preferences), ubuntu recommended", () => {
    expect(COZYSTACK_CATALOG.profiles.length).toBeGreaterThanOrEqual(40);
    const names = COZYSTACK_CATALOG.profiles.map((p) => p.name);
    for (const name of [
      "alpine", "centos.stream9", "centos.stream10", "cirros", "debian", "fedora", "opensuse.leap", "opensuse.tumbleweed",
      "rhel.8", "rhel.9", "rhel.10", "sles", "ubuntu", "windows.10", "windows.11", "windows.2k16", "windows.2k19",
      "windows.2k22", "windows.2k25",
    ]) {
      expect(names).toContain(name);
    }
    expect(COZYSTACK_CATALOG.profiles.filter((p) => p.recommended).map((p) => p.name)).toEqual(["ubuntu"]);
    expect(index.profile("centos.7")?.deprecated).toContain("prefer centos.stream10");
  });

  it("has golden images named by version, with a valid minimum size", () => {
    for (const name of ["ubuntu-24.04", "debian-12", "rocky-9", "alpine-3.21"]) expect(index.image(name)).toBeDefined();
    for (const image of COZYSTACK_CATALOG.images) {
      expect(isCatalogQuantity(image.minimumStorage)).toBe(true);
      expect(image.iso).toBe(false);
      expect(image.name.startsWith(`${image.os}-`)).toBe(true);
    }
  });

  it("has the storage classes replicated and local", () => {
    expect(index.storageClass("replicated")?.replicated).toBe(true);
    expect(index.storageClass("local")?.replicated).toBe(false);
  });

  it("is valid, with unique names", () => {
    expect(validateCatalog(COZYSTACK_CATALOG)).toEqual([]);
  });
});
