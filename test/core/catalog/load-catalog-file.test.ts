import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv";
import {
  CATALOG_FILE_SCHEMA,
  CatalogError,
  COZYSTACK_CATALOG,
  HIKUBE_CATALOG,
  loadCatalogFile,
  parseCatalogFile,
  resolveCatalog,
  validateCatalog,
} from "../../../src/core/catalog";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "catalog-test-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The CatalogError thrown by `fn` (fails the test if it throws nothing, or something else). */
function catalogError(fn: () => unknown): CatalogError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError);
    return error as CatalogError;
  }
  throw new Error("expected a CatalogError");
}

const FULL_YAML = `# A small cloud
name: small-cloud
description: Two sizes and one image
instanceTypes:
  - name: a1.small
    vcpu: 1
    memory: 2Gi
  - name: a1.large
    series: big
    vcpu: 4
    memory: 8Gi
    description: Large
profiles:
  - name: ubuntu
    recommended: true
images:
  - name: ubuntu-24.04
    minimumStorage: 4Gi
  - name: installer-1.0
    os: installer
    minimumStorage: 1.5Gi
    iso: true
storageClasses:
  - name: ceph
    replicated: true
  - name: local
    replicated: false
`;

describe("loadCatalogFile: full catalogs", () => {
  it("reads a YAML file, filling in series, os and iso", () => {
    const catalog = loadCatalogFile(write("full.yaml", FULL_YAML));
    expect(catalog).toEqual({
      name: "small-cloud",
      description: "Two sizes and one image",
      instanceTypes: [
        { name: "a1.small", series: "a1", vcpu: 1, memory: "2Gi" },
        { name: "a1.large", series: "big", vcpu: 4, memory: "8Gi", description: "Large" },
      ],
      profiles: [{ name: "ubuntu", recommended: true }],
      images: [
        { name: "ubuntu-24.04", os: "ubuntu", minimumStorage: "4Gi", iso: false },
        { name: "installer-1.0", os: "installer", minimumStorage: "1.5Gi", iso: true },
      ],
      storageClasses: [
        { name: "ceph", replicated: true },
        { name: "local", replicated: false },
      ],
    });
    expect(validateCatalog(catalog)).toEqual([]);
    expect(Object.isFrozen(catalog.images[0])).toBe(true);
  });

  it("reads a JSON file, naming the catalog after the file by default", () => {
    const path = write(
      "my-cloud.json",
      JSON.stringify({
        instanceTypes: [{ name: "x.small", vcpu: 1, memory: "1Gi" }],
        profiles: [],
        images: [],
        storageClasses: [{ name: "standard", replicated: false }],
      }),
    );
    const catalog = loadCatalogFile(path);
    expect(catalog.name).toBe("my-cloud");
    expect(catalog.description).toContain("my-cloud.json");
    expect(catalog.instanceTypes).toEqual([{ name: "x.small", series: "x", vcpu: 1, memory: "1Gi" }]);
    expect(catalog.profiles).toEqual([]);
  });

  it("accepts the same file through resolveCatalog", () => {
    const path = write("again.yaml", FULL_YAML);
    expect(resolveCatalog(path).name).toBe("small-cloud");
  });
});

