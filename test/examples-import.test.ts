import { spawnSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..");
const apps = readdirSync(join(ROOT, "examples"), { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(join(ROOT, "examples", d.name)).includes("main.ts"))
  .map((d) => d.name);

// Examples are what users copy: they import the package by name, never the repository's sources.
test.each(apps)("examples/%s imports hikube-vm by its package name", (name) => {
  const source = readFileSync(join(ROOT, "examples", name, "main.ts"), "utf8");
  const modules = [...source.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
  expect(modules.filter((m) => m.startsWith("hikube-vm"))).not.toEqual([]);
  expect(modules.filter((m) => m.startsWith("."))).toEqual([]);
});

test("the quick start's app runs with plain Node: hikube-vm resolves to the built package through its exports map", () => {
  const outdir = mkdtempSync(join(tmpdir(), "hk-quickstart-"));
  const run = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", `
    const resolved = require.resolve("hikube-vm");
    const { App, Aspects } = require("cdktf");
    const { HikubePolicies } = require("hikube-vm");
    const { ProductionStack } = require("./examples/production/main.ts");
    const app = new App({ outdir: ${JSON.stringify(outdir)} });
    Aspects.of(app).add(new HikubePolicies({ environment: "production" }));
    new ProductionStack(app, "production");
    app.synth();
    console.log(resolved);
  `], { cwd: ROOT, encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.stdout.trim()).toBe(join(ROOT, "lib", "index.js"));
  const json = JSON.parse(readFileSync(join(outdir, "stacks", "production", "cdk.tf.json"), "utf8"));
  expect(Object.keys(json.resource.kubernetes_manifest)).toHaveLength(3);
});
