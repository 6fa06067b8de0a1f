import { spawnSync } from "child_process";
import { join } from "path";

const ROOT = join(__dirname, "..");

// jest transpiles without type-checking (diagnostics: false, for speed): this is the one place the tests,
// examples, scripts and bench typings are type-checked, with the sources, as `npm run typecheck` does.
test("tsc --noEmit over src, test, examples, scripts and bench finds no type error", () => {
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.check.json")], { cwd: ROOT, encoding: "utf8" });
  expect(tsc.stdout + tsc.stderr).toBe("");
  expect(tsc.status).toBe(0);
}, 180_000);

test("the check covers every folder of TypeScript", () => {
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.check.json"), "--listFilesOnly"], { cwd: ROOT, encoding: "utf8" });
  const folders = new Set(tsc.stdout.split("\n").filter((f) => f.startsWith(ROOT + "/") && !f.includes("node_modules")).map((f) => f.slice(ROOT.length + 1).split("/")[0]));
  for (const folder of ["src", "test", "examples", "scripts", "bench"]) expect(folders).toContain(folder);
}, 180_000);