describe("loadCatalogFile: extends", () => {
  it("adds to and replaces entries of hikube (YAML)", () => {
    const path = write(
      "extends.yaml",
      `extends: hikube
images:
  - name: ubuntu-2404
    minimumStorage: 6Gi
  - name: windows-2025
    os: windows
    version: "2025"
    minimumStorage: 64Gi
storageClasses:
  - name: fast
    replicated: false
    description: NVMe
`,
    );
    const catalog = loadCatalogFile(path);
    expect(catalog.name).toBe("hikube");
    expect(catalog.description).toContain("extends.yaml");
    expect(catalog.instanceTypes).toEqual(HIKUBE_CATALOG.instanceTypes);
    expect(catalog.images).toHaveLength(HIKUBE_CATALOG.images.length + 1);
    const index = HIKUBE_CATALOG.images.findIndex((i) => i.name === "ubuntu-2404");
    expect(catalog.images[index]).toEqual({ name: "ubuntu-2404", os: "ubuntu", minimumStorage: "6Gi", iso: false });
    expect(catalog.images[catalog.images.length - 1]).toEqual({ name: "windows-2025", os: "windows", version: "2025", minimumStorage: "64Gi", iso: false });
    expect(catalog.storageClasses.map((s) => s.name)).toEqual(["local", "replicated", "fast"]);
    // The built-in catalog is untouched.
    expect(HIKUBE_CATALOG.images[index].minimumStorage).toBe("4Gi");
  });

  it("extends cozystack (JSON), with a name of its own", () => {
    const path = write("extends.json", JSON.stringify({ extends: "cozystack", name: "my-cozy", profiles: [{ name: "talos", description: "Talos" }] }));
    const catalog = loadCatalogFile(path);
    expect(catalog.name).toBe("my-cozy");
    expect(catalog.profiles).toHaveLength(COZYSTACK_CATALOG.profiles.length + 1);
    expect(catalog.instanceTypes).toBe(COZYSTACK_CATALOG.instanceTypes);
  });

  it("accepts an extension with no entries", () => {
    expect(loadCatalogFile(write("empty-ext.yaml", "extends: cozystack\n")).images).toEqual(COZYSTACK_CATALOG.images);
  });
});

