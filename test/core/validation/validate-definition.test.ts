import { validateDefinition, validateDefinitions } from "../../../src/core/validation/validate-definition";
import { disk, ED25519_KEY, SEED_PRODUCTION_VM_SPEC, errorsOf, instance, onlyError } from "../../helpers/definitions";

describe("a valid definition", () => {
  test("the seed's production-vm.yaml (with a real key) has no error", () => {
    const def = instance(SEED_PRODUCTION_VM_SPEC, "vm-example");
    expect(errorsOf(def)).toEqual([]);
  });

  test("the seed's ubuntu-golden-disk.yaml has no error, and says the unversioned image is deprecated", () => {
    const findings = validateDefinition(disk({ source: { image: { name: "ubuntu" } }, optical: false, storage: "20Gi", storageClass: "replicated" }, "ubuntu-system"));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ severity: "info", path: "spec.source.image.name", code: "catalog-deprecated" })]);
  });

  test("every field the platform accepts", () => {
    const def = instance({
      external: true,
      externalMethod: "WholeIP",
      externalPorts: [],
      externalAllowICMP: false,
      runStrategy: "RerunOnFailure",
      instanceType: "m1.xlarge",
      instanceProfile: "debian",
      disks: [{ name: "sys", bus: "sata" }, "data"],
      networks: [{ name: "private" }],
      gpus: [{ name: "nvidia.com/AD102GL_L40S" }],
      cpuModel: "host-passthrough",
      resources: { cpu: 4, memory: "16Gi", sockets: 1 },
      sshKeys: [ED25519_KEY],
      cloudInit: "#cloud-config\npackages: [htop]\n",
      cloudInitSeed: "seed-1",
    });
    expect(errorsOf(def)).toEqual([]);
    const source = disk({ source: { disk: { name: "golden" } }, storage: 10737418240 });
    expect(errorsOf(source)).toEqual([]);
    expect(errorsOf(disk({ source: { upload: {} } }))).toEqual([]);
    expect(errorsOf(disk({ source: {} }))).toEqual([]);
  });
});

describe("unknown fields", () => {
  test("a typo gets the closest known name", () => {
    const f = onlyError(instance({ instancetype: "u1.large" }));
    expect(f).toMatchObject({ kind: "VMInstance", name: "web", path: "spec.instancetype", code: "unknown-field", suggestion: "instanceType" });
    expect(f.message).toContain("silently ignores");
  });

  test("systemDisk from the old VirtualMachine kind is explained", () => {
    const f = onlyError(instance({ systemDisk: { image: "ubuntu" } }));
    expect(f.path).toBe("spec.systemDisk");
    expect(f.message).toMatch(/old VirtualMachine kind.*VMDisk/);
  });

  test("nested unknown fields too", () => {
    const f = onlyError(disk({ source: { http: { uri: "https://example.com/a.img" } } }));
    expect(f.path).toBe("spec.source.http.uri");
    expect(f.suggestion).toBe("url");
  });
});

describe("enums and catalog names", () => {
  test.each([
    [instance({ externalMethod: "Wholeip" }), "spec.externalMethod", "WholeIP"],
    [instance({ runStrategy: "always" }), "spec.runStrategy", "Always"],
    [instance({ instanceType: "u1.larg" }), "spec.instanceType", "u1.large"],
    [instance({ instanceProfile: "ubunto" }), "spec.instanceProfile", "ubuntu"],
    [disk({ source: { image: { name: "ubunto" } } }), "spec.source.image.name", "ubuntu"],
    [disk({ storageClass: "replicted" }), "spec.storageClass", "replicated"],
  ])("%# %s", (def, path, suggestion) => {
    const f = onlyError(def);
    expect(f.path).toBe(path);
    expect(f.suggestion).toBe(suggestion);
    expect(f.allowed).toBeTruthy();
  });

  test("a name far from every entry gets no suggestion", () => {
    expect(onlyError(instance({ instanceType: "banana" })).suggestion).toBeUndefined();
  });
});

