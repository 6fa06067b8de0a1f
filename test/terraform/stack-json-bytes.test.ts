import fc from "fast-check";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { writeStack } from "../../src/cli/synth/write-stack";
import { HIKUBE_CATALOG } from "../../src/core/catalog";
import { definitionKey, type ResourceDefinition } from "../../src/core/definition/resource-definition";
import { validateDefinition, validateDefinitions } from "../../src/core/validation/validate-definition";
import { checkManifests } from "../../src/cli/check";
import { evaluatePolicies, type Environment, type PolicyReport } from "../../src/policy";
import { BACKENDS, type Backend } from "../../src/terraform/backend";
import { constructDefinition } from "../../src/terraform/construct-definition";
import { FRAMEWORK_VERSION } from "../../src/terraform/framework-version";
import { stackJson, stackJsonText, writeStackJson } from "../../src/terraform/stack-json";
import { readManifestFile } from "../../src/yaml";
import { arbitraryDefinition } from "../helpers/arbitrary-definitions";
import { synthConstructStack } from "../helpers/construct-stack";
import { ED25519_KEY } from "../helpers/definitions";
import { loadCorpus } from "../modules/corpus";

const VALID = join(__dirname, "..", "corpus", "valid");
const NAMESPACE = "tenant-demo";
const ENVIRONMENTS: Environment[] = ["development", "production"];

interface Case {
  readonly definitions: readonly ResourceDefinition[];
  readonly namespace?: string;
  readonly forceConflicts?: boolean;
  readonly adoptFrom?: Backend;
  readonly kubeconfig?: string;
  readonly kubeContext?: string;
  readonly skipValidation?: boolean;
  /** The CLI's own policy evaluation (check.ts), reused by writeStack instead of evaluating again. */
  readonly policies?: PolicyReport;
}

/**
 * The direct writer (what `hikube-vm synth` runs) and a cdktf App of the constructs, on the same definitions and
 * options: every file byte for byte. The policy reports are compared when the policies pass (otherwise the App
 * refuses to synthesise, as synth does); cdk.tf.json always.
 */
