import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";
import { apiReport, entryExports, REPORT } from "../scripts/api-report";

const ROOT = join(__dirname, "..");
// Reading the exports type-checks the sources (seconds): once for the file.
let exported: ReturnType<typeof entryExports>;
beforeAll(() => (exported = entryExports()));

// The public API is what api-report.md lists: a change of exports shows as a change of that file in review.
test("api-report.md lists exactly what the package entries export (npm run api-report rewrites it)", () => {
  expect(readFileSync(REPORT, "utf8")).toBe(apiReport(exported));
});

test("internals are not public: XML escaping, colour detection, report grouping, synth's construct ids", () => {
  const all = Object.values(exported).flat().map((s) => s.name);
  for (const internal of ["xmlEscape", "shouldUseColor", "fullMessage", "groupByResource", "reportRuleId", "toJsonFinding", "stableJson", "constructId", "constructDefinition"]) {
    expect(all).not.toContain(internal);
  }
  // The constructs are in the root and hikube-vm/cdktn, never in the framework-free entry.
  const exports = exported;
  expect(exports["hikube-vm/core"].map((s) => s.name)).not.toContain("VirtualMachine");
  expect(exports["hikube-vm"]).toEqual(exports["hikube-vm/cdktn"]);
});

/** Runs node in the package root with cdktf and constructs unresolvable, as in a project that installed neither. */
function withoutFramework(code: string) {
  const hook = `
    const Module = require("module");
    const resolve = Module._resolveFilename;
    Module._resolveFilename = function (request, ...rest) {
      if (/^(cdktf|cdktn|constructs)(\\/|$)/.test(request)) { const e = new Error("Cannot find module '" + request + "'"); e.code = "MODULE_NOT_FOUND"; throw e; }
      return resolve.call(this, request, ...rest);
    };`;
  return spawnSync(process.execPath, ["-e", `${hook}\n${code}`], { cwd: ROOT, encoding: "utf8" });
}

test("hikube-vm/core loads with no cdktf installed and exports at runtime what the report lists; the root needs cdktf", () => {
  const values = (entry: string) => exported[entry].filter((s) => !["interface", "type"].includes(s.kind)).map((s) => s.name);
  const core = withoutFramework(`console.log(JSON.stringify(Object.keys(require("hikube-vm/core")).sort()))`);
  expect(core.stderr).toBe("");
  expect(JSON.parse(core.stdout)).toEqual([...values("hikube-vm/core")].sort());
  const root = withoutFramework(`require("hikube-vm")`);
  expect(root.status).not.toBe(0);
  expect(root.stderr).toContain("Cannot find module 'cdktf'");
  const full = spawnSync(process.execPath, ["-e", `console.log(JSON.stringify(Object.keys(require("hikube-vm")).sort()))`], { cwd: ROOT, encoding: "utf8" });
  expect(JSON.parse(full.stdout)).toEqual([...values("hikube-vm")].sort());
});
