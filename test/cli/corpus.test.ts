import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { CORPUS, runCli, validateJson } from "./helpers/run-cli";

interface BrokenCase {
  file: string;
  /** @default "error" */
  severity?: "error" | "warning";
  /** The policy rule that reports it, if one does. */
  rule?: string;
  exit: number;
  path: string;
  line: number;
  column: number;
  message: string;
  suggestion?: string;
}

const VALID = join(CORPUS, "valid");
const BROKEN = join(CORPUS, "broken");
const cases: BrokenCase[] = JSON.parse(readFileSync(join(BROKEN, "expected.json"), "utf8")).cases;
const validFiles = readdirSync(VALID).sort();

describe("valid corpus", () => {
  // Files refer to disks of other files (the seed's VM to vm-system-disk ...): each file alone
  // has no schema error; the corpus as a whole has no error at all.
  test.each(validFiles)("%s: no schema error", (file) => {
    const result = validateJson([file], { cwd: VALID });
    expect(result.json.findings.filter((f) => f.severity === "error" && !f.ruleId)).toEqual([]);
    expect(result.stderr).toBe("");
  });

  test("all together, development policies: exit 0, every resource read, none twice", () => {
    const result = validateJson(["."], { cwd: VALID });
    expect(result.json.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.status).toBe(0);
    expect(result.json.summary).toMatchObject({ files: validFiles.length, errors: 0 });
    expect(result.json.summary.resources).toBe(33);
  });

  // The platform's own defaults and what it returns must not be noise: a user who renders, or who reads
  // back with kubectl, gets no warning for manifests the platform takes as they are.
  test("no warning on any valid file, nor on the whole corpus rendered and validated again", () => {
    const direct = validateJson(["."], { cwd: VALID });
    expect(direct.json.findings.filter((f) => f.severity === "warning" || f.severity === "error")).toEqual([]);
    const rendered = runCli(["render", "."], { cwd: VALID });
    expect(rendered.status).toBe(0);
    const again = validateJson(["-"], { cwd: VALID, input: rendered.stdout });
    expect(again.json.findings.filter((f) => f.severity === "warning" || f.severity === "error")).toEqual([]);
    expect(again.json.summary).toMatchObject({ resources: direct.json.summary.resources, errors: 0, warnings: 0 });
  });

  test("what kubectl get -o yaml prints back from the platform (server fields, defaults, status) validates with no warning", () => {
    const result = validateJson(["kubectl-get-list-platform.yaml"], { cwd: VALID });
    expect(result.status).toBe(0);
    expect(result.json.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(result.json.summary).toMatchObject({ resources: 2, errors: 0, warnings: 0 });
    // Rendering the read-back object gives the platform the same spec it returned.
    const rendered = runCli(["render", "kubectl-get-list-platform.yaml"], { cwd: VALID });
    expect(rendered.stdout).toContain("sshKeys: []");
    expect(rendered.stdout).not.toMatch(/managedFields|resourceVersion|status:/);
  });

  test("the production stack passes the production policies", () => {
    const result = validateJson(["--env", "production", "production-stack.yaml"], { cwd: VALID });
    expect(result.json.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(result.status).toBe(0);
  });

  test("text output: one line, no problem", () => {
    const result = runCli(["validate", "seed-ubuntu-golden-disk.yaml", "production-stack.yaml"], { cwd: VALID });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/0 errors, 0 warnings.* in 4 resources \(2 files, development policies\)\n$/);
  });
});

describe("broken corpus: one defect per file", () => {
  test("every broken file has a case", () => {
    expect(cases.map((c) => c.file).sort()).toEqual(readdirSync(BROKEN).filter((f) => f !== "expected.json").sort());
  });

  test.each(cases.map((c) => [c.file, c] as const))("%s", (_file, expected) => {
    const severity = expected.severity ?? "error";
    const result = validateJson([expected.file], { cwd: BROKEN });
    expect(result.status).toBe(expected.exit);
    const errors = result.json.findings.filter((f) => f.severity === severity);
    expect(errors).toHaveLength(1);
    // A warning file holds a mistake the platform accepts: nothing else in it is an error.
    if (severity === "warning") expect(result.json.findings.filter((f) => f.severity === "error")).toEqual([]);
    const [error] = errors;
    if (expected.rule !== undefined) expect(error.ruleId).toBe(expected.rule);
    expect({ file: error.file, path: error.path, line: error.line, column: error.column }).toEqual({
      file: expected.file,
      path: expected.path,
      line: expected.line,
      column: expected.column,
    });
    expect(error.message).toContain(expected.message);
    if (expected.suggestion !== undefined) expect(error.suggestion).toBe(expected.suggestion);
    // The same, for people: file:line:column first.
    const text = runCli(["validate", expected.file], { cwd: BROKEN });
    expect(text.status).toBe(expected.exit);
    expect(text.stdout).toContain(`${expected.file}:${expected.line}:${expected.column}: ${severity}: `);
    expect(text.stderr).toBe("");
  });

  test("a ConfigMap next to the VMs is skipped with --skip-other-kinds", () => {
    const result = validateJson(["--skip-other-kinds", "other-kind.yaml"], { cwd: BROKEN });
    expect(result.status).toBe(0);
    expect(result.json.findings).toContainEqual(expect.objectContaining({ severity: "info", kind: "ConfigMap", code: "skipped-kind", line: 11 }));
    expect(result.json.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
