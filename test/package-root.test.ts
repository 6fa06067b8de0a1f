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
// The library writes its own resource and provider classes: no provider binding is loaded at all.
test.each([
  ["the built package root", root],
  ["the source root", join(root, "src", "index.ts")],
  ["the built hikube-vm/cdktn", join(root, "lib", "cdktn", "entry.js")],
])("%s exports the constructs and loads no provider binding", (_label, entry) => {
  const loaded = loadedProviderModules(entry);
  expect(loaded.stderr).toBe("");
  expect(loaded.exports).toEqual(
    expect.arrayContaining(["VmDisk", "VmInstance", "VirtualMachine", "KubernetesManifestResource", "KubectlManifestResource", "KubectlProvider", "KubernetesProvider", "validateDefinition", "renderManifest", "resourceBody", "Size", "HIKUBE_CATALOG"]),
  );
  expect(loaded.providerFiles).toEqual([]);
}, 60_000);

test("the package's exports map names both entries", () => {
  const pkg = require(join(root, "package.json")) as { exports: Record<string, unknown> };
  const resolved = spawnSync(process.execPath, ["-e", 'console.log(require.resolve("hikube-vm/cdktn"), require.resolve("hikube-vm"))'], { cwd: root, encoding: "utf8" });
  expect(pkg.exports["./cdktn"]).toBeDefined();
  expect(resolved.stderr).toBe("");
  expect(resolved.stdout.trim().split(" ")).toEqual([join(root, "lib", "cdktn", "entry.js"), join(root, "lib", "index.js")]);
});

test.each([["core", "core/index.ts"], ["framework-free API", "api.ts"]])("the %s loads no cdktf at all", (_label, file) => {
  const script = `require(${JSON.stringify(join(root, "src", file))}); console.log(Object.keys(require.cache).filter((f) => /node_modules\\/(cdktf|cdktn|@cdktf|constructs)\\//.test(f)).length)`;
  const result = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], { cwd: root, encoding: "utf8" });
  expect(result.stderr).toBe("");
  expect(result.stdout.trim()).toBe("0");
}, 60_000);
