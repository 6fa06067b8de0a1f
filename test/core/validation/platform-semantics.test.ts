// What the platform (Cozystack v1.6.2, chart vm-instance 0.12.0: templates/vm.yaml, _helpers.tpl) accepts,
// the library accepts too, and what the chart fails after apply, the library reports before.
import { COZYSTACK_CATALOG, extendCatalog, HIKUBE_CATALOG } from "../../../src/core/catalog";
import { renderManifest } from "../../../src/core/render/render-manifest";
import { validateDefinition } from "../../../src/core/validation/validate-definition";
import { disk, ED25519_KEY, errorsOf, instance } from "../../helpers/definitions";

const nonInfo = (def: ReturnType<typeof instance>) => validateDefinition(def).filter((f) => f.severity !== "info");

describe("null means unset (the API server prunes it and the chart's default applies)", () => {
  test("sshKeys: null is accepted and rendered as the default []", () => {
    const def = instance({ disks: ["web-system"], sshKeys: null });
    expect(nonInfo(def)).toEqual([]);
    expect(renderManifest(def).spec.sshKeys).toEqual([]);
  });

  test("any optional field may be null: its default is rendered", () => {
    const def = instance({ cloudInit: null, externalPorts: null, resources: null, instanceType: null, disks: [{ name: "a", bus: null }] });
    expect(nonInfo(def)).toEqual([]);
    expect(renderManifest(def).spec).toMatchObject({ cloudInit: "", externalPorts: [22], resources: {}, instanceType: "u1.medium", disks: [{ name: "a" }] });
    expect(nonInfo(disk({ source: null, storageClass: null }))).toEqual([]);
  });

  test("labels: null and annotations: null are unset too, and render as absent", () => {
    const def = { ...disk({}), metadata: { name: "d", namespace: "tenant-a", labels: null, annotations: null } } as unknown as ReturnType<typeof disk>;
    expect(validateDefinition(def).filter((f) => f.severity === "error")).toEqual([]);
    expect(renderManifest(def).metadata).toEqual({ name: "d", namespace: "tenant-a" });
  });

  test("runStrategy: null leaves running to decide", () => {
    expect(renderManifest(instance({ running: false, runStrategy: null })).spec.runStrategy).toBe("Halted");
  });

  test("a required field may not be null", () => {
    expect(errorsOf(instance({ disks: [{ name: null }] }))).toEqual([expect.objectContaining({ path: "spec.disks[0].name", code: "type" })]);
  });
});

describe('instanceType: "" with resources (the chart: "Either instanceType or resources (cpu, sockets, memory) must be specified")', () => {
  test("cpu, sockets and memory all given: accepted, rendered as given", () => {
    const def = instance({ instanceType: "", resources: { cpu: 4, sockets: 1, memory: "8Gi" }, disks: ["a"] });
    expect(nonInfo(def)).toEqual([]);
    expect(renderManifest(def).spec).toMatchObject({ instanceType: "", resources: { cpu: "4", sockets: "1", memory: "8Gi" } });
  });

  test("sockets missing: an error at spec.resources.sockets, since the VM would fail only after apply", () => {
    const errors = errorsOf(instance({ instanceType: "", resources: { cpu: 4, memory: "8Gi" } }));
    expect(errors).toEqual([
      expect.objectContaining({
        path: "spec.resources.sockets",
        code: "resources",
        message: "missing resources.sockets: instanceType is empty, so the platform needs resources.cpu, resources.sockets and resources.memory, all three, and fails the VM after apply without sockets",
        suggestion: "1",
      }),
    ]);
  });

  test("no resources at all: an error at spec.instanceType", () => {
    expect(errorsOf(instance({ instanceType: "" }))).toEqual([
      expect.objectContaining({ path: "spec.instanceType", code: "resources", message: expect.stringContaining("Either instanceType or resources (cpu, sockets, memory) must be specified") }),
    ]);
    expect(errorsOf(instance({ instanceType: "", resources: {} }))).toEqual([expect.objectContaining({ path: "spec.instanceType" })]);
  });

  test('instanceProfile: "" (no preference) is accepted', () => {
    expect(nonInfo(instance({ instanceProfile: "" }))).toEqual([]);
  });
});

