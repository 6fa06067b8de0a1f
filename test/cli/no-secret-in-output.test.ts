// Every output format over a corpus of secret-bearing inputs; every byte of stdout and stderr is searched for the
// secrets' fragments. The CLI runs in process (main with its own streams), as the user runs it otherwise.
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Writable } from "stream";
import { main } from "../../src/cli/main";
import type { ResourceDefinition } from "../../src/core/definition/resource-definition";
import { stackJsonText } from "../../src/terraform/stack-json";
import { makeOpenSshPrivateKey, makePrivateKeyPem, makePuttyPrivateKey } from "../helpers/ssh-keys";

const PASSWORD = "Tr0ub4dor&3xyzzy";
const URL_PASSWORD = "Sup3rS3cretPw";
const URL_USER_TOKEN = "ghp_0123456789abcdefghijABCDEFGHIJ012345";
const SENSITIVE = "SensitiveVal42q";
const OPENSSH_KEY = makeOpenSshPrivateKey("ops@example");
const PEM_KEY = makePrivateKeyPem();
const PUTTY_KEY = makePuttyPrivateKey();

/** Pieces of each secret that must never appear: whole values, and 12-character windows of every key line. */
const FRAGMENTS: readonly string[] = [
  PASSWORD,
  URL_PASSWORD,
  URL_USER_TOKEN,
  SENSITIVE,
  ...[OPENSSH_KEY, PEM_KEY, PUTTY_KEY].flatMap((key) =>
    key
      .split("\n")
      .filter((line) => /^[A-Za-z0-9+/=]{24,}$/.test(line))
      .flatMap((line) => [line.slice(0, 12), line.slice(Math.floor(line.length / 2) - 6, Math.floor(line.length / 2) + 6), line.slice(-12)]),
  ),
];

const url = `https://deploy:${URL_PASSWORD}@images.example.com/disk.qcow2`;
const cloudInit = [
  "#cloud-config",
  "users:",
  "  - name: ops",
  `    plain_text_passwd: ${PASSWORD}`,
  "write_files:",
  "  - path: /root/.ssh/id_ed25519",
  "    content: |",
  ...OPENSSH_KEY.split("\n").map((l) => `      ${l}`),
  "runcmd:",
  `  - git clone https://${URL_USER_TOKEN}@github.com/acme/app.git`,
  `  # a key in a comment: ${PEM_KEY.replace(/\n/g, " ")}`,
  "",
].join("\n");

function yamlLiteral(text: string, indent: string): string {
  return `|\n${text.split("\n").map((l) => `${indent}${l}`).join("\n")}`;
}

const FILES: Readonly<Record<string, string>> = {
  // Secrets where values are expected: cloud-init, an image URL, an annotation, a did-you-mean on the URL.
  "vm.yaml": `apiVersion: apps.cozystack.io/v1alpha1
kind: VMInstance
metadata:
  name: web
  namespace: tenant-a
  annotations:
    source: "${url}"
spec:
  instanceType: "${url}"
  cloudInit: ${yamlLiteral(cloudInit, "    ")}
---
apiVersion: apps.cozystack.io/v1alpha1
kind: VMDisk
metadata:
  name: web-data
  namespace: tenant-a
spec:
  storage: 10Gi
  storageClas: "${url}"
  source:
    http:
      url: "${url}"
`,
  // A private key in sshKeys as a string (not a list), as a single line, and a PuTTY key in a list.
  "keys.yaml": `apiVersion: apps.cozystack.io/v1alpha1
kind: VMInstance
metadata:
  name: keys
  namespace: tenant-a
spec:
  sshKeys: ${yamlLiteral(OPENSSH_KEY, "    ")}
---
apiVersion: apps.cozystack.io/v1alpha1
kind: VMInstance
metadata:
  name: keys2
  namespace: tenant-a
spec:
  sshKeys:
    - ${JSON.stringify(OPENSSH_KEY.replace(/\n/g, " "))}
    - ${JSON.stringify(PUTTY_KEY)}
    - ${JSON.stringify(PEM_KEY)}
`,
  // Parser errors right at a secret.
  "broken.yaml": `apiVersion: apps.cozystack.io/v1alpha1
kind: VMInstance
metadata: {name: x}
spec:
  cloudInit: "plain_text_passwd: ${PASSWORD}
  other: }${URL_PASSWORD}
`,
  "broken2.yaml": `a: 1\n}${PASSWORD}: 2\n`,
  "alias.yaml": `apiVersion: apps.cozystack.io/v1alpha1\nkind: VMDisk\nmetadata: {name: d, namespace: t}\nspec: *${URL_PASSWORD}\n`,
  "broken.json": `{"apiVersion": "apps.cozystack.io/v1alpha1", "kind": "VMInstance", "password": ${PASSWORD}}`,
};

