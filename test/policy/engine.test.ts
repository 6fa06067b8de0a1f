import { disk, instance } from "../helpers/definitions";
import { evaluatePolicies } from "../../src/policy/engine";
import { hasErrors } from "../../src/core/findings/finding";
import { compliantVm, withChange } from "./policy-helpers";

describe("evaluatePolicies", () => {
  test("findings in resource order then rule order, with level, rule id, path and source", () => {
    const defs = [
      { ...disk({ storageClass: "local", storage: "10Gi" }, "lonely"), source: { file: "vms.yaml", line: 12, column: 1 } },
      ...withChange(2, { disks: ["web-system"] }),
    ];
    const report = evaluatePolicies(defs, { environment: "production" });
    expect(report.findings.map((f) => [f.ruleId, f.severity, `${f.kind}/${f.name}`, f.path])).toEqual([
      ["HK001", "error", "VMDisk/lonely", "spec.storageClass"],
      ["HK019", "info", "VMDisk/lonely", ""],
      ["HK019", "info", "VMDisk/web-data", ""],
      ["HK002", "error", "VMInstance/web", "spec.disks"],
    ]);
    expect(report.findings[0]).toMatchObject({ namespace: "tenant-test", source: { file: "vms.yaml", line: 12, column: 1 } });
    expect(report.summary).toEqual({ errors: 2, warnings: 0, infos: 2, waived: 0, expiredWaivers: 0, resources: 4, environment: "production" });
  });

  test("levelOverrides replace a rule's level, including off", () => {
    const defs = withChange(2, { disks: ["web-system"] });
    const findings = (levelOverrides: Record<string, "error" | "warning" | "info" | "off">) =>
      evaluatePolicies(defs, { environment: "production", levelOverrides }).findings.map((f) => `${f.ruleId} ${f.severity}`);
    expect(findings({ HK002: "warning", HK019: "off" })).toEqual(["HK002 warning"]);
    expect(() => evaluatePolicies(defs, { environment: "production", levelOverrides: { HK02: "off" } })).toThrow(/unknown rule "HK02" \(did you mean "HK002"\?\)/);
    expect(() => evaluatePolicies(defs, { environment: "production", levelOverrides: { HK002: "fatal" as never } })).toThrow(/HK002: "fatal" is not one of/);
    // HK014 (a private key in sshKeys) is unwaivable: no override may lower it either.
    for (const level of ["off", "warning", "info"] as const) {
      expect(() => evaluatePolicies(defs, { environment: "development", levelOverrides: { HK014: level } })).toThrow(/levelOverrides.HK014: HK014 cannot be lowered to .*not waivable/);
    }
    expect(() => evaluatePolicies(defs, { environment: "production", levelOverrides: { HK014: "error" } })).not.toThrow();
  });

  test("an unknown environment is refused", () => {
    expect(() => evaluatePolicies([], { environment: "prod" as never })).toThrow(/unknown environment "prod"/);
  });

  test("defaultNamespace places definitions that name none", () => {
    const defs = compliantVm().map((d) => ({ ...d, metadata: { name: d.metadata.name } }));
    const report = evaluatePolicies([...defs, disk({}, "extra", "tenant-test")], { environment: "production", defaultNamespace: "tenant-test" });
    expect(report.findings.map((f) => `${f.ruleId} ${f.namespace}/${f.name}`)).toEqual(["HK019 tenant-test/extra"]);
  });

  test("definitions that are not readable (unknown kind, no name) are skipped, never thrown on", () => {
    const odd = [{ kind: "Pod", metadata: { name: "p" }, spec: {} }, { kind: "VMDisk", metadata: {}, spec: {} }, instance({ disks: "nope", sshKeys: 3, cloudInit: 4 }, "odd")] as never[];
    expect(evaluatePolicies(odd, { environment: "production" }).findings.map((f) => `${f.ruleId} ${f.name}`)).toEqual(["HK002 odd", "HK009 odd"]);
  });

  test("hasErrors ignores waived errors", () => {
    const f = { severity: "error" as const, kind: "VMDisk", name: "d", path: "", message: "m" };
    expect(hasErrors([f])).toBe(true);
    expect(hasErrors([{ ...f, waiver: { reason: "Accepted for the migration window." } }])).toBe(false);
  });

  // Speed is measured by `npm run bench`; this checks a fleet across namespaces stays correct.
  test("a fleet of 1,000 compliant VMs in 50 namespaces has no finding", () => {
    const defs = Array.from({ length: 1000 }, (_, i) => compliantVm(`vm-${i}`, `tenant-${i % 50}`)).flat();
    const report = evaluatePolicies(defs, { environment: "production" });
    expect(report.summary).toMatchObject({ errors: 0, resources: 3000 });
    expect(report.findings).toEqual([]);
  });
});

test("the engine and the reports import no cdktf (they outlive it, and the CLI loads them)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readdirSync, readFileSync } = require("fs") as typeof import("fs");
  const { join } = require("path") as typeof import("path");
  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  const sources = [...files(join(__dirname, "../../src/policy")), ...files(join(__dirname, "../../src/report"))];
  expect(sources.length).toBeGreaterThan(30);
  expect(sources.filter((f) => /from "(cdktf|constructs|@cdktf\/[^"]*)"/.test(readFileSync(f, "utf8")))).toEqual([]);
});

describe("manifests rendered by the caller", () => {
  test("are used instead of rendering the definitions again", () => {
    const disk = { kind: "VMDisk" as const, metadata: { name: "d", namespace: "ns" }, spec: { storageClass: "replicated" } };
    const asGiven = evaluatePolicies([disk], { environment: "production" });
    expect(asGiven.findings.filter((f) => f.ruleId === "HK001")).toEqual([]);
    // A manifest the caller rendered is what the rules see: here one on local storage.
    const rendered = new Map([[disk, { apiVersion: "apps.cozystack.io/v1alpha1", kind: "VMDisk" as const, metadata: { name: "d", namespace: "ns" }, spec: { storageClass: "local" } }]]);
    const fromCaller = evaluatePolicies([disk], { environment: "production", rendered });
    expect(fromCaller.findings.filter((f) => f.ruleId === "HK001")).toEqual([expect.objectContaining({ name: "d", severity: "error" })]);
  });
});
