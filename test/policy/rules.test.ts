// Checkov-style: each rule against definitions that pass and that fail, pinning exactly which
// resources are flagged, where, and at which level in each environment.
import type { ResourceDefinition } from "../../src/core/definition/resource-definition";
import type { PolicyOptions } from "../../src/policy/engine";
import type { Environment } from "../../src/policy/environment";
import { evaluatePolicies } from "../../src/policy/engine";
import { extendCatalog, HIKUBE_CATALOG, looksLikeWindowsMedia } from "../../src/core/catalog";
import { HIKUBE_RULES } from "../../src/policy/rules";
import { disk, ED25519_KEY, instance } from "../helpers/definitions";
import { makePrivateKeyPem, makeRsaPublicKey } from "../helpers/ssh-keys";
import { compliantVm, flaggedByEnvironment, NONE, perEnvironment, withChange } from "./policy-helpers";

interface Case {
  readonly title: string;
  readonly defs: ResourceDefinition[];
  readonly expected: Record<Environment, string[]>;
  readonly options?: Partial<PolicyOptions>;
}

const rule = (id: string) => {
  const found = HIKUBE_RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

const TOKEN = ["ghp", "_", "x1Y2z3".repeat(6)].join("");
const iso = (name = "installer", optical = true) => disk({ source: { image: { name: "proxmox-9" } }, optical, storage: "2Gi" }, name);
const RSA_1024 = makeRsaPublicKey(1024, "old@example.com");
const RSA_2048 = makeRsaPublicKey(2048, "ok@example.com");

/** The Hikube catalog with a Windows golden image, as a platform team would declare it. */
const WINDOWS_CATALOG = extendCatalog(HIKUBE_CATALOG, {
  images: [
    { name: "win2k25", os: "windows", minimumStorage: "40Gi", iso: false, osFamily: "windows" },
    { name: "windows-like-linux", os: "linux", minimumStorage: "4Gi", iso: false, osFamily: "linux" },
  ],
});

/** Hikube's Windows guide: an empty system disk, the installer ISO over http (optical), the VirtIO drivers ISO. */
function windowsIsoVm(spec: Record<string, unknown>): ResourceDefinition[] {
  return [
    disk({ storage: "60Gi" }, "win-system"),
    disk({ source: { http: { url: "http://download.example.com/26100.1742.240906-0331.ge_release_svc_refresh_SERVER_EVAL_x64FRE_en-us.iso" } }, optical: true, storage: "7Gi" }, "win-iso"),
    disk({ source: { http: { url: "https://fedorapeople.org/groups/virt/virtio-win/direct-downloads/stable-virtio/virtio-win.iso" } }, optical: true, storage: "1Gi" }, "virtio-drivers"),
    instance({ disks: ["win-system", "win-iso", "virtio-drivers"], ...spec }, "win"),
  ];
}

const CASES: Record<string, Case[]> = {
  HK001: [
    { title: "replicated (explicit and default) passes", defs: compliantVm(), expected: NONE },
    {
      title: "local storage is flagged on the disk",
      defs: withChange(1, { storageClass: "local" }),
      expected: perEnvironment([], ["warning VMDisk/tenant-test/web-data spec.storageClass"], ["error VMDisk/tenant-test/web-data spec.storageClass"]),
    },
  ],
  HK002: [
    { title: "a system and a data disk pass", defs: compliantVm(), expected: NONE },
    {
      title: "a single disk is flagged",
      defs: withChange(2, { disks: ["web-system"] }),
      expected: perEnvironment([], ["warning VMInstance/tenant-test/web spec.disks"], ["error VMInstance/tenant-test/web spec.disks"]),
    },
    {
      title: "an optical ISO does not count as the second disk",
      defs: [...withChange(2, { disks: ["web-system", "installer"] }), iso()],
      expected: perEnvironment([], ["warning VMInstance/tenant-test/web spec.disks"], ["error VMInstance/tenant-test/web spec.disks"]),
    },
    {
      title: "a disk declared outside the configuration counts",
      defs: withChange(2, { disks: ["web-system", "legacy-data"] }),
      options: { externalDisks: ["legacy-data"] },
      expected: NONE,
    },
  ],
  HK003: [
    { title: "PortList passes", defs: compliantVm(), expected: NONE },
    { title: "WholeIP on a VM that is not external passes", defs: withChange(2, { external: false, externalPorts: undefined, externalMethod: "WholeIP" }), expected: NONE },
    {
      title: "external WholeIP is flagged",
      defs: withChange(2, { externalMethod: "WholeIP", externalPorts: undefined }),
      expected: perEnvironment(
        ["warning VMInstance/tenant-test/web spec.externalMethod"],
        ["warning VMInstance/tenant-test/web spec.externalMethod"],
        ["error VMInstance/tenant-test/web spec.externalMethod"],
      ),
    },
  ],
  HK004: [
    {
      title: "keys only passes (ssh_pwauth false, lock_passwd true)",
      defs: withChange(2, { cloudInit: "#cloud-config\nssh_pwauth: false\nusers:\n  - name: ops\n    lock_passwd: true\n" }),
      expected: NONE,
    },
    {
      title: "ssh_pwauth: true is flagged",
      defs: withChange(2, { cloudInit: "#cloud-config\nssh_pwauth: true\n" }),
      expected: perEnvironment(["warning VMInstance/tenant-test/web spec.cloudInit"], ["error VMInstance/tenant-test/web spec.cloudInit"], ["error VMInstance/tenant-test/web spec.cloudInit"]),
    },
    {
      title: "lock_passwd: false and a clear-text password are two findings",
      defs: withChange(2, { cloudInit: "#cloud-config\nusers:\n  - name: ops\n    lock_passwd: false\n    plain_text_passwd: hunter2hunter2\n" }),
      expected: perEnvironment(
        ["warning VMInstance/tenant-test/web spec.cloudInit", "warning VMInstance/tenant-test/web spec.cloudInit"],
        ["error VMInstance/tenant-test/web spec.cloudInit", "error VMInstance/tenant-test/web spec.cloudInit"],
        ["error VMInstance/tenant-test/web spec.cloudInit", "error VMInstance/tenant-test/web spec.cloudInit"],
      ),
    },
  ],
  HK005: [
    { title: "declared disks pass", defs: compliantVm(), expected: NONE },
    {
      title: "an undeclared disk is flagged at its index",
      defs: withChange(2, { disks: ["web-system", "web-dta"] }),
      expected: perEnvironment(["error VMInstance/tenant-test/web spec.disks[1].name"], ["error VMInstance/tenant-test/web spec.disks[1].name"], ["error VMInstance/tenant-test/web spec.disks[1].name"]),
    },
    {
      title: "a disk declared in another namespace is flagged",
      defs: [...withChange(2, { disks: ["web-system", "shared-data"] }), disk({}, "shared-data", "tenant-other")],
      expected: perEnvironment(["error VMInstance/tenant-test/web spec.disks[1].name"], ["error VMInstance/tenant-test/web spec.disks[1].name"], ["error VMInstance/tenant-test/web spec.disks[1].name"]),
    },
    { title: "externalDisks by name passes", defs: withChange(2, { disks: ["web-system", "legacy"] }), options: { externalDisks: ["legacy"] }, expected: NONE },
    { title: "externalDisks by namespace/name passes", defs: withChange(2, { disks: ["web-system", "legacy"] }), options: { externalDisks: ["tenant-test/legacy"] }, expected: NONE },
  ],
  HK006: [
    { title: "one disk per VM passes", defs: [...compliantVm("a"), ...compliantVm("b")], expected: NONE },
    {
      title: "a data disk attached to two VMs flags both VMs",
      defs: [...compliantVm("a"), ...compliantVm("b").map((d) => (d.kind === "VMInstance" ? { ...d, spec: { ...d.spec, disks: ["b-system", "a-data"] } } : d))],
      expected: perEnvironment(
        ["error VMInstance/tenant-test/a spec.disks[1].name", "error VMInstance/tenant-test/b spec.disks[1].name"],
        ["error VMInstance/tenant-test/a spec.disks[1].name", "error VMInstance/tenant-test/b spec.disks[1].name"],
        ["error VMInstance/tenant-test/a spec.disks[1].name", "error VMInstance/tenant-test/b spec.disks[1].name"],
      ),
    },
    {
      title: "an ISO shared by two VMs passes",
      defs: [
        ...compliantVm("a").map((d) => (d.kind === "VMInstance" ? { ...d, spec: { ...d.spec, disks: ["a-system", "a-data", "installer"] } } : d)),
        ...compliantVm("b").map((d) => (d.kind === "VMInstance" ? { ...d, spec: { ...d.spec, disks: ["b-system", "b-data", "installer"] } } : d)),
        iso(),
      ],
      expected: NONE,
    },
  ],
  HK007: [
    { title: "at least the image's minimum passes", defs: [disk({ source: { image: { name: "oracle-10" } }, storage: "40Gi" }, "ora")], expected: NONE },
    {
      title: "smaller than the image's minimum is flagged",
      defs: [disk({ source: { image: { name: "oracle-10" } }, storage: "39Gi" }, "ora")],
      expected: perEnvironment(["error VMDisk/tenant-test/ora spec.storage"], ["error VMDisk/tenant-test/ora spec.storage"], ["error VMDisk/tenant-test/ora spec.storage"]),
    },
    { title: "a small http disk is not judged", defs: [disk({ source: { http: { url: "https://example.com/a.img" } }, storage: "1Gi" }, "small")], expected: NONE },
  ],
  HK008: [
    { title: "an ISO attached as optical passes", defs: [iso()], expected: NONE },
    {
      title: "an ISO without optical is flagged",
      defs: [iso("installer", false)],
      expected: perEnvironment(["error VMDisk/tenant-test/installer spec.optical"], ["error VMDisk/tenant-test/installer spec.optical"], ["error VMDisk/tenant-test/installer spec.optical"]),
    },
    {
      title: "a cloud image attached as optical is flagged",
      defs: withChange(0, { optical: true }),
      expected: perEnvironment(["error VMDisk/tenant-test/web-system spec.optical"], ["error VMDisk/tenant-test/web-system spec.optical"], ["error VMDisk/tenant-test/web-system spec.optical"]),
    },
  ],
  HK009: [
    { title: "a boot disk with a source passes", defs: compliantVm(), expected: NONE },
    { title: "an empty boot disk with an ISO attached passes", defs: [...withChange(0, { source: {} }).map((d) => (d.kind === "VMInstance" ? { ...d, spec: { ...d.spec, disks: ["web-system", "web-data", "installer"] } } : d)), iso()], expected: NONE },
    {
      title: "an empty boot disk and no ISO is flagged",
      defs: withChange(0, { source: {} }),
      expected: perEnvironment(["error VMInstance/tenant-test/web spec.disks[0].name"], ["error VMInstance/tenant-test/web spec.disks[0].name"], ["error VMInstance/tenant-test/web spec.disks[0].name"]),
    },
    {
      title: "no disk at all is flagged",
      defs: [instance({ sshKeys: [ED25519_KEY] }, "bare")],
      expected: perEnvironment(["error VMInstance/tenant-test/bare spec.disks"], ["error VMInstance/tenant-test/bare spec.disks"], ["error VMInstance/tenant-test/bare spec.disks"]),
    },
    { title: "a boot disk declared elsewhere is not judged", defs: [instance({ disks: ["golden"] }, "vm")], options: { externalDisks: ["golden"] }, expected: NONE },
  ],
  HK010: [
    { title: "a GPU with 4 GiB passes", defs: withChange(2, { gpus: [{ name: "nvidia.com/GA102GL_A10" }], instanceType: "u1.medium" }), expected: NONE },
    { title: "s1.small without a GPU passes", defs: withChange(2, { instanceType: "s1.small" }), expected: NONE },
    {
      title: "a GPU on s1.small (2 GiB) is flagged on the instance type",
      defs: withChange(2, { gpus: [{ name: "nvidia.com/GA102GL_A10" }], instanceType: "s1.small" }),
      expected: perEnvironment(["error VMInstance/tenant-test/web spec.instanceType"], ["error VMInstance/tenant-test/web spec.instanceType"], ["error VMInstance/tenant-test/web spec.instanceType"]),
    },
    {
      title: "a GPU with resources.memory 2Gi is flagged on resources.memory",
      defs: withChange(2, { gpus: [{ name: "nvidia.com/GA102GL_A10" }], instanceType: "u1.xlarge", resources: { cpu: 1, sockets: 1, memory: "2Gi" } }),
      expected: perEnvironment(["error VMInstance/tenant-test/web spec.resources.memory"], ["error VMInstance/tenant-test/web spec.resources.memory"], ["error VMInstance/tenant-test/web spec.resources.memory"]),
    },
  ],
  HK011: [
    { title: "external PortList with ports passes", defs: compliantVm(), expected: NONE },
    { title: "not external and no ports given passes (the default [22] is not the user's)", defs: withChange(2, { external: false, externalPorts: undefined }), expected: NONE },
    {
      title: "ports on a VM that is not external are flagged",
      defs: withChange(2, { external: false }),
      expected: perEnvironment(["warning VMInstance/tenant-test/web spec.externalPorts"], ["warning VMInstance/tenant-test/web spec.externalPorts"], ["warning VMInstance/tenant-test/web spec.externalPorts"]),
    },
    {
      title: "ports with WholeIP are flagged",
      defs: withChange(2, { externalMethod: "WholeIP" }),
      expected: perEnvironment(["warning VMInstance/tenant-test/web spec.externalPorts"], ["warning VMInstance/tenant-test/web spec.externalPorts"], ["warning VMInstance/tenant-test/web spec.externalPorts"]),
    },
    {
      title: "an external PortList VM with no port is flagged",
      defs: withChange(2, { externalPorts: [] }),
      expected: perEnvironment(["warning VMInstance/tenant-test/web spec.externalPorts"], ["warning VMInstance/tenant-test/web spec.externalPorts"], ["warning VMInstance/tenant-test/web spec.externalPorts"]),
    },
  ],
  HK012: [
    { title: "https passes", defs: [disk({ source: { http: { url: "https://cloud-images.ubuntu.com/noble.img" } }, storage: "10Gi" }, "img")], expected: NONE },
    {
      title: "plain http is flagged",
      defs: [disk({ source: { http: { url: "http://cloud-images.ubuntu.com/noble.img" } }, storage: "10Gi" }, "img")],
      expected: perEnvironment(["warning VMDisk/tenant-test/img spec.source.http.url"], ["warning VMDisk/tenant-test/img spec.source.http.url"], ["error VMDisk/tenant-test/img spec.source.http.url"]),
    },
  ],
  HK013: [
    { title: "cloud-init without secrets passes", defs: withChange(2, { cloudInit: "#cloud-config\npackages: [nginx]\n" }), expected: NONE },
    {
      title: "a token in runcmd is flagged",
      defs: withChange(2, { cloudInit: `#cloud-config\nruncmd:\n  - git clone https://${TOKEN}@github.com/org/repo.git\n` }),
      expected: perEnvironment(["warning VMInstance/tenant-test/web spec.cloudInit"], ["error VMInstance/tenant-test/web spec.cloudInit"], ["error VMInstance/tenant-test/web spec.cloudInit"]),
    },
  ],
  HK014: [
    { title: "a public key passes", defs: compliantVm(), expected: NONE },
    {
      title: "a private key is flagged at its index",
      defs: withChange(2, { sshKeys: [ED25519_KEY, makePrivateKeyPem()] }),
      expected: perEnvironment(["error VMInstance/tenant-test/web spec.sshKeys[1]"], ["error VMInstance/tenant-test/web spec.sshKeys[1]"], ["error VMInstance/tenant-test/web spec.sshKeys[1]"]),
    },
  ],
  HK015: [
    { title: "ed25519 and RSA 2048 pass", defs: withChange(2, { sshKeys: [ED25519_KEY, RSA_2048] }), expected: NONE },
    {
      title: "RSA 1024 is flagged",
      defs: withChange(2, { sshKeys: [ED25519_KEY, RSA_1024] }),
      expected: perEnvironment(["warning VMInstance/tenant-test/web spec.sshKeys[1]"], ["warning VMInstance/tenant-test/web spec.sshKeys[1]"], ["error VMInstance/tenant-test/web spec.sshKeys[1]"]),
    },
  ],
  HK016: [
    { title: "a versioned image passes", defs: compliantVm(), expected: NONE },
    {
      title: "the seed's unversioned ubuntu is flagged",
      defs: withChange(0, { source: { image: { name: "ubuntu" } } }),
      expected: perEnvironment(["info VMDisk/tenant-test/web-system spec.source.image.name"], ["warning VMDisk/tenant-test/web-system spec.source.image.name"], ["warning VMDisk/tenant-test/web-system spec.source.image.name"]),
    },
  ],
  HK017: [
    { title: "a running VM passes", defs: compliantVm(), expected: NONE },
    { title: "runStrategy Halted is an info in production", defs: withChange(2, { runStrategy: "Halted" }), expected: perEnvironment([], [], ["info VMInstance/tenant-test/web spec.runStrategy"]) },
    { title: "running: false points at running", defs: withChange(2, { running: false }), expected: perEnvironment([], [], ["info VMInstance/tenant-test/web spec.running"]) },
  ],
  HK018: [
    { title: "WholeIP with ufw in cloud-init passes", defs: withChange(2, { externalMethod: "WholeIP", externalPorts: undefined, cloudInit: "#cloud-config\nruncmd:\n  - ufw --force enable\n" }), expected: NONE },
    { title: "WholeIP on a Windows profile passes", defs: withChange(2, { externalMethod: "WholeIP", externalPorts: undefined, instanceProfile: "windows" }), expected: NONE },
    { title: "PortList without a firewall passes", defs: compliantVm(), expected: NONE },
    {
      title: "WholeIP without a firewall is flagged",
      defs: withChange(2, { externalMethod: "WholeIP", externalPorts: undefined }),
      expected: perEnvironment(["warning VMInstance/tenant-test/web spec.cloudInit"], ["warning VMInstance/tenant-test/web spec.cloudInit"], ["error VMInstance/tenant-test/web spec.cloudInit"]),
    },
  ],
  HK019: [
    { title: "attached disks pass", defs: compliantVm(), expected: NONE },
    {
      title: "a template disk that another disk clones passes",
      defs: [...withChange(1, { source: { disk: { name: "template" } } }), disk({ source: { image: { name: "debian-13" } }, storage: "10Gi" }, "template")],
      expected: NONE,
    },
    {
      title: "a disk nobody attaches is flagged",
      defs: [...compliantVm(), disk({ storage: "10Gi" }, "forgotten")],
      expected: perEnvironment(["info VMDisk/tenant-test/forgotten"], ["info VMDisk/tenant-test/forgotten"], ["info VMDisk/tenant-test/forgotten"]),
    },
  ],
  HK020: [
    { title: "a replicated data disk passes", defs: compliantVm(), expected: NONE },
    { title: "a local boot disk is left to HK001", defs: withChange(0, { storageClass: "local" }), expected: NONE },
    { title: "a local data disk is flagged in development only", defs: withChange(1, { storageClass: "local" }), expected: perEnvironment(["warning VMDisk/tenant-test/web-data spec.storageClass"], [], []) },
  ],
  HK021: [
    { title: "on an external PortList VM it passes", defs: withChange(2, { externalAllowICMP: false }), expected: NONE },
    // What the server returns for every VM (the chart's default): not a choice the user made.
    { title: "the platform default true on an internal VM passes", defs: withChange(2, { external: false, externalPorts: [22], externalAllowICMP: true }), expected: NONE },
    {
      title: "on a VM that is not external it is flagged",
      defs: withChange(2, { external: false, externalPorts: undefined, externalAllowICMP: false }),
      expected: perEnvironment(["info VMInstance/tenant-test/web spec.externalAllowICMP"], ["info VMInstance/tenant-test/web spec.externalAllowICMP"], ["info VMInstance/tenant-test/web spec.externalAllowICMP"]),
    },
    {
      title: "with WholeIP it is flagged",
      defs: withChange(2, { externalMethod: "WholeIP", externalPorts: undefined, externalAllowICMP: false, cloudInit: "#cloud-config\nruncmd: [ufw --force enable]\n" }),
      expected: perEnvironment(["info VMInstance/tenant-test/web spec.externalAllowICMP"], ["info VMInstance/tenant-test/web spec.externalAllowICMP"], ["info VMInstance/tenant-test/web spec.externalAllowICMP"]),
    },
  ],
  HK022: [
    { title: "a Linux VM on the default profile passes", defs: compliantVm(), expected: NONE },
    {
      title: "a Windows golden image of the catalog on a Windows profile passes",
      defs: withChange(0, { source: { image: { name: "win2k25" } }, storage: "60Gi" }).map((d, i) => (i === 2 ? { ...d, spec: { ...d.spec, instanceProfile: "windows.2k25.virtio" } } : d)),
      expected: NONE,
      options: { catalog: WINDOWS_CATALOG },
    },
    { title: "the seed's windows profile counts as Windows", defs: windowsIsoVm({ instanceProfile: "windows" }), expected: NONE },
    {
      title: "a Windows golden image of the catalog booted on the default (ubuntu) profile is flagged",
      defs: withChange(0, { source: { image: { name: "win2k25" } }, storage: "60Gi" }),
      expected: perEnvironment(["warning VMInstance/tenant-test/web spec.instanceProfile"], ["warning VMInstance/tenant-test/web spec.instanceProfile"], ["warning VMInstance/tenant-test/web spec.instanceProfile"]),
      options: { catalog: WINDOWS_CATALOG },
    },
    {
      title: "an image the catalog marks as Linux is not Windows, whatever its name",
      defs: withChange(0, { source: { image: { name: "windows-like-linux" } } }),
      expected: NONE,
      options: { catalog: WINDOWS_CATALOG },
    },
    {
      title: "a Windows installer ISO downloaded over http, on an explicit Linux profile, is flagged",
      defs: windowsIsoVm({ instanceProfile: "ubuntu" }),
      expected: perEnvironment(["warning VMInstance/tenant-test/win spec.instanceProfile"], ["warning VMInstance/tenant-test/win spec.instanceProfile"], ["warning VMInstance/tenant-test/win spec.instanceProfile"]),
    },
    {
      title: "a clone of a Windows disk boots Windows too",
      defs: [
        disk({ source: { http: { url: "https://images.example.com/windows-server-2022.qcow2" } }, storage: "60Gi" }, "golden"),
        disk({ source: { disk: { name: "golden" } }, storage: "60Gi" }, "win-system"),
        instance({ disks: ["win-system"], instanceProfile: "" }, "win"),
      ],
      expected: perEnvironment(["warning VMInstance/tenant-test/win spec.instanceProfile"], ["warning VMInstance/tenant-test/win spec.instanceProfile"], ["warning VMInstance/tenant-test/win spec.instanceProfile"]),
    },
    {
      title: "a Windows ISO attached as a data disk (not booted) passes",
      defs: [...compliantVm("web"), disk({ source: { http: { url: "https://example.com/Win11_24H2_English_x64.iso" } }, storage: "7Gi" }, "tools")].map((d) =>
        d.kind === "VMInstance" ? { ...d, spec: { ...d.spec, disks: ["web-system", "web-data", "tools"] } } : d,
      ),
      expected: NONE,
    },
  ],
};

test("every rule has passing and failing cases", () => {
  expect(Object.keys(CASES)).toEqual(HIKUBE_RULES.map((r) => r.id));
  for (const [id, cases] of Object.entries(CASES)) {
    expect([id, cases.some((c) => c.expected === NONE)]).toEqual([id, true]);
    expect([id, cases.some((c) => c.expected !== NONE)]).toEqual([id, true]);
  }
});

describe.each(Object.entries(CASES))("%s", (id, cases) => {
  test.each(cases.map((c) => [c.title, c] as const))("%s", (_title, c) => {
    expect(flaggedByEnvironment(rule(id), c.defs, c.options)).toEqual(c.expected);
  });
});

test("the compliant VM passes every rule in every environment", () => {
  for (const environment of ["development", "staging", "production"] as const) {
    expect(evaluatePolicies(compliantVm(), { environment }).findings).toEqual([]);
  }
});

describe("messages name the problem and the fix, never a secret", () => {
  const messages = (defs: ResourceDefinition[], id: string, options: Partial<PolicyOptions> = {}) =>
    evaluatePolicies(defs, { environment: "production", rules: [rule(id)], ...options }).findings;

  test("HK005 names the other namespace, and suggests a close name", () => {
    const other = messages([...withChange(2, { disks: ["web-system", "shared"] }), disk({}, "shared", "tenant-other")], "HK005");
    expect(other[0].message).toMatch(/declared in namespace "tenant-other".*own namespace, here namespace "tenant-test"/);
    const typo = messages(withChange(2, { disks: ["web-system", "web-dta"] }), "HK005");
    expect(typo[0].suggestion).toBe("web-data");
  });

  test("HK006 names the other instance", () => {
    const defs = [...compliantVm("a"), ...compliantVm("b").map((d) => (d.kind === "VMInstance" ? { ...d, spec: { ...d.spec, disks: ["b-system", "a-data"] } } : d))];
    expect(messages(defs, "HK006").map((f) => f.message)).toEqual([expect.stringContaining("also attached to VMInstance/tenant-test/b"), expect.stringContaining("also attached to VMInstance/tenant-test/a")]);
  });

  test("HK007, HK010, HK012 and HK016 suggest the fix", () => {
    expect(messages([disk({ source: { image: { name: "oracle-10" } }, storage: "20Gi" }, "ora")], "HK007")[0]).toMatchObject({ suggestion: "40Gi", message: expect.stringContaining("40Gi") });
    expect(messages(withChange(2, { gpus: [{ name: "g" }], instanceType: "s1.small" }), "HK010")[0].suggestion).toBe("s1.medium");
    expect(messages([disk({ source: { http: { url: "http://example.com/a.img" } } }, "img")], "HK012")[0].suggestion).toBe("https://example.com/a.img");
    expect(messages(withChange(0, { source: { image: { name: "ubuntu" } } }), "HK016")[0].suggestion).toBe("ubuntu-2404");
  });

  test("HK004 gives the cloud-init line; HK013 and HK014 never echo the secret", () => {
    expect(messages(withChange(2, { cloudInit: "#cloud-config\npackages: []\nssh_pwauth: true\n" }), "HK004")[0].message).toMatch(/^line 3: ssh_pwauth/);
    const token = messages(withChange(2, { cloudInit: `#cloud-config\nruncmd:\n  - git clone https://${TOKEN}@github.com/o/r.git\n` }), "HK013");
    expect(token[0].message).toMatch(/line 3: a GitHub token/);
    expect(JSON.stringify(token)).not.toContain(TOKEN);
    const pem = makePrivateKeyPem();
    const key = messages(withChange(2, { sshKeys: [pem] }), "HK014");
    expect(key[0].message).toMatch(/PRIVATE key/);
    expect(JSON.stringify(key)).not.toContain(pem.split("\n")[1]);
  });

  test("HK022 names the Windows disk, why it is Windows, and the Windows profile to use", () => {
    const [finding] = messages(windowsIsoVm({}), "HK022");
    expect(finding.message).toBe(
      'installer ISO "win-iso" holds Windows (downloaded from a URL named like Windows media), but instanceProfile is the default "ubuntu", a Linux profile: set a Windows profile such as windows.2k25.virtio',
    );
    expect(finding.suggestion).toBe("windows.2k25.virtio");
  });

  test.each([
    ["https://example.com/iso/Win11_24H2_English_x64.iso", true],
    ["https://example.com/windows-server-2022.qcow2", true],
    ["https://example.com/images/win2k22.img", true],
    ["https://example.com/WindowsServer2025.iso", true],
    ["https://example.com/26100.1742_SERVER_EVAL_x64FRE_en-us.iso", true],
    ["win10-pro", true],
    ["https://windows.example.com/ubuntu-24.04.img", false],
    ["https://example.com/darwin-twin-winter.iso", false],
    ["https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img", false],
    ["https://example.com/virtio-win.iso", false],
  ])("Windows media heuristic: %s → %s", (name, windows) => {
    expect(looksLikeWindowsMedia(name)).toBe(windows);
  });

  test("HK015 says how many bits", () => {
    expect(messages(withChange(2, { sshKeys: [RSA_1024] }), "HK015")[0].message).toMatch(/RSA key of 1024 bits/);
  });
});
