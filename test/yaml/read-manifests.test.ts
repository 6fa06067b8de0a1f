import { validateDefinitions } from "../../src/core/validation/validate-definition";
import { locateFindings, parseManifests, readManifestFile, ManifestReadError } from "../../src/yaml";
import { evaluatePolicies } from "../../src/policy";
import { ED25519_KEY } from "../helpers/definitions";

const DISK = (name: string, extra = "") => `apiVersion: apps.cozystack.io/v1alpha1
kind: VMDisk
metadata:
  name: ${name}
  namespace: tenant-test
spec:
  storage: 10Gi${extra}
`;

function located(text: string, file = "vms.yaml") {
  const set = parseManifests(text, file);
  const findings = locateFindings(validateDefinitions(set.resources.map((r) => r.definition)), set.resources);
  return { set, findings: [...set.findings, ...findings] };
}

describe("reading", () => {
  test("several documents, empty ones and comments skipped, each with its position", () => {
    const set = parseManifests(`---\n# nothing\n---\n${DISK("a")}---\n---\n${DISK("b")}---\n`, "f.yaml");
    expect(set.findings).toEqual([]);
    expect(set.resources.map((r) => [r.definition.metadata.name, r.definition.source])).toEqual([
      ["a", { file: "f.yaml", line: 4, column: 1 }],
      ["b", { file: "f.yaml", line: 13, column: 1 }],
    ]);
  });

  test("kind: List items become resources at the item's position", () => {
    const text = `apiVersion: v1\nkind: List\nitems:\n- apiVersion: apps.cozystack.io/v1alpha1\n  kind: VMDisk\n  metadata: {name: a}\n  spec: {}\n- apiVersion: apps.cozystack.io/v1alpha1\n  kind: VMDisk\n  metadata: {name: b}\n  spec: {storage: 5Gi}\n`;
    const set = parseManifests(text, "l.yaml");
    expect(set.findings).toEqual([]);
    expect(set.resources.map((r) => [r.definition.metadata.name, r.definition.source?.line, r.definition.source?.column])).toEqual([
      ["a", 4, 3],
      ["b", 8, 3],
    ]);
  });

  test("JSON, with tabs", () => {
    const set = parseManifests(`{\n\t"apiVersion": "apps.cozystack.io/v1alpha1",\n\t"kind": "VMDisk",\n\t"metadata": {"name": "a"},\n\t"spec": {"storage": "1Gi"}\n}\n`, "a.json");
    expect(set.findings).toEqual([]);
    expect(set.resources[0].definition.spec).toEqual({ storage: "1Gi" });
  });

  test("BOM and CRLF: same data, same lines", () => {
    const lf = parseManifests(DISK("a", "\n  storageClass: replikated"), "a.yaml");
    const crlf = parseManifests("\uFEFF" + DISK("a", "\n  storageClass: replikated").replace(/\n/g, "\r\n"), "a.yaml");
    expect(crlf.resources[0].definition).toEqual(lf.resources[0].definition);
    const at = (set: typeof lf) => locateFindings(validateDefinitions(set.resources.map((r) => r.definition)), set.resources)[0].source;
    expect(at(crlf)).toEqual(at(lf));
    expect(at(lf)).toEqual({ file: "a.yaml", line: 8, column: 17 });
  });

  test("anchors, aliases and merge keys are resolved", () => {
    const set = parseManifests(
      `apiVersion: apps.cozystack.io/v1alpha1\nkind: VMDisk\nmetadata:\n  name: a\n  labels: &l {app: x}\n  annotations:\n    <<: *l\n    more: y\nspec: &s\n  storage: 10Gi\n`,
      "a.yaml",
    );
    expect(set.findings).toEqual([]);
    expect(set.resources[0].definition.metadata).toEqual({ name: "a", labels: { app: "x" }, annotations: { app: "x", more: "y" } });
  });

  test("kubectl get -o yaml: status and server metadata are ignored, last-applied-configuration dropped", () => {
    const text = `apiVersion: apps.cozystack.io/v1alpha1\nkind: VMDisk\nmetadata:\n  name: a\n  uid: 123\n  resourceVersion: "9"\n  generation: 2\n  creationTimestamp: "2025-01-01T00:00:00Z"\n  managedFields: [{manager: kubectl}]\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: "{}"\nspec: {storage: 1Gi}\nstatus:\n  conditions: [{type: Ready, status: "True"}]\n`;
    const set = parseManifests(text, "a.yaml");
    expect(set.findings).toEqual([]);
    expect(set.resources[0].definition.metadata).toEqual({ name: "a" });
  });
});

