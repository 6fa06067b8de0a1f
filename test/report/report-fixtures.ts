import type { Finding } from "../../src/core/findings/finding";
import { evaluatePolicies, type PolicyReport } from "../../src/policy/engine";
import { disk, instance } from "../helpers/definitions";

/** A production report with an error from a YAML file, a warning, an info, a waived finding and a schema finding. */
export function sampleReport(): PolicyReport {
  const defs = [
    { ...disk({ storageClass: "local", storage: "10Gi", source: { http: { url: "http://example.com/a&b<c>.img" } } }, "web-data"), source: { file: "vms/web.yaml", line: 14, column: 1 } },
    { ...instance({ disks: ["web-data"], external: true, externalMethod: "WholeIP", cloudInit: "#cloud-config\nruncmd: [ufw enable]\n" }, "web"), source: { file: "vms/web.yaml", line: 1, column: 1 } },
    disk({}, "orphan", "tenant-b"),
  ];
  return evaluatePolicies(defs, {
    environment: "production",
    waivers: [{ ruleId: "HK002", resource: "VMInstance/tenant-test/web", reason: "Stateless \"edge\" VM <cache> & nothing else." }],
    now: new Date("2026-01-01T00:00:00Z"),
  });
}

export const SCHEMA_FINDING: Finding = {
  severity: "error",
  kind: "VMInstance",
  name: "web",
  namespace: "tenant-test",
  path: "spec.instanceType",
  message: 'unknown instance type "u1.larg"',
  suggestion: "u1.large",
  code: "catalog",
  source: { file: "vms/web.yaml", line: 9, column: 17 },
};