describe("loadCatalogFile: broken files", () => {
  it("rejects an unknown key, naming file, path and line, and suggesting the right key", () => {
    const path = write(
      "unknown-key.yaml",
      `extends: hikube
instanceTypes:
  - name: x1.small
    cpu: 2
    memory: 4Gi
`,
    );
    const error = catalogError(() => loadCatalogFile(path));
    expect(error.message).toContain(`${path}: instanceTypes[0].cpu: unknown key "cpu" (did you mean "vcpu"?)`);
    expect(error.message).toContain(`${path}: instanceTypes[0].vcpu: required key "vcpu" is missing`);
    expect(error.file).toBe(path);
    // In file order: the missing key is reported at its object (line 3), the unknown key at itself.
    expect(error.path).toBe("instanceTypes[0].vcpu");
    expect(error.problems).toEqual([
      expect.objectContaining({ path: "instanceTypes[0].vcpu", line: 3, column: 5 }),
      expect.objectContaining({ path: "instanceTypes[0].cpu", line: 4, column: 5 }),
    ]);
  });

  it("rejects an unknown top-level key (e.g. a misspelt section)", () => {
    const path = write("misspelt.yaml", "extends: hikube\nstorageclasses: []\n");
    const error = catalogError(() => loadCatalogFile(path));
    expect(error.message).toBe(
      `${path}: storageclasses: unknown key "storageclasses" (did you mean "storageClasses"?); allowed: name, description, extends, instanceTypes, profiles, images, storageClasses`,
    );
  });

  it("rejects a memory that is not a quantity", () => {
    const path = write(
      "catalog.yaml",
      `extends: hikube
instanceTypes:
  - { name: x1.a, vcpu: 1, memory: 2Gi }
  - { name: x1.b, vcpu: 2, memory: 4Gi }
  - { name: x1.c, vcpu: 4, memory: 8GB }
`,
    );
    const error = catalogError(() => loadCatalogFile(path));
    expect(error.message).toBe(`${path}: instanceTypes[2].memory: "8GB" is not a quantity (did you mean "8Gi"?)`);
    expect(error.problems).toEqual([{ path: "instanceTypes[2].memory", message: '"8GB" is not a quantity (did you mean "8Gi"?)', line: 5, column: 36 }]);
  });

  it("rejects a minimum storage given as a number, and a vCPU that is not a positive integer", () => {
    const path = write(
      "numbers.json",
      JSON.stringify({ extends: "hikube", instanceTypes: [{ name: "x1.a", vcpu: 0, memory: "1Gi" }, { name: "x1.b", vcpu: 1.5, memory: "1Gi" }], images: [{ name: "x-1", minimumStorage: 4 }] }, null, 2),
    );
    const error = catalogError(() => loadCatalogFile(path));
    expect(error.message.split("\n")).toEqual([
      `${path}: instanceTypes[0].vcpu: 0 is not a positive integer`,
      `${path}: instanceTypes[1].vcpu: 1.5 is not a positive integer`,
      `${path}: images[0].minimumStorage: 4 is not a quantity (write it as a string with a unit, e.g. "8Gi")`,
    ]);
  });

  it("rejects duplicate names within a section", () => {
    const path = write(
      "duplicate.yaml",
      `extends: cozystack
images:
  - name: my-image
    minimumStorage: 5Gi
  - name: other
    minimumStorage: 5Gi
  - name: my-image
    minimumStorage: 6Gi
`,
    );
    const error = catalogError(() => loadCatalogFile(path));
    expect(error.message).toBe(`${path}: images[2].name: duplicate name "my-image" (already at images[0])`);
    expect(error.problems[0].line).toBe(7);
  });

  it("allows the same name in different sections", () => {
    const path = write("same-name.yaml", "extends: hikube\nprofiles: [{ name: talos }]\nimages: [{ name: talos, minimumStorage: 8Gi }]\n");
    expect(loadCatalogFile(path).name).toBe("hikube");
  });

  it("rejects a YAML syntax error, with its line", () => {
    const path = write("syntax.yaml", "extends: hikube\nimages:\n  - name: a\n    minimumStorage: [4Gi\n");
    const error = catalogError(() => loadCatalogFile(path));
    expect(error.message).toMatch(new RegExp(`^${escape(path)}: YAML syntax error at line \\d+, column \\d+: `));
    expect(error.line).toBeGreaterThanOrEqual(4);
  });

  it("rejects a JSON syntax error", () => {
    const path = write("syntax.json", '{\n  "extends": "hikube",\n  "images": [,]\n}\n');
    const error = catalogError(() => loadCatalogFile(path));
    expect(error.message).toMatch(new RegExp(`^${escape(path)}: JSON syntax error`));
  });

  it("rejects duplicate keys in YAML", () => {
    const path = write("dup-keys.yaml", "extends: hikube\nextends: cozystack\n");
    expect(catalogError(() => loadCatalogFile(path)).message).toContain(`${path}: YAML syntax error at line 2`);
  });

  it("rejects an unknown catalog to extend, with a suggestion", () => {
    const path = write("bad-extends.yaml", "extends: hikub\n");
    expect(catalogError(() => loadCatalogFile(path)).message).toBe(
      `${path}: extends: "hikub" is not a built-in catalog; expected "hikube" or "cozystack" (did you mean "hikube"?)`,
    );
  });

  it("requires the four sections of a full catalog", () => {
    const path = write("partial.yaml", "name: partial\ninstanceTypes: []\nprofiles: []\n");
    const error = catalogError(() => loadCatalogFile(path));
    expect(error.problems.map((p) => p.path)).toEqual(["images", "storageClasses"]);
    expect(error.message).toContain('without "extends"');
  });

  it("rejects invalid entry names, wrong types and empty files", () => {
    const names = write("names.yaml", "extends: hikube\nstorageClasses: [{ name: Fast_SSD, replicated: yes }]\n");
    expect(catalogError(() => loadCatalogFile(names)).message.split("\n")).toEqual([
      `${names}: storageClasses[0].name: "Fast_SSD" is not a valid name: lowercase letters, digits, "-" and ".", starting and ending with a letter or digit`,
      `${names}: storageClasses[0].replicated: expected a boolean, got "yes"`,
    ]);
    const list = write("list.yaml", "- extends: hikube\n");
    expect(catalogError(() => loadCatalogFile(list)).message).toBe(`${list}: expected an object, got a list`);
    const empty = write("empty.yaml", "# nothing here\n");
    expect(catalogError(() => loadCatalogFile(empty)).message).toMatch(new RegExp(`^${escape(empty)}: the file is empty`));
  });

  it("reports a missing file", () => {
    const path = join(dir, "nope.yaml");
    expect(catalogError(() => loadCatalogFile(path)).message).toBe(`${path}: cannot read the catalog file: no such file`);
    expect(catalogError(() => loadCatalogFile(dir)).message).toBe(`${dir}: cannot read the catalog file: it is a directory`);
  });
});