describe("problems found while reading, with their line", () => {
  test("a syntax error is a finding, and the next document is still read", () => {
    const set = parseManifests(`a: [1\nb: 2\n---\n${DISK("ok")}`, "s.yaml");
    expect(set.findings).toHaveLength(1);
    expect(set.findings[0]).toMatchObject({ severity: "error", code: "yaml-syntax", source: { file: "s.yaml", line: 2 } });
    expect(set.findings[0].message).toMatch(/^YAML syntax error: /);
    expect(set.resources.map((r) => r.definition.metadata.name)).toEqual(["ok"]);
  });

  test("a syntax error never quotes the text (it could be a secret)", () => {
    const set = parseManifests(`spec:\n  sshKeys: ["-----BEGIN OPENSSH PRIVATE KEY----- abc\n  x: [\n`, "s.yaml");
    expect(JSON.stringify(set.findings)).not.toContain("PRIVATE");
  });

  test("duplicate keys are a syntax error", () => {
    expect(parseManifests(DISK("a", "\n  storage: 20Gi"), "d.yaml").findings[0]).toMatchObject({ code: "yaml-syntax", source: { line: 8 } });
  });

  test("an unknown kind gets a suggestion; other APIs are errors unless skipped", () => {
    const typo = parseManifests(`apiVersion: apps.cozystack.io/v1alpha1\nkind: VMInstanse\nmetadata: {name: a}\n`, "k.yaml");
    expect(typo.findings[0]).toMatchObject({ path: "kind", suggestion: "VMInstance", source: { line: 2, column: 7 } });
    const configMap = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n`;
    expect(parseManifests(configMap, "c.yaml").findings[0]).toMatchObject({ severity: "error", kind: "ConfigMap", path: "kind" });
    expect(parseManifests(configMap, "c.yaml", { skipOtherKinds: true }).findings[0]).toMatchObject({ severity: "info", code: "skipped-kind" });
  });

  test("a wrong apiVersion is an error at its line, with the right one", () => {
    const { findings } = located(DISK("a").replace("v1alpha1", "v1beta1"));
    expect(findings).toEqual([expect.objectContaining({ path: "apiVersion", suggestion: "apps.cozystack.io/v1alpha1", source: { file: "vms.yaml", line: 1, column: 13 } })]);
  });

  test("unknown top-level and metadata keys, pointing at the key", () => {
    const { findings } = located(DISK("a").replace("  namespace:", "  namspace:").replace("spec:", "specs:"));
    const byLine = [...findings].sort((a, b) => (a.source?.line ?? 0) - (b.source?.line ?? 0));
    expect(byLine.map((f) => [f.path, f.suggestion, f.source?.line, f.source?.column])).toEqual([
      ["metadata.namspace", "namespace", 5, 3],
      ["specs", "spec", 6, 1],
    ]);
  });

  test("a file with nothing in it is a warning", () => {
    expect(parseManifests("# only a comment\n---\n", "e.yaml").findings).toEqual([expect.objectContaining({ severity: "warning", code: "empty-file", source: { file: "e.yaml", line: 1, column: 1 } })]);
  });

  test("a missing file throws ManifestReadError", () => {
    expect(() => readManifestFile("/nonexistent/x.yaml")).toThrow(ManifestReadError);
  });
});

describe("finding positions", () => {
  const text = `apiVersion: apps.cozystack.io/v1alpha1
kind: VMInstance
metadata:
  name: web
  labels:
    app.kubernetes.io/name: 3
spec:
  instancetype: u1.large
  externalPorts:
    - 22
    - 70000
  sshKeys: ["${ED25519_KEY}"]
  disks:
    - name: a
      bus: scsii
`;
  const { findings } = located(text);
  const at = (path: string) => findings.find((f) => f.path === path)?.source;

  test("list items, unknown fields (at the key), values, nested objects", () => {
    expect(at("spec.externalPorts[1]")).toEqual({ file: "vms.yaml", line: 11, column: 7 });
    expect(at("spec.instancetype")).toEqual({ file: "vms.yaml", line: 8, column: 3 });
    expect(at("spec.disks[0].bus")).toEqual({ file: "vms.yaml", line: 15, column: 12 });
  });

  test("keys with dots (labels) are found", () => {
    expect(at("metadata.labels.app.kubernetes.io/name")).toEqual({ file: "vms.yaml", line: 6, column: 29 });
  });

  test("a missing required field points at its parent", () => {
    const { findings } = located(DISK("a", "\n  source:\n    http: {}"));
    expect(findings[0]).toMatchObject({ path: "spec.source.http.url", source: { line: 9, column: 5 } });
  });
});

describe("hostile nesting", () => {
  test("a document nested far deeper than any manifest is one finding with its position, not a stack overflow", () => {
    const text = `kind: VMDisk\nmetadata: {name: a}\nspec: {storage: ${"[".repeat(100_000)}}\n`;
    const set = parseManifests(text, "deep.yaml");
    expect(set.resources).toEqual([]);
    expect(set.findings).toEqual([expect.objectContaining({ severity: "error", code: "yaml-depth", source: { file: "deep.yaml", line: 3, column: expect.any(Number) } })]);
  });

  test("nesting is bounded per document: a deep document after many shallow ones is still found", () => {
    const shallow = `${DISK("a", "\n  labels: {ports: [22, 443]}")}\n---\n`.repeat(200);
    const text = `${shallow}kind: VMDisk\nmetadata: {name: b}\nspec: {storage: ${"[".repeat(5_000)}}\n`;
    const set = parseManifests(text, "many.yaml");
    const deepLine = text.split("\n").findIndex((line) => line.startsWith("spec: {storage: [")) + 1;
    expect(deepLine).toBeGreaterThan(1000);
    expect(set.findings).toEqual([expect.objectContaining({ code: "yaml-depth", source: expect.objectContaining({ line: deepLine }) })]);
  });

  test("ordinary nesting is read", () => {
    const text = `kind: VMInstance\napiVersion: apps.cozystack.io/v1alpha1\nmetadata: {name: a}\nspec: {resources: {cpu: 2}, disks: [{name: d}]}\n`;
    expect(parseManifests(text, "ok.yaml").resources).toHaveLength(1);
  });
});

test("a namespace that is not a string is a finding, for validation and policies alike", () => {
  const text = "apiVersion: apps.cozystack.io/v1alpha1\nkind: VMDisk\nmetadata:\n  name: a\n  namespace: {toString: x}\nspec: {}\n";
  const set = parseManifests(text, "ns.yaml");
  const findings = validateDefinitions(set.resources.map((r) => r.definition));
  expect(findings).toEqual([expect.objectContaining({ path: "metadata.namespace", code: "namespace" })]);
  // The policies skip what validation rejects rather than throw on it.
  expect(() => evaluatePolicies(set.resources.map((r) => r.definition), { environment: "production" })).not.toThrow();
});

describe("a cloud-init error points at its line in the file", () => {
  const manifest = (cloudInit: string) =>
    `apiVersion: apps.cozystack.io/v1alpha1\nkind: VMInstance\nmetadata: {name: web, namespace: ns}\nspec:\n  sshKeys: ["${ED25519_KEY}"]\n  cloudInit: ${cloudInit}`;
  const cloudInitFinding = (text: string) => {
    const set = parseManifests(text, "vm.yaml");
    const located = locateFindings(validateDefinitions(set.resources.map((r) => r.definition)), set.resources);
    return located.find((f) => f.code === "cloud-init");
  };

  test("inside a literal block, the very line and column", () => {
    const finding = cloudInitFinding(manifest("|\n    #cloud-config\n    users:\n      - name: admin\n       bad: x\n"));
    // Line 4 of the cloud-init is line 10 of the file; its text starts after 4 spaces of block indentation.
    expect(finding).toMatchObject({ path: "spec.cloudInit", within: { line: 4, column: 1 }, source: { file: "vm.yaml", line: 10, column: 5 } });
  });

  test("an error at the end of the text stays at the field rather than land on the next key", () => {
    const text = manifest("|\n    #cloud-config\n    packages: [nginx\n") + "  disks: [web-system]\n";
    expect(cloudInitFinding(text)?.source).toEqual({ file: "vm.yaml", line: 6, column: 14 });
  });

  test("a quoted string keeps the field's position", () => {
    const finding = cloudInitFinding(manifest('"#cloud-config\\nusers: [\\n"\n'));
    expect(finding?.source).toEqual({ file: "vm.yaml", line: 6, column: 14 });
  });
});

describe("null is unset", () => {
  test("spec keys set to null (or left empty) are dropped at any depth; nulls in lists are kept", () => {
    const set = parseManifests(
      "apiVersion: apps.cozystack.io/v1alpha1\nkind: VMInstance\nmetadata: { name: a }\nspec:\n  sshKeys: null\n  cloudInit:\n  resources: { cpu: null, memory: 2Gi }\n  disks: [null, { name: b, bus: null }]\n",
      "a.yaml",
    );
    expect(set.resources[0].definition.spec).toEqual({ resources: { memory: "2Gi" }, disks: [null, { name: "b" }] });
  });
});
