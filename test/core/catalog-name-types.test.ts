// Issue 16: catalog names are typed (completion, typos visible) while any string still compiles.
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { HIKUBE_CATALOG } from "../../src/core/catalog";

const root = join(__dirname, "..", "..");

// What a user's program may write. `Known<T>` keeps the literal names of a name type: the ones editors complete.
const CONSUMER = `
import type { ImageName, InstanceProfileName, InstanceTypeName, StorageClassName, VirtualMachineProps, VmDiskProps, VmInstanceProps } from ${JSON.stringify(join(root, "src"))};

type Known<T> = T extends unknown ? (string extends T ? never : T) : never;

export const fromCatalog: VmInstanceProps = { name: "web", instanceType: "u1.large", instanceProfile: "ubuntu" };
export const ownCatalog: VmInstanceProps = { name: "web", instanceType: "acme.huge", instanceProfile: "acme-os" };
const computed: string = ["u1", "large"].join(".");
export const anyString: InstanceTypeName = computed;
export const disk: VmDiskProps = { name: "d", storageClass: "replicated", source: { image: { name: "ubuntu-2404" } } };
export const vm: VirtualMachineProps = { name: "vm", systemDisk: { image: "debian-12", storageClass: "local" } };

export const known: Known<InstanceTypeName> = "u1.large";
export const knownProfile: Known<InstanceProfileName> = "windows.2k25.virtio";
export const knownImage: Known<ImageName> = "ubuntu-2404";
export const knownClass: Known<StorageClassName> = "local";
// @ts-expect-error a typo is no name of the catalog: the editor offers none like it
export const typo: Known<InstanceTypeName> = "u1.2xlage";
// @ts-expect-error still a string type, not any
export const notAString: InstanceTypeName = 5;
`;

describe("catalog name types", () => {
  const out = join(mkdtempSync(join(tmpdir(), "hk-catalog-types-")), "out");
  let tsc: ReturnType<typeof spawnSync>;
  beforeAll(() => {
    const file = join(out, "..", "consumer.ts");
    writeFileSync(file, CONSUMER);
    tsc = spawnSync(
      process.execPath,
      [
        join(root, "node_modules", "typescript", "bin", "tsc"),
        ...["--strict", "--skipLibCheck", "--target", "ES2022", "--module", "commonjs", "--moduleResolution", "node", "--esModuleInterop", "--types", "node"],
        ...["--declaration", "--emitDeclarationOnly", "--outDir", out, "--rootDir", "/"],
        file,
      ],
      { cwd: root, encoding: "utf8" },
    );
  }, 180_000);

  test("accept a catalog name and any string, and refuse what is no string", () => {
    expect(`${tsc.stdout}${tsc.stderr}`).toBe("");
    expect(tsc.status).toBe(0);
  });

  test("the emitted .d.ts lists the built-in catalog's names, and the spec types use them", () => {
    const dts = join(out, root, "src", "core", "schema", "generated");
    expect(existsSync(join(dts, "catalog-names.d.ts"))).toBe(true);
    const names = readFileSync(join(dts, "catalog-names.d.ts"), "utf8");
    const sections = { instanceTypes: "InstanceTypeName", profiles: "InstanceProfileName", images: "ImageName", storageClasses: "StorageClassName" } as const;
    for (const [section, type] of Object.entries(sections) as [keyof typeof sections, string][]) {
      const declaration = new RegExp(`export type ${type} = ([^;]*);`).exec(names)?.[1] ?? "";
      const listed = [...declaration.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
      // Deprecated entries are left out of completion (still accepted as any string).
      const offered = HIKUBE_CATALOG[section].filter((e) => !("deprecated" in e && e.deprecated)).map((e) => e.name);
      expect(listed).toEqual(offered);
      expect(offered.length).toBeGreaterThan(1);
      expect(declaration).toMatch(/\| \(string & \{\}\)$/);
    }
    const spec = readFileSync(join(dts, "spec-types.d.ts"), "utf8");
    expect(spec).toMatch(/readonly instanceType\?: InstanceTypeName;/);
    expect(spec).toMatch(/readonly instanceProfile\?: InstanceProfileName;/);
    // The platform receives a plain string: the rendered types are not narrowed.
    expect(spec).toMatch(/interface RenderedVmInstanceSpec \{[^}]*readonly instanceType: string;/);
  });
});