function expectSameBytes(c: Case, backend: Backend, environment: Environment): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), "hikube-bytes-"));
  try {
    const defs = c.definitions.map((d) => constructDefinition(d, c.namespace));
    const policiesPass = evaluatePolicies(defs, { environment, catalog: HIKUBE_CATALOG }).summary.errors === 0;
    const direct = join(dir, "direct");
    mkdirSync(direct);
    writeStack(c.definitions, direct, {
      stackName: "hikube",
      backend,
      catalog: HIKUBE_CATALOG,
      ...(c.namespace !== undefined && { namespace: c.namespace }),
      environment,
      forceConflicts: c.forceConflicts ?? true,
      ...(c.adoptFrom !== undefined && { adoptFrom: c.adoptFrom }),
      provider: { ...(c.kubeconfig !== undefined && { configPath: c.kubeconfig }), ...(c.kubeContext !== undefined && { configContext: c.kubeContext }) },
      ...(c.policies && { policies: c.policies }),
    });
    const reference = synthConstructStack(c.definitions, join(dir, "app"), {
      backend,
      environment,
      ...(c.namespace !== undefined && { namespace: c.namespace }),
      ...(c.forceConflicts !== undefined && { forceConflicts: c.forceConflicts }),
      ...(c.adoptFrom !== undefined && { adoptFrom: c.adoptFrom }),
      ...(c.kubeconfig !== undefined && { kubeconfig: c.kubeconfig }),
      ...(c.kubeContext !== undefined && { kubeContext: c.kubeContext }),
      ...(c.skipValidation && { skipValidation: true }),
      policies: policiesPass,
    });
    const written = Object.fromEntries(readdirSync(direct).sort().map((f) => [f, readFileSync(join(direct, f), "utf8")]));
    expect(written["cdk.tf.json"]).toBe(reference["cdk.tf.json"]);
    if (policiesPass) expect(written).toEqual(reference);
    return written;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const FIXTURES = join(__dirname, "..", "cli", "fixtures");
// The valid corpus and the CLI's valid YAML fixtures (hostile values, CRLF).
const corpusFiles = [...readdirSync(VALID).sort().map((f) => join(VALID, f)), ...readdirSync(FIXTURES).filter((f) => f.endsWith(".yaml")).sort().map((f) => join(FIXTURES, f))];
const combos = BACKENDS.flatMap((backend) => ENVIRONMENTS.map((environment) => [backend, environment] as const));

describe.each(combos)("backend %s, %s: direct writer === cdktf App of the constructs", (backend, environment) => {
  test.each(corpusFiles.map((f) => [basename(f), f]))("corpus file %s, policies evaluated by the writer and reused from the CLI's checks", (_name, file) => {
    const set = readManifestFile(file);
    expectSameBytes({ definitions: set.resources.map((r) => r.definition), namespace: NAMESPACE }, backend, environment);
    // As `hikube-vm synth` runs: --namespace applied by the checks, whose policy report (with file positions) is reused.
    const checked = checkManifests(set, { catalog: HIKUBE_CATALOG, environment, defaultNamespace: NAMESPACE });
    expect(checked.policies.findings.every((f) => f.source !== undefined)).toBe(true);
    expectSameBytes({ definitions: checked.resources.map((r) => r.definition), policies: checked.policies }, backend, environment);
  });

  test("the whole valid corpus at once, with a kubeconfig and a context", () => {
    const definitions = corpusFiles.flatMap((file) => readManifestFile(file).resources.map((r) => r.definition));
    expectSameBytes({ definitions, namespace: NAMESPACE, kubeconfig: "~/.kube/hikube.yaml", kubeContext: "tenant-demo@hikube" }, backend, environment);
  });

  test("a backend switch that adopts the objects: import and removed blocks, in construct order", () => {
    const definitions = corpusFiles.flatMap((file) => readManifestFile(file).resources.map((r) => r.definition));
    const from = backend === "kubectl" ? "kubernetes" : "kubectl";
    const json = JSON.parse(expectSameBytes({ definitions, namespace: NAMESPACE, adoptFrom: from }, backend, environment)["cdk.tf.json"]);
    const count = Object.keys(json.resource[backend === "kubectl" ? "kubectl_manifest" : "kubernetes_manifest"]).length;
    expect(json.import).toHaveLength(count);
    expect(json.removed).toHaveLength(count);
    expect(json.removed[0].lifecycle).toEqual({ destroy: false });
    expect(json.removed[0].from.startsWith(`${from}_manifest.`)).toBe(true);
  });

  test("a kubeconfig path and a context with template syntax are text in the provider block", () => {
    const definitions = [{ kind: "VMDisk", metadata: { name: "d", namespace: NAMESPACE }, spec: {} } as ResourceDefinition];
    const files = expectSameBytes({ definitions, kubeconfig: '${file("/etc/passwd")}/x', kubeContext: "%{ if true }ctx%{ endif }" }, backend, environment);
    const provider = Object.values((JSON.parse(files["cdk.tf.json"]) as { provider: Record<string, Record<string, string>[]> }).provider)[0][0];
    expect(provider).toEqual({ config_path: '$${file("/etc/passwd")}/x', config_context: "%%{ if true }ctx%%{ endif }" });
  });

  test.each(loadCorpus().map((c) => [c.id, c] as const))("module corpus %s", (_id, c) => {
    expectSameBytes({ definitions: c.definitions }, backend, environment);
  });

  test("property-generated definitions (fixed seed), instances attached to the generated disks", () => {
    const sets = fc.sample(fc.array(arbitraryDefinition("valid"), { minLength: 1, maxLength: 6 }), { seed: 20261201, numRuns: 25 });
    let compared = 0;
    for (const set of sets) {
      const definitions = withAttachedDisks(uniqueByKey(set));
      if (validateDefinitions(definitions, { catalog: HIKUBE_CATALOG }).some((f) => f.severity === "error")) continue;
      expectSameBytes({ definitions, forceConflicts: compared % 2 === 0 }, backend, environment);
      compared++;
    }
    // The generator yields valid definitions: nearly every set is compared.
    expect(compared).toBeGreaterThan(sets.length / 2);
  });
});

describe.each(BACKENDS)("hostile values, backend %s", (backend) => {
  const disk = (name: string, extra: Record<string, unknown> = {}): ResourceDefinition => ({ kind: "VMDisk", metadata: { name, namespace: "tenant-a", ...extra }, spec: { storage: "10Gi" } });
  const instance = (spec: Record<string, unknown>, metadata: Record<string, unknown> = {}): ResourceDefinition => ({
    kind: "VMInstance",
    metadata: { name: "web", namespace: "tenant-a", ...metadata },
    spec: { disks: ["web-data", { name: "elsewhere" }], sshKeys: [ED25519_KEY], ...spec },
  });

  test.each(ENVIRONMENTS)("${ and %{ in cloud-init and annotation values, unicode, CRLF (%s)", (environment) => {
    const definitions = [
      disk("web-data", { labels: { team: "web", "app.kubernetes.io/name": "web" }, annotations: { team: "${var.team} %{ if x }é😀", note: "a\r\nb\u2028c ${x}" } }),
      instance({ cloudInit: "#cloud-config\r\nruncmd:\r\n  - echo \"${HOME} %{x} $${y} %%{z} ünïcødé 😀\"\r\n  - echo '\\u0000 \" \\\\'\r\n" }, { annotations: { v: "$${already}" } }),
    ];
    expectSameBytes({ definitions }, backend, environment);
  });

  test("a label KEY or an annotation KEY with ${ or %{ is refused before Terraform; the writer escapes keys all the same", () => {
    const definitions = [disk("web-data", { labels: { "${key}": "v", "%{k}": "w" }, annotations: { '${file("x")}': "y" } }), instance({})];
    const errors = validateDefinition(definitions[0]).filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.path, f.code])).toEqual([
      ["metadata.labels.${key}", "label-key"],
      ["metadata.labels.%{k}", "label-key"],
      ['metadata.annotations.${file("x")}', "label-key"],
    ]);
    // Defence in depth: what does reach the writer (it does not validate) is escaped, keys included.
    const text = stackJsonText(definitions, { stackName: "s", backend });
    expect(text).toContain(backend === "kubectl" ? "$${key}: v" : '"$${key}": "v"');
    expect(text).not.toMatch(/(^|[^$])\$\{(key|file)|(^|[^%])%\{k\}/);
  });

  test("an empty stack and an instance without disks", () => {
    expectSameBytes({ definitions: [] }, backend, "development");
    expectSameBytes({ definitions: [instance({ disks: [] })] }, backend, "development");
  });
});