describe("resources next to an instanceType", () => {
  test("a full set overrides the instance type: accepted", () => {
    expect(nonInfo(instance({ instanceType: "u1.large", resources: { cpu: 2, sockets: 2, memory: "4Gi" } }))).toEqual([]);
  });

  test("a partial set fails after apply: an error at each missing field", () => {
    expect(errorsOf(instance({ instanceType: "u1.large", resources: { memory: "4Gi" } })).map((f) => [f.path, f.message])).toEqual([
      ["spec.resources.cpu", "missing resources.cpu: resources override the instance type only as a whole (cpu, sockets and memory); with memory alone the VM fails after apply"],
      ["spec.resources.sockets", "missing resources.sockets: resources override the instance type only as a whole (cpu, sockets and memory); with memory alone the VM fails after apply"],
    ]);
  });
});

describe("user data that cloud-init would ignore", () => {
  const warningsOf = (cloudInit: string) => validateDefinition(instance({ cloudInit })).filter((f) => f.severity !== "info");

  test("no header: a warning at spec.cloudInit saying nothing in it runs", () => {
    expect(warningsOf("users:\n  - name: admin\n    ssh_authorized_keys: [x]\npackages: [nginx]\n")).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: "spec.cloudInit",
        code: "cloud-init-header",
        message: expect.stringContaining("cloud-init ignores this user data"),
        suggestion: "#cloud-config",
      }),
    ]);
  });

  test.each([
    ["#cloud-config", "#cloud-config\npackages: [nginx]\n"],
    ["a script", "#!/bin/bash\napt-get install -y nginx\n"],
    ["an include", "#include\nhttps://example.com/user-data\n"],
    ["a boothook", "#cloud-boothook\n#!/bin/sh\necho hi > /run/boot\n"],
    ["a part handler", "#part-handler\ndef list_types():\n    return []\n"],
    ["a cloud-config archive", "#cloud-config-archive\n- type: text/cloud-config\n  content: 'packages: [nginx]'\n"],
    ["a cloud-config JSON patch", '#cloud-config-jsonp\n[{"op": "add", "path": "/packages", "value": ["nginx"]}]\n'],
    ["a jinja template", "## template: jinja\n#cloud-config\nhostname: {{ v1.local_hostname }}\n"],
    ["MIME multipart", 'Content-Type: multipart/mixed; boundary="==B=="\nMIME-Version: 1.0\n\n--==B==\n'],
    ["gzip", "\u001f\u008b\b\u0000\u0000\u0000\u0000\u0000"],
    ["empty", ""],
  ])("%s: no warning", (_name, text) => {
    expect(warningsOf(text)).toEqual([]);
  });
});

describe("an unknown golden image says how to declare it", () => {
  test("the message shows the catalog file's shape, extending the catalog in use", () => {
    const [error] = errorsOf(disk({ source: { image: { name: "windows-2k25" } } }));
    expect(error).toMatchObject({ path: "spec.source.image.name", code: "catalog" });
    expect(error.message).toBe(
      'unknown golden image "windows-2k25"; if the platform provides it, declare it in a catalog file and pass it with --catalog FILE (or loadCatalogFile(FILE) in code): "extends: hikube" then "images:" with an entry "- { name: windows-2k25, minimumStorage: 20Gi }" (add osFamily: windows for a Windows image, iso: true for an installer ISO)',
    );
    const [cozy] = validateDefinition(disk({ source: { image: { name: "my-image" } } }), { catalog: COZYSTACK_CATALOG });
    expect(cozy.message).toContain('"extends: cozystack"');
  });

  test("once declared, it validates", () => {
    const catalog = extendCatalog(HIKUBE_CATALOG, { images: [{ name: "windows-2k25", os: "windows", minimumStorage: "20Gi", iso: false, osFamily: "windows" }] });
    expect(validateDefinition(disk({ source: { image: { name: "windows-2k25" } }, storage: "40Gi" }), { catalog })).toEqual([]);
  });
});

test("the quick start of the platform's docs has no finding beyond info", () => {
  expect(nonInfo(instance({ instanceType: "u1.medium", instanceProfile: "ubuntu", disks: [{ name: "example-system" }], sshKeys: [ED25519_KEY] }))).toEqual([]);
});