function definitions(version: 1 | 2): ResourceDefinition[] {
  return [
    { kind: "VMInstance", metadata: { name: "web", namespace: "tenant-a", annotations: { source: url } }, spec: { instanceType: "u1.large", cloudInit: version === 1 ? cloudInit : `${cloudInit}# v2\n`, sshKeys: [] } },
    { kind: "VMDisk", metadata: { name: "web-data", namespace: "tenant-a" }, spec: { storage: version === 1 ? "10Gi" : "20Gi", source: { http: { url: version === 1 ? url : `${url}?v=2` } } } },
  ];
}

function plan(): unknown {
  const manifest = (note: string, init: string) => ({ apiVersion: "apps.cozystack.io/v1alpha1", kind: "VMInstance", metadata: { name: "web", namespace: "tenant-a", annotations: { note } }, spec: { instanceType: "u1.large", cloudInit: init } });
  return {
    format_version: "1.2",
    resource_changes: [
      {
        address: "kubernetes_manifest.vminstance_tenant-a_web",
        mode: "managed",
        type: "kubernetes_manifest",
        change: {
          actions: ["update"],
          before: { manifest: manifest(SENSITIVE, cloudInit) },
          after: { manifest: manifest(`${SENSITIVE}x`, `${cloudInit}# v2\n`) },
          after_unknown: {},
          before_sensitive: { manifest: { metadata: { annotations: { note: true } } } },
          after_sensitive: { manifest: { metadata: { annotations: { note: true } } } },
        },
      },
      {
        address: "kubernetes_manifest.vmdisk_tenant-a_old",
        mode: "managed",
        type: "kubernetes_manifest",
        change: {
          actions: ["delete"],
          before: { manifest: { apiVersion: "apps.cozystack.io/v1alpha1", kind: "VMDisk", metadata: { name: "old", namespace: "tenant-a" }, spec: { storage: "10Gi", source: { http: { url } } } } },
          after: null,
          before_sensitive: { manifest: true },
          after_sensitive: false,
        },
      },
      {
        address: "kubectl_manifest.vminstance_tenant-a_k",
        mode: "managed",
        type: "kubectl_manifest",
        change: {
          actions: ["create"],
          before: null,
          after: { yaml_body: `apiVersion: apps.cozystack.io/v1alpha1\nkind: VMInstance\nmetadata: {name: k, namespace: tenant-a}\nspec:\n  cloudInit: ${JSON.stringify(cloudInit)}\n  note: ${SENSITIVE}\n`, sensitive_fields: ["spec.cloudInit", "spec.note"] },
          after_unknown: {},
          before_sensitive: false,
          after_sensitive: { yaml_body: true },
        },
      },
    ],
  };
}

