import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { formatSarif } from "../../src/report/sarif-report";
import { HIKUBE_RULES } from "../../src/policy/rules";
import { SCHEMA_FINDING, sampleReport } from "./report-fixtures";
// The SARIF 2.1.0 JSON Schema (OASIS, as published by SchemaStore: rtm.5), shipped in @microsoft/jest-sarif.
import SARIF_SCHEMA from "@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json";

// unicodeRegExp off: the schema's `language` pattern has a stray "]" that the u flag rejects.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(SARIF_SCHEMA);

function sarif(findings = sampleReport().findings) {
  const text = formatSarif({ findings: [...findings, SCHEMA_FINDING], summary: sampleReport().summary });
  return { text, log: JSON.parse(text) };
}

test("valid against the SARIF 2.1.0 JSON Schema", () => {
  const { log } = sarif();
  const valid = validateSarif(log);
  expect(validateSarif.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
});

test("the validator does reject a broken log (the check can fail)", () => {
  const { log } = sarif();
  log.runs[0].results[0].level = "fatal";
  delete log.version;
  expect(validateSarif(log)).toBe(false);
});

test("tool.driver.rules come from the rules' metadata, plus schema ids seen", () => {
  const { log } = sarif();
  const rules = log.runs[0].tool.driver.rules;
  expect(rules.map((r: { id: string }) => r.id)).toEqual([...HIKUBE_RULES.map((r) => r.id), "schema/catalog"]);
  expect(rules[0]).toMatchObject({
    id: "HK001",
    name: "DisksUseReplicatedStorage",
    shortDescription: { text: "Disks use replicated storage" },
    fullDescription: { text: HIKUBE_RULES[0].cause },
    help: { text: expect.stringContaining("Fix: Set `storageClass: replicated`") },
    defaultConfiguration: { level: "error" },
    properties: { levels: { development: "off", staging: "warning", production: "error" }, waivable: true },
  });
  expect(rules.find((r: { id: string }) => r.id === "HK017").defaultConfiguration).toEqual({ level: "note" });
});

test("results: rule, level, message, file and line, logical location, suppression for waivers", () => {
  const { log } = sarif();
  const results = log.runs[0].results;
  expect(results.map((r: { ruleId: string; level: string }) => `${r.ruleId} ${r.level}`)).toEqual([
    "HK001 error",
    "HK012 error",
    "HK002 error",
    "HK003 error",
    "HK019 note",
    "schema/catalog error",
  ]);
  expect(results[0].locations).toEqual([
    {
      physicalLocation: { artifactLocation: { uri: "vms/web.yaml" }, region: { startLine: 14, startColumn: 1 } },
      logicalLocations: [
        { name: "web-data", fullyQualifiedName: "VMDisk/tenant-test/web-data", kind: "resource" },
        { name: "spec.storageClass", fullyQualifiedName: "VMDisk/tenant-test/web-data/spec.storageClass", kind: "property" },
      ],
    },
  ]);
  expect(results[0].ruleIndex).toBe(0);
  expect(results[2].suppressions).toEqual([{ kind: "external", status: "accepted", justification: 'Stateless "edge" VM <cache> & nothing else.' }]);
  expect(results[4].locations[0].physicalLocation).toBeUndefined();
  expect(results[5]).toMatchObject({ ruleIndex: HIKUBE_RULES.length, message: { text: 'VMInstance/tenant-test/web spec.instanceType: unknown instance type "u1.larg" (did you mean "u1.large"?)' } });
  expect(results[0].partialFingerprints["hikubeFinding/v1"]).toMatch(/^[0-9a-f]{64}$/);
});

test("deterministic", () => {
  expect(sarif().text).toBe(sarif().text);
});
