// Issue 16 "Messages": each message names its field, says what is wrong in plain words, once.
import { formatFinding } from "../../src/core/findings/finding";
import { validateDefinition, validateDefinitions } from "../../src/core/validation/validate-definition";
import { evaluatePolicies } from "../../src/policy";
import { parseWaiverFile } from "../../src/policy/waivers/load-waiver-file";
import { fullMessage } from "../../src/report/report-input";
import { findingLine } from "../../src/cli/output/findings-text";
import { parseManifests } from "../../src/yaml";
import { disk, ED25519_KEY, instance } from "../helpers/definitions";

const lines = (defs: Parameters<typeof validateDefinitions>[0], environment: "development" | "production" = "development") => {
  const report = evaluatePolicies(defs, { environment });
  return [...validateDefinitions(defs), ...report.findings].map(formatFinding);
};

describe("issue 16 messages", () => {
  test('a manifest without namespace: no `namespace ""`, but what it means', () => {
    const vm = { kind: "VMInstance", metadata: { name: "web" }, spec: { disks: ["nodisk"], sshKeys: [ED25519_KEY] } } as const;
    const out = lines([vm]);
    const hk005 = out.find((l) => l.includes("HK005"));
    expect(hk005).toContain('VMDisk "nodisk" is not declared in the default namespace (no metadata.namespace)');
    expect(out.join("\n")).not.toContain('""');
  });

  test("a policy message that names its fix does not add a did-you-mean of the same fix", () => {
    const defs = [disk({ storage: "20Gi", source: { image: { name: "ubuntu-2404" } } }, "web-system"), instance({ disks: ["web-system"], external: true, externalMethod: "WholeIP", sshKeys: [ED25519_KEY] })];
    const hk003 = evaluatePolicies(defs, { environment: "production" }).findings.find((f) => f.ruleId === "HK003");
    expect(hk003?.suggestion).toBe("PortList"); // machines still get the fix
    for (const text of [formatFinding(hk003!), fullMessage(hk003!), findingLine(hk003!)]) {
      expect(text).toContain("use PortList");
      expect(text).not.toContain("did you mean");
    }
  });

  test("a suggestion the message does not name is still offered", () => {
    const f = validateDefinition(instance({ instanceType: "u1.larg" })).find((x) => x.path === "spec.instanceType")!;
    expect(formatFinding(f)).toContain('(did you mean "u1.large"?)');
  });

  test.each([
    [[null], "spec.sshKeys[0]: expected a string, got null"],
    [[[1]], "spec.sshKeys[0]: expected a string, got a list"],
    [{ a: 1 }, "spec.sshKeys: expected a list, got an object"],
    ["ssh-ed25519 AAAA", "spec.sshKeys: expected a list, got a string \"ssh-ed25519 AAAA\""],
  ])("a wrong type is named once: sshKeys %j", (value, wording) => {
    const messages = validateDefinition(instance({ sshKeys: value })).map((f) => `${f.path}: ${f.message}`);
    expect(messages).toContain(wording);
    expect(messages.join("\n")).not.toMatch(/null null|a list a list|an object an object/);
  });

  test("a list where a string is expected says `a list` once, and no second finding for the enum", () => {
    const messages = validateDefinition(instance({ runStrategy: ["Always"], sshKeys: [["x"]] })).map((f) => `${f.path}: ${f.message}`);
    expect(messages).toEqual(expect.arrayContaining(["spec.runStrategy: expected a string, got a list", "spec.sshKeys[0]: expected a string, got a list"]));
    expect(messages.filter((m) => m.startsWith("spec.runStrategy"))).toHaveLength(1);
    expect(messages.join("\n")).not.toMatch(/a list a list/);
  });

  test('a label value that is an object gets no `did you mean ""[object Object]""`; a number is told to be quoted', () => {
    const object = validateDefinition({ ...disk({ storage: "1Gi" }), metadata: { name: "d", labels: { app: { x: 1 } as unknown as string } } });
    const text = object.map(formatFinding).join("\n");
    expect(text).toContain("metadata.labels.app: expected a string, got an object");
    expect(text).not.toMatch(/object Object|did you mean/);
    const number = validateDefinition({ ...disk({ storage: "1Gi" }), metadata: { name: "d", labels: { tier: 5 as unknown as string } } });
    expect(number.map(formatFinding)).toContain('VMDisk/d metadata.labels.tier: expected a string, got an integer 5; quote it: "5"');
  });

  test.each(["__proto__", "constructor", "toString", "hasOwnProperty"])('an unknown field named %s is unknown, with a reason (not "undefined")', (key) => {
    const spec = JSON.parse(`{"storage":"1Gi",${JSON.stringify(key)}:1}`);
    const messages = validateDefinition(disk(spec)).map((f) => f.message);
    expect(messages).toEqual([`unknown field "${key}": the platform silently ignores unknown fields`]);
  });

  test("a manifest's __proto__ key next to a null is reported, not dropped while removing the null", () => {
    const set = parseManifests(`apiVersion: apps.cozystack.io/v1alpha1\nkind: VMDisk\nmetadata: {name: d}\nspec:\n  storage: 1Gi\n  optical: null\n  __proto__: 1\n`, "d.yaml");
    const messages = validateDefinitions(set.resources.map((r) => r.definition)).map((f) => f.message);
    expect(messages).toEqual(['unknown field "__proto__": the platform silently ignores unknown fields']);
  });

  test("a waiver `expires: 20991231` names the field and the format, and the date meant", () => {
    const text = "waivers:\n  - ruleId: HK003\n    resource: VMInstance/web\n    reason: Demo VM for the training session.\n    expires: 20991231\n";
    expect(() => parseWaiverFile(text, "w.yaml")).toThrow("w.yaml:2: waivers[0]: expires must be a date YYYY-MM-DD, got an integer 20991231 (write 2099-12-31)");
    expect(() => parseWaiverFile(text.replace("HK003", "[1]"), "w.yaml")).toThrow(/ruleId must be a rule id such as HK002, got a list/);
  });

  test("an anchor used in a later document says anchors are per document, not 'Merge sources must be maps'", () => {
    const text = "apiVersion: apps.cozystack.io/v1alpha1\nkind: VMDisk\nmetadata: &m\n  name: a\nspec: {storage: 1Gi}\n---\napiVersion: apps.cozystack.io/v1alpha1\nkind: VMDisk\nmetadata:\n  <<: *m\n  name: b\nspec: {storage: 1Gi}\n";
    const set = parseManifests(text, "two.yaml");
    expect(set.findings.map((f) => [f.source?.line, f.message])).toEqual([
      [10, 'YAML: this alias refers to an anchor of another document: an anchor is visible only in its own document and "---" starts a new one; repeat the values in this document'],
    ]);
    const plain = parseManifests("apiVersion: apps.cozystack.io/v1alpha1\nkind: VMDisk\nmetadata: {name: a}\nspec:\n  storage: *size\n  x: &size 1Gi\n", "late.yaml");
    expect(plain.findings.map((f) => f.message)).toEqual(["YAML: this alias is used before its anchor: define the anchor (&name) before the alias (*name)"]);
  });

  test("a document that is not an object says what it is, once, in the same words as validation", () => {
    const messages = (text: string) => parseManifests(text, "d.yaml").findings.map((f) => f.message);
    expect(messages("- a\n- b\n")).toEqual(["expected a Kubernetes object (apiVersion, kind, metadata, spec), got a list"]);
    expect(messages("just text\n")).toEqual(['expected a Kubernetes object (apiVersion, kind, metadata, spec), got a string "just text"']);
  });
});
