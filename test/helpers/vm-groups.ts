import fc from "fast-check";
import type { ResourceDefinition } from "../../src/core/definition/resource-definition";
import { ENVIRONMENTS } from "../../src/policy";
import { ED25519_KEY } from "./definitions";
import type { Group } from "./two-engines";

/** Values where the two engines are most likely to part: the forms of each split found so far, valid and not. */
const KEY_BODY = ED25519_KEY.split(" ")[1];
export const POOLS = {
  storage: ["20Gi", null, 20, true, "1024Mi", "1.5Gi", "0.5Ki", "1.", "5.", "1048575.5", "1048576", "9Ei", "8Ei", "1e3", "1E", "1e10", "100u", "+2Gi", "-1Gi", "0", "20GB", "1e1001", ".5Gi", "1.0000000001Gi", 10737418240, "5Gi"],
  cpu: ["2", "500m", "0.5", "1e0", "1.", "100u", "0.0000000001", "3n", "+1", "1k", 4, 0.25, "0", "two", "1E3"],
  memory: ["4Gi", "4096Mi", "1.5Gi", "1000M", "2e9", "1048576", "1000", "8Ei", "9.5Ei"],
  url: ["https://cloud-images.ubuntu.com/noble.img", "http:/host/x.img", "HTTPS://EXAMPLE.com/a", "http:host", " https://x/y", "ftp://x/y", "not a url", "https://", "http://a b/c", "h\tttp://x/y"],
  sshKey: [
    ED25519_KEY,
    `  ${ED25519_KEY}\n`,
    `\uFEFF${ED25519_KEY}`,
    `${ED25519_KEY}\u0085`,
    `ssh-ed25519\u00A0${KEY_BODY} nbsp`,
    `from="10.0.0.1,192.168.0.0/24",command="echo a b" ${ED25519_KEY}`,
    `no-pty ${ED25519_KEY}`,
    `ssh-ed25519 ${KEY_BODY} my PRIVATE KEY note`,
    "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQ",
    "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEA\n-----END OPENSSH PRIVATE KEY-----",
    "ssh-rsa AAAA...",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBAD",
    `"${ED25519_KEY}"`,
    `ssh-ed25519 ${KEY_BODY}`,
  ],
  cloudInit: [
    "",
    "#cloud-config",
    "#cloud-config\n# nothing yet\n",
    "#cloud-config\npackages: [htop]\n",
    "#cloud-config\nssh_pwauth: true\n",
    "#cloud-config\nssh_pwauth: y\n",
    "#cloud-config\nssh_pwauth: 'yes'\n",
    "#cloud-config\nssh_pwauth: on\n",
    "#cloud-config\nusers:\n  - default\n  - name: ops\n    lock_passwd: n\n",
    "#cloud-config\nusers:\n  - name: ops\n    lock_passwd: false\n",
    "#cloud-config\nusers: ops\n",
    "#cloud-config\nusers: []\n",
    "#cloud-config\nusers:\n",
    "#cloud-config\nusers:\n  ops:\n    passwd: $6$x\n",
    "#cloud-config\nchpasswd: {}\n",
    "#cloud-config\nchpasswd:\n  expire: false\n",
    "#cloud-config\nchpasswd:\n  list: |\n    root:secret\n",
    "#cloud-config\nchpasswd:\n  list: \"\"\n",
    "#cloud-config\npassword: \"\"\n",
    "#cloud-config\npassword: hunter2\n",
    "#cloud-config\nruncmd:\n  - sed -i 's/^#\\?PasswordAuthentication.*$/PasswordAuthentication yes/' /etc/ssh/sshd_config\n",
    "#cloud-config\nruncmd:\n  - sed -i 's/PasswordAuthentication yes/PasswordAuthentication no/' /etc/ssh/sshd_config\n",
    "#cloud-config\nbootcmd:\n  - [sh, -c, \"echo 'PasswordAuthentication yes' > /etc/ssh/sshd_config.d/50-pw.conf\"]\n",
    "#cloud-config\nruncmd:\n  - echo 'root:pw' | chpasswd\n",
    "#cloud-config\nwrite_files:\n  - path: /etc/ssh/sshd_config.d/10-pw.conf\n    content: |\n      PasswordAuthentication yes\n",
    "#cloud-config\nwrite_files:\n  - path: /etc/ssh/sshd_config.d/10-pw.conf\n    encoding: b64\n    content: UGFzc3dvcmRBdXRoZW50aWNhdGlvbiB5ZXMK\n",
    "#cloud-config\nwrite_files:\n  - path: /etc/ssh/sshd_config.d/10-pw.conf\n    content: |\n      # PasswordAuthentication yes\n",
    "#cloud-config\nsystem_info:\n  default_user:\n    lock_passwd: false\n",
    "#cloud-config-archive\n- type: text/cloud-config\n  content: 'ssh_pwauth: true'\n",
    "#cloud-config\n- a\n- b\n",
    "#cloud-config\n  a: [\n",
    "#cloud-config\n? [a, b]\n: complex key\n",
    "#cloud-config\na: 1\na: 2\n",
    "#!/bin/sh\necho ${HOME} %{x}\n",
    "\uFEFF#cloud-config\nssh_pwauth: true\n",
    "# cloud-config\npackages: [htop]\n",
    "#cloud-config\nssh_pwauth: Y\n",
    "#cloud-config\n{ssh_pwauth: y, packages: [a]}\n",
    "#cloud-config\nssh_pwauth: 1\n",
    "#cloud-config\nssh_pwauth: \"on \"\n",
    "#cloud-config\nusers:\n  - name: a\n    lock_passwd: 0\n",
    "#cloud-config\nusers:\n  - {name: a, lock_passwd: n}\n",
    "#cloud-config\nchpasswd:\n  users:\n    - name: root\n      password: x\n",
    "#cloud-config\nchpasswd:\n  list: []\n",
    "#cloud-config\nruncmd:\n  - usermod -p x root\n",
    "#cloud-config\nruncmd:\n  - echo 'KbdInteractiveAuthentication yes' >> /etc/ssh/sshd_config\n",
    "#cloud-config\nruncmd:\n  - sed -i 's|^PasswordAuthentication no|PasswordAuthentication yes|' /etc/ssh/sshd_config\n",
    "#cloud-config\nruncmd: echo hi\n",
    "#cloud-config\nruncmd:\n  - [echo, 1, sshd_config]\n",
    "#cloud-config\nwrite_files:\n  - path: /etc/ssh/sshd_config\n    encoding: gzip\n    content: abc\n",
    "#cloud-config\nwrite_files:\n  path: /etc/ssh/sshd_config\n",
    "#cloud-config\nkey: 0644\n",
    "#cloud-config \npackages: []\n",
    "#cloud-configx\nssh_pwauth: true\n",
    "#Cloud-Config\nssh_pwauth: true\n",
    "#cloud-config\r\nssh_pwauth: true\r\n",
    "#cloud-config\nbase: &b {lock_passwd: false}\nusers:\n  - <<: *b\n    name: x\n",
    "#cloud-config\n\tpackages: []\n",
    "\n#cloud-config\nssh_pwauth: true\n",
    "#cloud-config\npassword: false\n",
    "#cloud-config\nssh_pwauth: [true]\n",
  ],
};

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
/** Mostly the first (ordinary) value, one time in eight anything of the pool: most groups reach the policies and the rendering. */
const edge = <T>(values: readonly T[]) => fc.oneof({ weight: 7, arbitrary: fc.constant(values[0]) }, { weight: 1, arbitrary: pick(values) });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

