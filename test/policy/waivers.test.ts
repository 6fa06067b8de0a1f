import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { evaluatePolicies } from "../../src/policy/engine";
import { loadWaiverFile, parseWaiverFile } from "../../src/policy/waivers/load-waiver-file";
import { WaiverError } from "../../src/policy/waivers/validate-waivers";
import type { Waiver } from "../../src/policy/waivers/waiver";
import { resourceMatches } from "../../src/policy/waivers/waiver";
import { makePrivateKeyPem } from "../helpers/ssh-keys";
import { compliantVm, withChange } from "./policy-helpers";

const SINGLE_DISK = withChange(2, { disks: ["web-system"] }).slice(0, 1).concat(withChange(2, { disks: ["web-system"] }).slice(2));
const REASON = "Batch worker whose data lives in object storage.";
const NOW = new Date("2026-03-15T12:00:00Z");

const run = (waivers: Waiver[], now = NOW, defs = SINGLE_DISK) => evaluatePolicies(defs, { environment: "production", waivers, now });

describe("waivers from code", () => {
  test("a waived finding no longer counts as an error but stays in the report, with its reason", () => {
    const report = run([{ ruleId: "HK002", resource: "VMInstance/tenant-test/web", reason: REASON }]);
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: "HK002", severity: "error", waiver: { reason: REASON } })]);
    expect(report.summary).toMatchObject({ errors: 0, waived: 1 });
    expect(report.unusedWaivers).toEqual([]);
  });

  test("Kind/name matches any namespace; globs match within a segment", () => {
    expect(run([{ ruleId: "HK002", resource: "VMInstance/web", reason: REASON }]).summary.waived).toBe(1);
    expect(run([{ ruleId: "HK002", resource: "VMInstance/tenant-*/w?b", reason: REASON }]).summary.waived).toBe(1);
    expect(run([{ ruleId: "HK002", resource: "VMInstance/other/web", reason: REASON }]).summary).toMatchObject({ errors: 1, waived: 0 });
    expect(run([{ ruleId: "HK002", resource: "VMDisk/web", reason: REASON }]).summary.waived).toBe(0);
    expect(resourceMatches("VMDisk/*", "VMDisk", "a", "b")).toBe(true);
    expect(resourceMatches("VMDisk/a*", "VMDisk", "x", "a/b")).toBe(false);
  });

  test("only the named rule is waived", () => {
    const report = run([{ ruleId: "HK001", resource: "VMInstance/web", reason: REASON }]);
    expect(report.summary).toMatchObject({ errors: 1, waived: 0 });
    expect(report.unusedWaivers).toHaveLength(1);
  });

  test("a waiver applies through its last day (UTC), then stops and the report says so", () => {
    const waiver = { ruleId: "HK002", resource: "VMInstance/web", reason: REASON, expires: "2026-03-15" };
    expect(run([waiver], new Date("2026-03-15T23:59:59Z")).findings).toEqual([expect.objectContaining({ waiver: { reason: REASON, expires: "2026-03-15" } })]);
    const expired = run([waiver], new Date("2026-03-16T00:00:00Z"));
    expect(expired.findings.map((f) => [f.ruleId, f.severity, f.waiver])).toEqual([
      ["HK002", "error", undefined],
      ["waiver/expired", "warning", undefined],
    ]);
    expect(expired.findings[1].message).toMatch(/waiver HK002 for VMInstance\/web expired on 2026-03-15/);
    expect(expired.summary).toMatchObject({ errors: 1, warnings: 1, waived: 0, expiredWaivers: 1 });
  });

  test("a rule that cannot be waived ignores the waiver, and says so", () => {
    const defs = withChange(2, { sshKeys: [makePrivateKeyPem()] });
    const report = run([{ ruleId: "HK014", resource: "VMInstance/web", reason: "We need this key for the demo, really." }], NOW, defs);
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: "HK014", severity: "error", message: expect.stringMatching(/HK014 cannot be waived: the waiver is ignored\)$/) })]);
    expect(report.findings[0].waiver).toBeUndefined();
    expect(report.summary.errors).toBe(1);
  });

  test.each([
    [{ ruleId: "HK002", resource: "VMInstance/web", reason: "because" }, /reason must be at least one sentence/],
    [{ ruleId: "HK002", resource: "VMInstance/web", reason: "A long enough reason but no period" }, /reason must be at least one sentence/],
    [{ ruleId: "HK002", resource: "VMInstance/web" }, /missing reason/],
    [{ ruleId: "HK02", resource: "VMInstance/web", reason: REASON }, /unknown rule "HK02" \(did you mean "HK002"\?\)/],
    [{ ruleId: "HK002", resource: "Pod/web", reason: REASON }, /resource must be Kind\/namespace\/name/],
    [{ ruleId: "HK002", resource: "VMInstance/web", reason: REASON, expires: "2026-02-30" }, /expires "2026-02-30" is not a calendar date/],
    [{ ruleId: "HK002", resource: "VMInstance/web", reason: REASON, expires: "30/06/2026" }, /expires must be a date YYYY-MM-DD/],
    [{ ruleId: "HK002", resource: "VMInstance/web", reason: REASON, until: "2026-01-01" }, /unknown field "until"/],
  ])("an invalid waiver is refused: %j", (waiver, message) => {
    expect(() => run([waiver as Waiver])).toThrow(WaiverError);
    expect(() => run([waiver as Waiver])).toThrow(message);
  });
});

