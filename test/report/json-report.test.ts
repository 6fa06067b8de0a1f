import { formatJson } from "../../src/report/json-report";
import { SCHEMA_FINDING, sampleReport } from "./report-fixtures";

test("JSON: findings with every field, and the summary", () => {
  const report = sampleReport();
  const json = JSON.parse(formatJson(report));
  expect(Object.keys(json)).toEqual(["findings", "summary"]);
  expect(json.summary).toEqual({ errors: 3, warnings: 0, infos: 1, waived: 1, expiredWaivers: 0, resources: 3, environment: "production" });
  expect(json.findings.map((f: { ruleId: string; severity: string; waived: boolean }) => `${f.ruleId} ${f.severity}${f.waived ? " waived" : ""}`)).toEqual([
    "HK001 error",
    "HK012 error",
    "HK002 error waived",
    "HK003 error",
    "HK019 info",
  ]);
  expect(json.findings[0]).toEqual({
    file: "vms/web.yaml",
    line: 14,
    column: 1,
    kind: "VMDisk",
    name: "web-data",
    namespace: "tenant-test",
    path: "spec.storageClass",
    ruleId: "HK001",
    code: null,
    severity: "error",
    message: expect.stringContaining('storage class "local" is not replicated'),
    suggestion: "replicated",
    allowed: null,
    waived: false,
    waiverReason: null,
    waiverExpires: null,
  });
  expect(json.findings[2]).toMatchObject({ waived: true, waiverReason: 'Stateless "edge" VM <cache> & nothing else.' });
  expect(json.findings[4]).toMatchObject({ file: null, line: null, namespace: "tenant-b" });
});

test("JSON of validation findings alone computes a summary; output is deterministic", () => {
  const json = JSON.parse(formatJson({ findings: [SCHEMA_FINDING] }));
  expect(json.summary).toEqual({ errors: 1, warnings: 0, infos: 0, waived: 0, expiredWaivers: 0, resources: 1 });
  expect(formatJson(sampleReport())).toBe(formatJson(sampleReport()));
});
