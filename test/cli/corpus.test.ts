import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { CORPUS, runCli, validateJson } from "./helpers/run-cli";

interface BrokenCase {
  file: string;
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
    expect(result.json.summary.resources).toBe(15);
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
    const result = validateJson([expected.file], { cwd: BROKEN });
    expect(result.status).toBe(expected.exit);
    const errors = result.json.findings.filter((f) => f.severity === "error");
    expect(errors).toHaveLength(1);
    const [error] = errors;
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
    expect(text.stdout).toContain(`${expected.file}:${expected.line}:${expected.column}: error: `);
    expect(text.stderr).toBe("");
  });

  test("a ConfigMap next to the VMs is skipped with --skip-other-kinds", () => {
    const result = validateJson(["--skip-other-kinds", "other-kind.yaml"], { cwd: BROKEN });
    expect(result.status).toBe(0);
    expect(result.json.findings).toContainEqual(expect.objectContaining({ severity: "info", kind: "ConfigMap", code: "skipped-kind", line: 11 }));
    expect(result.json.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