describe("resolveCatalog", () => {
  it("returns the built-in catalogs by name", () => {
    expect(resolveCatalog("hikube")).toBe(HIKUBE_CATALOG);
    expect(resolveCatalog("cozystack")).toBe(COZYSTACK_CATALOG);
  });

  it("reports an unknown name with a suggestion", () => {
    expect(catalogError(() => resolveCatalog("hikub")).message).toBe(
      'unknown catalog "hikub" (did you mean "hikube"?); expected "hikube", "cozystack" or the path of a catalog file (.yaml, .yml or .json)',
    );
    expect(catalogError(() => resolveCatalog("Cozystack")).message).toContain('did you mean "cozystack"?');
  });

  it("treats anything path-like as a file", () => {
    expect(catalogError(() => resolveCatalog("./missing.yaml")).message).toBe("./missing.yaml: cannot read the catalog file: no such file");
  });
});

describe("CATALOG_FILE_SCHEMA", () => {
  it("is a strict draft-07 schema that ajv compiles on its own", () => {
    const ajv = new Ajv({ strict: true, strictRequired: false });
    expect(ajv.validateSchema(CATALOG_FILE_SCHEMA)).toBe(true);
    const validate = ajv.compile(CATALOG_FILE_SCHEMA);
    expect(validate({ extends: "hikube" })).toBe(true);
    expect(validate({ extends: "hikube", surprise: 1 })).toBe(false);
    expect(CATALOG_FILE_SCHEMA.additionalProperties).toBe(false);
    expect(CATALOG_FILE_SCHEMA.$schema).toBe("http://json-schema.org/draft-07/schema#");
  });

  it("accepts the built-in catalogs written as files", () => {
    const validate = new Ajv({ strictRequired: false }).compile(CATALOG_FILE_SCHEMA);
    for (const catalog of [HIKUBE_CATALOG, COZYSTACK_CATALOG]) {
      expect(validate(JSON.parse(JSON.stringify(catalog)))).toBe(true);
      const path = write(`${catalog.name}-copy.json`, JSON.stringify(catalog));
      expect(loadCatalogFile(path)).toEqual(catalog);
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("osFamily", () => {
  test("a golden image and a profile can say they are Windows", () => {
    const catalog = parseCatalogFile(
      "extends: hikube\nimages:\n  - { name: windows-2k25, minimumStorage: 20Gi, osFamily: windows }\nprofiles:\n  - { name: win-custom, osFamily: windows }\n",
      "catalog.yaml",
    );
    expect(catalog.images.find((i) => i.name === "windows-2k25")).toMatchObject({ osFamily: "windows", os: "windows", iso: false });
    expect(catalog.profiles.find((p) => p.name === "win-custom")).toEqual({ name: "win-custom", osFamily: "windows" });
  });

  test("anything else than linux or windows is refused, naming both", () => {
    expect(() => parseCatalogFile("extends: hikube\nimages:\n  - { name: bsd-14, minimumStorage: 5Gi, osFamily: bsd }\n", "catalog.yaml")).toThrow(
      /images\[0\]\.osFamily: "bsd" is not one of the allowed values: "linux", "windows"/,
    );
  });
});