describe("metadata.name", () => {
  test.each([
    ["Web", "has uppercase letters", "web"],
    ["web_1", "characters other than", "web-1"],
    ["1web", "does not start with a letter", "web"],
    ["web-", "does not end with a letter or digit", "web"],
  ])("%s", (name, message, suggestion) => {
    const f = onlyError(instance({}, name));
    expect(f.path).toBe("metadata.name");
    expect(f.message).toContain(message);
    expect(f.suggestion).toBe(suggestion);
  });

  test("at most 41 characters for a VMInstance and 45 for a VMDisk", () => {
    expect(errorsOf(instance({}, "a".repeat(41)))).toEqual([]);
    expect(onlyError(instance({}, "a".repeat(42))).message).toContain("more than 41");
    expect(errorsOf(disk({}, "a".repeat(45)))).toEqual([]);
    expect(onlyError(disk({}, "a".repeat(46))).message).toContain("more than 45");
  });
});

describe("quantities and sizes", () => {
  test("20GB is not a quantity: say 20Gi", () => {
    const f = onlyError(disk({ storage: "20GB" }));
    expect(f).toMatchObject({ path: "spec.storage", code: "quantity", suggestion: "20Gi" });
  });

  test("sizes must be positive", () => {
    expect(onlyError(disk({ storage: "0" })).message).toContain("greater than zero");
    expect(onlyError(disk({ storage: "-1Gi" })).message).toContain("greater than zero");
    expect(onlyError(instance({ resources: { cpu: 1, sockets: 1, memory: "0Gi" } })).path).toBe("spec.resources.memory");
  });

  test("a bare small number is bytes, which is never meant", () => {
    const f = onlyError(disk({ storage: 20 }));
    expect(f).toMatchObject({ path: "spec.storage", suggestion: "20Gi" });
    expect(f.message).toContain("20 bytes");
  });

  test("canonical and exotic but valid quantities pass", () => {
    for (const storage of ["20Gi", "1Ti", "500M", "1.5Gi", 21474836480]) expect(errorsOf(disk({ storage }))).toEqual([]);
    expect(errorsOf(instance({ resources: { cpu: "500m", sockets: 1, memory: "1Gi" } }))).toEqual([]);
  });

  test("a quantity of the wrong type", () => {
    expect(onlyError(disk({ storage: true }))).toMatchObject({ path: "spec.storage", code: "type" });
  });
});

describe("ports", () => {
  test("1 to 65535", () => {
    expect(onlyError(instance({ externalPorts: [22, 70000] }))).toMatchObject({ path: "spec.externalPorts[1]", code: "range", allowed: "1 to 65535" });
    expect(onlyError(instance({ externalPorts: [0] })).path).toBe("spec.externalPorts[0]");
    expect(errorsOf(instance({ externalPorts: [1, 65535] }))).toEqual([]);
  });

  test("no duplicates", () => {
    expect(onlyError(instance({ externalPorts: [22, 443, 22] }))).toMatchObject({ path: "spec.externalPorts[2]", code: "duplicate" });
  });

  test("integers only", () => {
    expect(onlyError(instance({ externalPorts: ["22"] }))).toMatchObject({ path: "spec.externalPorts[0]", code: "type" });
  });
});

describe("disk sources", () => {
  test("at most one source", () => {
    const f = onlyError(disk({ source: { http: { url: "https://example.com/a.img" }, image: { name: "ubuntu-2404" } } }));
    expect(f).toMatchObject({ path: "spec.source", code: "one-source" });
    expect(f.message).toContain("http and image");
  });

  test("http.url is an http(s) URL", () => {
    expect(onlyError(disk({ source: { http: { url: "ftp://example.com/a.img" } } }))).toMatchObject({ path: "spec.source.http.url", code: "url" });
    expect(onlyError(disk({ source: { http: { url: "not a url" } } })).message).toContain("not a valid URL");
    expect(errorsOf(disk({ source: { http: { url: "https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img" } } }))).toEqual([]);
  });

  test("a source needs its field", () => {
    expect(onlyError(disk({ source: { http: {} } }))).toMatchObject({ path: "spec.source.http.url", code: "required" });
  });
});

