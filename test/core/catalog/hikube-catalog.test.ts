import { BUILTIN_CATALOGS, DEFAULT_CATALOG, HIKUBE_CATALOG, isCatalogQuantity, validateCatalog } from "../../../src/core/catalog";

describe("HIKUBE_CATALOG", () => {
  it("is the default built-in catalog", () => {
    expect(HIKUBE_CATALOG.name).toBe("hikube");
    expect(BUILTIN_CATALOGS.hikube).toBe(HIKUBE_CATALOG);
    expect(DEFAULT_CATALOG).toBe(HIKUBE_CATALOG);
  });

  it("lists the seed's instance types with their vCPU and memory (GB in the seed, Gi here)", () => {
    const shapes = HIKUBE_CATALOG.instanceTypes.map((t) => [t.name, t.vcpu, t.memory]);
    expect(shapes).toEqual([
      ["s1.small", 1, "2Gi"],
      ["s1.medium", 2, "4Gi"],
      ["s1.large", 4, "8Gi"],
      ["s1.xlarge", 8, "16Gi"],
      ["s1.3large", 12, "24Gi"],
      ["s1.2xlarge", 16, "32Gi"],
      ["s1.3xlarge", 24, "48Gi"],
      ["s1.4xlarge", 32, "64Gi"],
      ["s1.8xlarge", 64, "128Gi"],
      ["u1.medium", 1, "4Gi"],
      ["u1.large", 2, "8Gi"],
      ["u1.xlarge", 4, "16Gi"],
      ["u1.2xlarge", 8, "32Gi"],
      ["u1.4xlarge", 16, "64Gi"],
      ["u1.8xlarge", 32, "128Gi"],
      ["m1.large", 2, "16Gi"],
      ["m1.xlarge", 4, "32Gi"],
      ["m1.2xlarge", 8, "64Gi"],
      ["m1.4xlarge", 16, "128Gi"],
      ["m1.8xlarge", 32, "256Gi"],
    ]);
  });

  it("gives each instance type its series and a description", () => {
    for (const t of HIKUBE_CATALOG.instanceTypes) {
      expect(t.series).toBe(t.name.split(".")[0]);
      expect(t.description).toBeTruthy();
      expect(t.deprecated).toBeUndefined();
    }
    expect(HIKUBE_CATALOG.instanceTypes.find((t) => t.name === "s1.small")?.description).toBe("Standard 1:2, shared burstable CPU");
  });

  it("keeps the seed's memory ratios (S 1:2, U 1:4, M 1:8)", () => {
    const ratio: Record<string, number> = { s1: 2, u1: 4, m1: 8 };
    for (const t of HIKUBE_CATALOG.instanceTypes) {
      expect(Number.parseInt(t.memory, 10)).toBe(t.vcpu * ratio[t.series]);
    }
  });

  it("names profiles as Hikube's documentation does (KubeVirt preferences), ubuntu recommended, the seed's names kept", () => {
    const profile = (name: string) => HIKUBE_CATALOG.profiles.find((p) => p.name === name);
    expect(HIKUBE_CATALOG.profiles.filter((p) => p.recommended).map((p) => p.name)).toEqual(["ubuntu"]);
    for (const name of ["ubuntu", "debian", "fedora", "centos.stream10", "windows.2k22.virtio", "windows.2k25.virtio", "windows.11.virtio"]) {
      expect(profile(name)).toBeDefined();
    }
    // The seed's five names still validate; the two the platform lacks say what to use instead.
    expect(["ubuntu", "centos", "debian", "fedora", "windows"].map((n) => [n, profile(n)?.deprecated ?? "current"])).toEqual([
      ["ubuntu", "current"],
      ["centos", expect.stringContaining("prefer centos.stream10")],
      ["debian", "current"],
      ["fedora", "current"],
      ["windows", expect.stringContaining("prefer windows.2k25.virtio")],
    ]);
    expect(profile("windows")?.osFamily).toBe("windows");
  });

  it("lists the current versioned golden images with their minimum disk sizes", () => {
    const versioned = HIKUBE_CATALOG.images.filter((i) => i.deprecated === undefined).map((i) => [i.name, i.minimumStorage, i.iso]);
    expect(versioned).toEqual([
      ["almalinux-8", "11Gi", false],
      ["almalinux-9", "11Gi", false],
      ["almalinux-10", "11Gi", false],
      ["rocky-8", "11Gi", false],
      ["rocky-9", "11Gi", false],
      ["rocky-10", "11Gi", false],
      ["debian-11", "4Gi", false],
      ["debian-12", "4Gi", false],
      ["debian-13", "4Gi", false],
      ["ubuntu-2204", "4Gi", false],
      ["ubuntu-2404", "4Gi", false],
      ["centos-stream-9", "11Gi", false],
      ["centos-stream-10", "11Gi", false],
      ["oracle-8", "40Gi", false],
      ["oracle-9", "40Gi", false],
      ["oracle-10", "40Gi", false],
      ["opensuse-156", "1Gi", false],
      ["opensuse-160", "2Gi", false],
      ["cloudlinux-8", "8Gi", false],
      ["cloudlinux-9", "9Gi", false],
      ["proxmox-8", "2Gi", true],
      ["proxmox-9", "2Gi", true],
      ["talos-112", "8Gi", false],
    ]);
  });

  it("keeps the seed's unversioned image names, deprecated in favour of the newest versioned one", () => {
    const unversioned = HIKUBE_CATALOG.images.filter((i) => i.deprecated !== undefined);
    expect(unversioned.map((i) => [i.name, i.minimumStorage, i.iso])).toEqual([
      ["almalinux", "11Gi", false],
      ["centos-stream", "11Gi", false],
      ["cloudlinux", "9Gi", false],
      ["debian", "4Gi", false],
      ["fedora", "5Gi", false],
      ["opensuse", "2Gi", false],
      ["oracle", "40Gi", false],
      ["proxmox", "2Gi", true],
      ["rocky", "11Gi", false],
      ["talos", "8Gi", false],
      ["ubuntu", "4Gi", false],
    ]);
    const prefer = (name: string) => unversioned.find((i) => i.name === name)?.deprecated;
    expect(prefer("ubuntu")).toBe("unversioned name from the seed documentation; prefer ubuntu-2404");
    expect(prefer("almalinux")).toContain("prefer almalinux-10");
    expect(prefer("centos-stream")).toContain("prefer centos-stream-10");
    expect(prefer("opensuse")).toContain("prefer opensuse-160");
    expect(prefer("talos")).toContain("prefer talos-112");
    expect(prefer("proxmox")).toContain("prefer proxmox-9");
    expect(prefer("fedora")).toContain("no versioned image");
    // Every "prefer X" names an image of the catalog.
    const names = new Set(HIKUBE_CATALOG.images.map((i) => i.name));
    for (const image of unversioned) {
      const preferred = /prefer (\S+)$/.exec(image.deprecated ?? "")?.[1];
      if (preferred) expect(names).toContain(preferred);
    }
  });

  it("gives an unversioned name the largest minimum of its family", () => {
    for (const image of HIKUBE_CATALOG.images.filter((i) => i.deprecated !== undefined && i.name !== "fedora")) {
      const family = HIKUBE_CATALOG.images.filter((i) => i.deprecated === undefined && i.os === image.os);
      expect(family.length).toBeGreaterThan(0);
      const largest = Math.max(...family.map((i) => Number.parseInt(i.minimumStorage, 10)));
      expect(image.minimumStorage).toBe(`${largest}Gi`);
    }
  });

  it("knows its golden images are Linux ones (Windows comes from an ISO), for HK022", () => {
    expect(new Set(HIKUBE_CATALOG.images.map((i) => i.osFamily))).toEqual(new Set(["linux"]));
  });

  it("lists the storage classes local and replicated", () => {
    expect(HIKUBE_CATALOG.storageClasses.map((s) => [s.name, s.replicated])).toEqual([
      ["local", false],
      ["replicated", true],
    ]);
  });

  it("is valid: unique names, positive vCPUs, quantities everywhere", () => {
    expect(validateCatalog(HIKUBE_CATALOG)).toEqual([]);
    for (const image of HIKUBE_CATALOG.images) expect(isCatalogQuantity(image.minimumStorage)).toBe(true);
    for (const section of [HIKUBE_CATALOG.instanceTypes, HIKUBE_CATALOG.profiles, HIKUBE_CATALOG.images, HIKUBE_CATALOG.storageClasses]) {
      const names = section.map((e) => e.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("is frozen, so that nobody changes the default by accident", () => {
    expect(Object.isFrozen(HIKUBE_CATALOG)).toBe(true);
    expect(Object.isFrozen(HIKUBE_CATALOG.instanceTypes)).toBe(true);
    expect(Object.isFrozen(HIKUBE_CATALOG.images[0])).toBe(true);
  });
});