describe("waivers from a file", () => {
  const dir = mkdtempSync(join(tmpdir(), "hk-waivers-"));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  test("a YAML file checked into the repository: dates stay strings, sources are kept", () => {
    const path = write(
      "hikube-waivers.yaml",
      `# reviewed by the platform team
waivers:
  - ruleId: HK002
    resource: VMInstance/tenant-test/web
    reason: ${REASON}
    expires: 2026-06-30
`,
    );
    const waivers = loadWaiverFile(path);
    expect(waivers).toEqual([{ ruleId: "HK002", resource: "VMInstance/tenant-test/web", reason: REASON, expires: "2026-06-30", source: { file: path, line: 3 } }]);
    expect(run(waivers).findings[0].waiver).toEqual({ reason: REASON, expires: "2026-06-30" });
    expect(run(waivers, new Date("2026-07-01T00:00:00Z")).findings[1].message).toContain(`(${path}:3) expired on 2026-06-30`);
  });

  test("JSON works too", () => {
    const path = write("waivers.json", JSON.stringify({ waivers: [{ ruleId: "HK002", resource: "VMInstance/web", reason: REASON }] }));
    expect(run(loadWaiverFile(path)).summary.waived).toBe(1);
  });

  test("every problem is listed with its file and line", () => {
    const text = `waivers:
  - ruleId: HK002
    resource: VMInstance/web
    reason: short
  - ruleId: HK999
    resource: VMInstance/web
    reason: ${REASON}
`;
    let error: WaiverError | undefined;
    try {
      parseWaiverFile(text, "hikube-waivers.yaml");
    } catch (e) {
      error = e as WaiverError;
    }
    expect(error?.problems).toEqual([
      "hikube-waivers.yaml:2: waivers[0]: reason must be at least one sentence: 20 characters or more, ending with a period",
      "hikube-waivers.yaml:5: waivers[1]: unknown rule \"HK999\" (did you mean \"HK009\"?)",
    ]);
  });

  test.each([
    ["[]", /expected a mapping with a `waivers` list/],
    ["waivers: {}", /waivers must be a list/],
    ["waiver: []", /unknown field "waiver"/],
    ["waivers: [\n  - ruleId: HK002\n  bad", /hikube-waivers.yaml:\d+: /],
  ])("a malformed file is refused with a clear error: %s", (text, message) => {
    expect(() => parseWaiverFile(text, "hikube-waivers.yaml")).toThrow(message);
  });

  test("a missing file says so", () => {
    expect(() => loadWaiverFile(join(dir, "nope.yaml"))).toThrow(/nope.yaml: cannot read the waiver file \(ENOENT\)/);
  });
});

test("the compliant VM needs no waiver", () => {
  expect(evaluatePolicies(compliantVm(), { environment: "production" }).findings).toEqual([]);
});
