// The built-in catalogs and the schema against what Cozystack v1.6.2 ships (test/fixtures/cozystack-v1.6.2:
// extracted from the cozystack/cozystack tag, see its $comment): a catalog that drifts from the platform fails here.
import { readFileSync } from "fs";
import { join } from "path";
import { COZYSTACK_CATALOG, HIKUBE_CATALOG, isWindowsProfile } from "../../../src/core/catalog";
import { KINDS } from "../../../src/core/schema/kinds";

const FIXTURES = join(__dirname, "..", "..", "fixtures", "cozystack-v1.6.2");
const upstream = JSON.parse(readFileSync(join(FIXTURES, "catalog.json"), "utf8")) as {
  instanceTypes: { name: string; cpu: number; memory: string; deprecated: boolean }[];
  preferences: { name: string; osType: string; deprecated: boolean }[];
  goldenImages: { name: string; storage: string; osFamily: string }[];
};
const byName = <T extends { name: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.name < b.name ? -1 : 1));

describe("COZYSTACK_CATALOG is Cozystack v1.6.2's", () => {
  test("the 69 instance types, with their vCPU, memory and deprecation", () => {
    expect(upstream.instanceTypes).toHaveLength(69);
    expect(byName(COZYSTACK_CATALOG.instanceTypes).map((t) => [t.name, t.vcpu, t.memory, t.deprecated !== undefined])).toEqual(
      byName(upstream.instanceTypes).map((t) => [t.name, t.cpu, t.memory, t.deprecated]),
    );
  });

  test("the 59 preferences, Windows ones marked, deprecated ones deprecated", () => {
    expect(upstream.preferences).toHaveLength(59);
    expect(byName(COZYSTACK_CATALOG.profiles).map((p) => [p.name, isWindowsProfile(p.name, p), p.deprecated !== undefined])).toEqual(
      byName(upstream.preferences).map((p) => [p.name, p.osType === "windows", p.deprecated]),
    );
    for (const p of COZYSTACK_CATALOG.profiles.filter((x) => x.name.startsWith("windows"))) expect(p.osFamily).toBe("windows");
  });

  test("the 16 default golden images, each at least its DataVolume's size (a clone cannot be smaller)", () => {
    expect(upstream.goldenImages).toHaveLength(16);
    expect(byName(COZYSTACK_CATALOG.images).map((i) => [i.name, i.minimumStorage, i.osFamily])).toEqual(
      byName(upstream.goldenImages).map((i) => [i.name, i.storage, i.osFamily.toLowerCase()]),
    );
  });
});

describe("HIKUBE_CATALOG", () => {
  test("offers every Cozystack preference (the names Hikube's documentation uses), plus the seed's centos and windows, deprecated", () => {
    const names = new Set(HIKUBE_CATALOG.profiles.map((p) => p.name));
    for (const p of upstream.preferences) expect(names).toContain(p.name);
    const extra = HIKUBE_CATALOG.profiles.filter((p) => !upstream.preferences.some((u) => u.name === p.name));
    expect(extra.map((p) => [p.name, p.deprecated])).toEqual([
      ["centos", expect.stringMatching(/in no Cozystack preference list.*prefer centos\.stream10$/)],
      ["windows", expect.stringMatching(/in no Cozystack preference list.*prefer windows\.2k25\.virtio$/)],
    ]);
    // The seed's ubuntu, debian and fedora are KubeVirt names: current, not deprecated.
    for (const name of ["ubuntu", "debian", "fedora", "windows.2k25.virtio"]) expect(HIKUBE_CATALOG.profiles.find((p) => p.name === name)?.deprecated).toBeUndefined();
  });
});

describe("the schema agrees with the charts' values.schema.json (v1.6.2)", () => {
  const charts = {
    VMInstance: JSON.parse(readFileSync(join(FIXTURES, "vm-instance.values.schema.json"), "utf8")),
    VMDisk: JSON.parse(readFileSync(join(FIXTURES, "vm-disk.values.schema.json"), "utf8")),
  } as const;

  test.each(["VMInstance", "VMDisk"] as const)("%s: every chart field exists, with the chart's default", (kind) => {
    const chart = charts[kind].properties as Record<string, { default?: unknown }>;
    const fields = new Map(KINDS[kind].spec.fields.map((f) => [f.name, f]));
    for (const [name, property] of Object.entries(chart)) {
      const field = fields.get(name);
      expect({ name, known: field !== undefined }).toEqual({ name, known: true });
      // subnets is deprecated: accepted and never emitted, so it carries no default of ours.
      if (name !== "subnets") expect({ name, default: field?.default }).toEqual({ name, default: property.default });
    }
  });
});
