// metadata checked as the Kubernetes API server checks it (apimachinery ValidateLabels, ValidateAnnotations):
// qualified-name keys, label values, the 256 KiB total of annotations; `__proto__` and `constructor` keys are kept or
// refused on every way in (YAML, JSON, construct props), never dropped without a word.
import { Testing, TerraformStack } from "cdktf";
import { HikubeDefaults, VmDisk } from "../../../src/constructs";
import type { ResourceDefinition } from "../../../src/core/definition/resource-definition";
import { validateDefinition } from "../../../src/core/validation/validate-definition";
import { parseManifests } from "../../../src/yaml";

const disk = (metadata: Partial<ResourceDefinition["metadata"]>): ResourceDefinition => ({
  apiVersion: "apps.cozystack.io/v1alpha1",
  kind: "VMDisk",
  metadata: { name: "d", namespace: "t", ...metadata },
  spec: { storage: "10Gi", source: {} },
});
const metadataErrors = (def: ResourceDefinition) => validateDefinition(def).filter((f) => f.severity === "error" && f.path.startsWith("metadata"));

describe("label and annotation keys", () => {
  const name63 = "a".repeat(63);
  const prefix253 = `${"a".repeat(61)}.${"b".repeat(61)}.${"c".repeat(61)}.${"d".repeat(61)}.e`; // 249 characters
  test.each([
    ["app", true],
    ["A_b.c-D9", true],
    [name63, true],
    [`${name63}a`, false],
    [`example.com/${name63}`, true],
    [`${prefix253}/x`, true],
    [`${prefix253}abcde/x`, false], // prefix 254 long
    ["Example.com/x", false], // prefix must be lowercase
    ["/x", false],
    ["a/", false],
    ["a/b/c", false],
    ["-a", false],
    ["a-", false],
    ["_a", false],
    ["a b", false],
    ["é", false],
    ['${file("/etc/passwd")}', false],
    ["__proto__", false],
    ["constructor", true],
    ["", false],
  ])("%j valid: %s", (key, valid) => {
    for (const field of ["labels", "annotations"] as const) {
      const errors = metadataErrors(disk({ [field]: Object.defineProperty({}, key, { value: "v", enumerable: true }) }));
      expect({ field, key, errors: errors.map((e) => e.code) }).toEqual({ field, key, errors: valid ? [] : ["label-key"] });
    }
  });
});

describe("label values", () => {
  test.each([
    ["", true],
    ["a", true],
    ["a".repeat(63), true],
    ["a".repeat(64), false],
    ["a.b_c-D", true],
    ["-a", false],
    ["a/b", false],
    ["a b", false],
    ["${x}", false],
  ])("%j valid: %s", (value, valid) => {
    expect(metadataErrors(disk({ labels: { app: value } })).map((e) => e.code)).toEqual(valid ? [] : ["label-value"]);
  });

  test("annotation values are free text of any shape", () => {
    expect(metadataErrors(disk({ annotations: { note: "${x} %{y} \n é -a a/b" } }))).toEqual([]);
  });
});

describe("annotations total at most 256 KiB (262144 bytes of keys and values, as the API server counts them)", () => {
  const annotations = (bytes: number) => ({ a: "x".repeat(bytes - 1) }); // key "a" is 1 byte

  test("262144 bytes pass, 262145 are refused, naming the size and the limit", () => {
    expect(metadataErrors(disk({ annotations: annotations(262144) }))).toEqual([]);
    const errors = metadataErrors(disk({ annotations: annotations(262145) }));
    expect(errors).toEqual([expect.objectContaining({ path: "metadata.annotations", code: "annotations-size", message: expect.stringContaining("262145 bytes") })]);
    expect(errors[0].allowed).toContain("262144");
  });

  test("bytes, not characters: multi-byte text counts its UTF-8 length; keys count too", () => {
    // 131073 characters in all, far below 262144, but 1 + 262144 bytes.
    expect(metadataErrors(disk({ annotations: { a: "é".repeat(131072) } })).map((e) => e.code)).toEqual(["annotations-size"]);
    expect(metadataErrors(disk({ annotations: { a: "é".repeat(131071) } }))).toEqual([]); // 1 + 262142 bytes
    expect(metadataErrors(disk({ annotations: { a: "é".repeat(131071), bc: "x" } })).map((e) => e.code)).toEqual(["annotations-size"]); // 262146
  });

  test("labels have no such total (each is at most 63+63+253 characters anyway)", () => {
    const labels = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`k${i}`, "v".repeat(63)]));
    expect(metadataErrors(disk({ labels }))).toEqual([]);
  });
});

describe("__proto__ and constructor keys: kept or refused, never dropped", () => {
  const yaml = `apiVersion: apps.cozystack.io/v1alpha1
kind: VMDisk
metadata:
  name: d
  namespace: t
  labels:
    constructor: x
    __proto__: y
  annotations:
    __proto__: z
spec:
  storage: 10Gi
  __proto__: {a: 1}
`;
  const json = `{"apiVersion":"apps.cozystack.io/v1alpha1","kind":"VMDisk","metadata":{"name":"d","namespace":"t","labels":{"constructor":"x","__proto__":"y"},"annotations":{"__proto__":"z"}},"spec":{"storage":"10Gi","__proto__":{"a":1}}}`;

  test.each([
    ["YAML", yaml, "d.yaml"],
    ["JSON", json, "d.json"],
  ])("%s: constructor kept, every __proto__ refused where it is", (_format, text, file) => {
    const set = parseManifests(text, file);
    expect(set.findings.filter((f) => f.severity === "error")).toEqual([]);
    const def = set.resources[0].definition;
    expect(Object.getOwnPropertyNames(def.metadata.labels)).toEqual(["constructor", "__proto__"]);
    const errors = validateDefinition(def).filter((f) => f.severity === "error");
    expect(errors.map((e) => e.path).sort()).toEqual(["metadata.annotations.__proto__", "metadata.labels.__proto__", "spec.__proto__"]);
  });

  test("construct props: a `__proto__` key (from JSON.parse or a computed key) is refused, `constructor` kept", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "s");
    HikubeDefaults.set(stack, { namespace: "t" });
    const props = { name: "d", storage: "10Gi", labels: JSON.parse('{"constructor":"x","__proto__":"y"}'), ...JSON.parse('{"__proto__":{"a":1}}') };
    const d = new VmDisk(stack, "d", props);
    expect(d.findings.filter((f) => f.severity === "error").map((f) => f.path).sort()).toEqual(["metadata.labels.__proto__", "spec.__proto__"]);
    expect((d.manifest.metadata.labels as Record<string, string>).constructor).toBe("x");
  });
});
