import { spawnSync } from "child_process";
import { join } from "path";

const root = join(__dirname, "..");

/** Loads a module in a fresh node process and reports which provider modules it pulled in. */
function loadedProviderModules(entry: string): { ok: boolean; exports: string[]; providerFiles: string[]; stderr: string } {
  const script = `
    const m = require(${JSON.stringify(entry)});
    const files = Object.keys(require.cache).filter((f) => f.includes("@cdktf/provider-kubernetes"));
    console.log(JSON.stringify({ exports: Object.keys(m), providerFiles: files }));
  `;
  const result = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) return { ok: false, exports: [], providerFiles: [], stderr: result.stderr };
  return { ok: true, ...JSON.parse(result.stdout.trim().split("\n").pop() as string), stderr: result.stderr };
}

// The package's `main` (lib/, built by `npm ci` through `prepare`) and the sources behave alike.
test.each([["the built package root", root], ["the source root", join(root, "src", "index.ts")]])("%s exports the constructs and loads only the manifest submodule of the provider", (_label, entry) => {
  const loaded = loadedProviderModules(entry);
  expect(loaded.stderr).toBe("");
  expect(loaded.exports).toEqual(expect.arrayContaining(["VmDisk", "VmInstance", "VirtualMachine", "validateDefinition", "renderManifest", "Size", "HIKUBE_CATALOG"]));
  const relative = loaded.providerFiles.map((f) => f.slice(f.indexOf("@cdktf/provider-kubernetes") + "@cdktf/provider-kubernetes/".length));
  expect(relative).not.toContain("lib/index.js");
  expect(relative.every((f) => f.startsWith("lib/manifest/"))).toBe(true);
}, 60_000);

test("the core loads no cdktf at all", () => {
  const script = `require(${JSON.stringify(join(root, "src", "core", "index.ts"))}); console.log(Object.keys(require.cache).filter((f) => /node_modules\\/(cdktf|@cdktf|constructs)\\//.test(f)).length)`;
  const result = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], { cwd: root, encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(result.stdout.trim()).toBe("0");
}, 60_000);