function defined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** A VM group: 1-3 disks and 1-2 instances in one namespace, in an environment. */
export function vmGroup(): fc.Arbitrary<Omit<Group, "id">> {
  const diskNames = ["sys", "data", "iso"];
  const disk = (name: string) =>
    fc
      .record({
        storage: maybe(edge(POOLS.storage)),
        storageClass: maybe(edge(["replicated", "local", "fast"])),
        optical: maybe(fc.boolean()),
        source: maybe(
          fc.oneof(
            fc.record({ image: fc.record({ name: edge(["ubuntu-2404", "debian-12", "nope"]) }) }),
            fc.record({ http: fc.record({ url: edge(POOLS.url) }) }),
            fc.constant({}),
            fc.constant({ upload: {} }),
            fc.record({ disk: fc.record({ name: edge(["golden", "Bad_Name"]) }) }),
          ),
        ),
      })
      .map((spec): ResourceDefinition => ({ kind: "VMDisk", metadata: { name, namespace: "tenant-diff" }, spec: defined(spec) }));
  const instance = (name: string) =>
    fc
      .record({
        instanceType: maybe(edge<unknown>(["u1.medium", "u1.large", "", "u1.nope", null])),
        resources: maybe(fc.oneof(fc.constant({}), fc.record({ cpu: edge(POOLS.cpu), memory: edge(POOLS.memory), sockets: pick(["1", "2", 1]) }))),
        disks: fc
          .subarray(diskNames)
          .chain((names) => fc.shuffledSubarray(names, { minLength: names.length }))
          .chain((names) => fc.tuple(...names.map((n) => edge<unknown>([n, { name: n }, { name: n, bus: "sata" }, { name: n, bus: "ide" }])))),
        external: maybe(fc.boolean()),
        externalMethod: maybe(pick(["PortList", "WholeIP"])),
        externalPorts: maybe(fc.uniqueArray(edge<unknown>([22, 80, 443, 0, 70000, "22", 22.5]), { maxLength: 3 })),
        sshKeys: maybe(fc.uniqueArray(edge(POOLS.sshKey), { maxLength: 2 })),
        cloudInit: maybe(edge(POOLS.cloudInit)),
        running: maybe(fc.boolean()),
        runStrategy: maybe(edge(["Always", "Halted", "Manual", "RerunOnFailure", "Once", "always"])),
        instanceProfile: maybe(edge(["ubuntu", "alpine", "", "ubuntoo"])),
        networks: maybe(fc.uniqueArray(edge([{ name: "private" }, { name: "" }, {}, { name: "lan" }]), { maxLength: 2, selector: (n) => JSON.stringify(n) })),
        subnets: maybe(fc.array(edge([{ name: "private" }, { name: "" }]), { maxLength: 1 })),
        gpus: maybe(fc.array(edge([{ name: "nvidia.com/AD102GL_L40S" }, {}]), { maxLength: 1 })),
        cpuModel: maybe(edge(["", "host-passthrough"])),
        externalAllowICMP: maybe(fc.boolean()),
        cloudInitSeed: maybe(edge(["", "seed-1"])),
      })
      .map((spec): ResourceDefinition => ({ kind: "VMInstance", metadata: { name, namespace: "tenant-diff" }, spec: defined(spec) }));
  return fc
    .record({
      environment: pick(ENVIRONMENTS),
      disks: fc.subarray(diskNames, { minLength: 1 }),
      vms: fc.integer({ min: 1, max: 2 }),
      nullSpec: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    })
    .chain(({ environment, disks, vms, nullSpec }) =>
      fc.tuple(fc.tuple(...disks.map(disk)), fc.tuple(...Array.from({ length: vms }, (_, i) => instance(i === 0 ? "web" : "db")))).map(([d, v]) => ({
        environment,
        definitions: [...d, ...v].map((def, i) => (nullSpec && i === 0 ? { ...def, spec: null as unknown as Record<string, unknown> } : def)),
      })),
    );
}