describe("SSH keys", () => {
  const PRIVATE = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----\n";

  test("a private key is rejected and never echoed", () => {
    const f = onlyError(instance({ sshKeys: [ED25519_KEY, PRIVATE] }));
    expect(f).toMatchObject({ path: "spec.sshKeys[1]", code: "private-key" });
    expect(JSON.stringify(f)).not.toContain("b3BlbnNzaC1rZXktdjEAAAAABG5vbmU");
  });

  test("a broken body or an unknown type is rejected", () => {
    expect(onlyError(instance({ sshKeys: ["ssh-ed25519 not*base64 me@host"] })).path).toBe("spec.sshKeys[0]");
    expect(onlyError(instance({ sshKeys: ["ssh-foo AAAAC3NzaC1lZDI1NTE5AAAAIFngqH7md4Y6FwwuyUwgmTZoPdUy5iKNHYZBUGDw7P3q"] })).path).toBe("spec.sshKeys[0]");
  });

  test("the seed's placeholder is called a placeholder", () => {
    expect(onlyError(instance({ sshKeys: ["ssh-rsa AAAA..."] })).message).toContain("placeholder");
  });
});

describe("cloud-init", () => {
  test("#cloud-config must parse as YAML", () => {
    const f = onlyError(instance({ cloudInit: "#cloud-config\nusers:\n  - name: a\n   bad: indent\n" }));
    expect(f).toMatchObject({ path: "spec.cloudInit", code: "cloud-init" });
    expect(f.message).toMatch(/cloud-init line \d+/);
  });

  test("valid cloud-config and scripts pass", () => {
    expect(errorsOf(instance({ cloudInit: "#cloud-config\npackages:\n  - htop\n" }))).toEqual([]);
    expect(errorsOf(instance({ cloudInit: "#!/bin/bash\necho ${HOME}\n" }))).toEqual([]);
  });
});

describe("running and runStrategy", () => {
  test("a contradiction is an error", () => {
    expect(onlyError(instance({ running: true, runStrategy: "Halted" }))).toMatchObject({ path: "spec.running", code: "run-strategy", suggestion: "Always" });
    expect(onlyError(instance({ running: false, runStrategy: "Always" }))).toMatchObject({ suggestion: "Halted" });
  });

  test("agreement is fine", () => {
    expect(errorsOf(instance({ running: true, runStrategy: "Always" }))).toEqual([]);
    expect(errorsOf(instance({ running: false, runStrategy: "Halted" }))).toEqual([]);
  });
});

describe("envelope and whole sets", () => {
  test("wrong types anywhere are named", () => {
    expect(onlyError(instance({ external: "yes" }))).toMatchObject({ path: "spec.external", message: 'expected true or false, got a string "yes"' });
    expect(onlyError(instance({ disks: [42] }))).toMatchObject({ path: "spec.disks[0]", code: "type" });
  });

  test("a wrong apiVersion is named", () => {
    const def = { ...instance({}), apiVersion: "apps.cozystack.io/v1" };
    expect(onlyError(def)).toMatchObject({ path: "apiVersion", suggestion: "apps.cozystack.io/v1alpha1" });
  });

  test("the same kind, namespace and name twice is an error", () => {
    const findings = validateDefinitions([disk({}, "a"), disk({}, "a"), instance({}, "a")]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([expect.objectContaining({ kind: "VMDisk", name: "a", code: "duplicate-resource" })]);
  });

  test("duplicate disk names in one instance", () => {
    expect(onlyError(instance({ disks: ["a", { name: "a" }] }))).toMatchObject({ path: "spec.disks[1]", code: "duplicate" });
  });

  test("junk never throws", () => {
    for (const spec of [null, 42, "x", [], { disks: "a" }, { externalPorts: {} }, { resources: [] }, { source: null }]) {
      expect(() => validateDefinition(instance(spec as never))).not.toThrow();
      expect(() => validateDefinition(disk(spec as never))).not.toThrow();
    }
  });
});