function collector(): { stream: Writable & { isTTY?: boolean }; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

async function run(argv: string[], cwd: string): Promise<{ status: number; output: string }> {
  const stdout = collector();
  const stderr = collector();
  const status = await main(argv, { stdout: stdout.stream, stderr: stderr.stream, cwd, env: {} });
  return { status, output: stdout.text() + stderr.text() };
}

function leaks(output: string): string[] {
  // Also as JSON text would carry them (a `&` or `/` never changes; quotes and line breaks do).
  return FRAGMENTS.filter((f) => output.includes(f) || output.includes(JSON.stringify(f).slice(1, -1)));
}

const dir = mkdtempSync(join(tmpdir(), "hikube-secrets-"));
beforeAll(() => {
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, "before.tf.json"), stackJsonText(definitions(1), { stackName: "web" }));
  writeFileSync(join(dir, "after.tf.json"), stackJsonText(definitions(2), { stackName: "web" }));
  writeFileSync(join(dir, "empty.tf.json"), stackJsonText([], { stackName: "web" }));
  writeFileSync(join(dir, "kubectl.tf.json"), stackJsonText(definitions(2), { stackName: "web", backend: "kubectl" }));
  // A side whose spec is text (the whole spec is printed when the other side is an object).
  const broken = JSON.parse(stackJsonText(definitions(1), { stackName: "web" }));
  broken.resource.kubernetes_manifest["vminstance_tenant-a_web"].manifest.spec = cloudInit;
  writeFileSync(join(dir, "spec-text.tf.json"), JSON.stringify(broken));
  writeFileSync(join(dir, "plan.json"), JSON.stringify(plan()));
  writeFileSync(join(dir, "bad-plan.json"), `{"resource_changes": [${PASSWORD}]}`);
});

const FORMATS = ["text", "json", "sarif", "junit"];
const RUNS: readonly (readonly string[])[] = [
  ...Object.keys(FILES).flatMap((file) => FORMATS.map((format) => ["validate", "--format", format, file])),
  ...Object.keys(FILES).map((file) => ["synth", "--out", join(dir, `out-${file}`), file]),
  ...["text", "json", "markdown"].flatMap((format) => [
    ["diff", "--format", format, "before.tf.json", "after.tf.json"],
    ["diff", "--format", format, "before.tf.json", "empty.tf.json"],
    ["diff", "--format", format, "empty.tf.json", "before.tf.json"],
    ["diff", "--format", format, "before.tf.json", "kubectl.tf.json"],
    ["diff", "--format", format, "spec-text.tf.json", "after.tf.json"],
    ["plan-check", "--format", format, "plan.json"],
    ["plan-check", "--format", format, "bad-plan.json"],
  ]),
  ["diff", "before.tf.json", "broken.json"],
  ["graph", "vm.yaml"],
  ["graph", "--format", "dot", "vm.yaml"],
  ["import", "keys.yaml", "broken.yaml"],
];

test.each(RUNS.map((argv) => [argv.join(" "), argv] as const))("no secret in the output of hikube-vm %s", async (_name, argv) => {
  const { output } = await run([...argv], dir);
  expect(output.length).toBeGreaterThan(0);
  expect(leaks(output)).toEqual([]);
});

test("the outputs still say what they are about: redaction is visible, findings and changes are reported", async () => {
  const validate = await run(["validate", "--format", "json", "vm.yaml"], dir);
  expect(validate.output).toContain("<redacted>");
  expect(validate.output).toContain("web-data");
  const diff = await run(["diff", "before.tf.json", "after.tf.json"], dir);
  expect(diff.output).toMatch(/spec\.cloudInit: "<cloud-init: \d+ lines, sha256 [0-9a-f]{12}>"/);
  const check = await run(["plan-check", "plan.json"], dir);
  expect(check.output).toContain('metadata.annotations.note: "(sensitive)" → "(sensitive, changed)"');
  const kubectl = await run(["plan-check", "--format", "json", "plan.json"], dir);
  expect(kubectl.output).toContain("(sensitive)");
  const keys = await run(["validate", "keys.yaml"], dir);
  expect(keys.output).toContain("HK014");
});