test("the stack metadata's version is the installed cdktf's", () => {
  expect(FRAMEWORK_VERSION).toBe(require("cdktf/package.json").version);
});

function uniqueByKey(defs: readonly ResourceDefinition[]): ResourceDefinition[] {
  const byKey = new Map<string, ResourceDefinition>();
  for (const d of defs) if (!byKey.has(definitionKey(d))) byKey.set(definitionKey(d), d);
  return [...byKey.values()];
}

/** Random disk names rarely match: point each instance at up to two of the set's disks, so depends_on is exercised. */
function withAttachedDisks(defs: readonly ResourceDefinition[]): ResourceDefinition[] {
  const disks = defs.filter((d) => d.kind === "VMDisk").map((d) => d.metadata.name);
  if (disks.length === 0) return [...defs];
  const attach = (i: number) => (disks.length === 1 ? [disks[0]] : [disks[i % disks.length], { name: disks[(i + 1) % disks.length], bus: "virtio" }]);
  return defs.map((d, i) => (d.kind === "VMInstance" ? { ...d, spec: { ...d.spec, disks: attach(i) } } : d));
}

test("a value that looks like a cdktf token marker is plain text to the direct writer, escaped like any ${", () => {
  // The constructs leave `${TfToken[...]}` to cdktf, which resolves it; a manifest from YAML holds only text.
  const json = stackJson([{ kind: "VMDisk", metadata: { name: "d", namespace: "ns", labels: { l: "${TfToken[TOKEN.1]}" } }, spec: {} }], { stackName: "s" });
  const disk = (json.resource as Record<string, Record<string, { manifest: { metadata: { labels: unknown } } }>>).kubernetes_manifest["vmdisk_ns_d"];
  expect(disk.manifest.metadata.labels).toEqual({ l: "$${TfToken[TOKEN.1]}" });
});

test.each(BACKENDS.flatMap((b) => [[b, "~/.kube/\u0000hikube-resource:1"], [b, "\u0000hikube-resource:1"]]))("the streamed cdk.tf.json (%s) is stackJsonText byte for byte, across several write batches, with config_path %j", (backend, configPath) => {
  const definitions: ResourceDefinition[] = [];
  for (let i = 0; i < 700; i++) {
    definitions.push({ kind: "VMDisk", metadata: { name: `d-${i}`, namespace: "tenant-a" }, spec: { storage: "10Gi" } });
    definitions.push({ kind: "VMInstance", metadata: { name: `vm-${i}`, namespace: "tenant-a" }, spec: { disks: [`d-${i}`], cloudInit: `#cloud-config\nhostname: vm-${i}\nruncmd:\n  - echo \${HOME} ${"x".repeat(1500)}\n` } });
  }
  const options = { stackName: "s", backend, environment: "production" as const, provider: { configPath } };
  const dir = mkdtempSync(join(tmpdir(), "hikube-stream-"));
  try {
    writeStackJson(join(dir, "cdk.tf.json"), definitions, options);
    const streamed = readFileSync(join(dir, "cdk.tf.json"), "utf8");
    expect(streamed.length).toBeGreaterThan(2 * (1 << 20));
    expect(streamed).toBe(stackJsonText(definitions, options));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
