#!/usr/bin/env node
// Builds `hikube-vm/cdktn`: the construct layer compiled and type-checked against CDK Terrain (cdktn) instead of
// cdktf (tsconfig.cdktn.json maps the module name), then placed at lib/cdktn/, beside lib/constructs/, so that its
// relative imports reach the same framework-free lib/core, lib/policy ... as the root build. Only
// constructs/framework.ts names the framework; its emitted module name is rewritten to cdktn.
const { spawnSync } = require("node:child_process");
const { existsSync, readFileSync, renameSync, rmSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const staging = join(root, "lib", ".cdktn-build");
const target = join(root, "lib", "cdktn");

if (!existsSync(join(root, "node_modules", "cdktn", "package.json"))) {
  // A consumer's install of the published package never builds; a checkout without dev dependencies cannot.
  console.error("build-cdktn: cdktn is not installed (a dev dependency): hikube-vm/cdktn not built");
  process.exit(1);
}
rmSync(staging, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(root, "tsconfig.cdktn.json")], { cwd: root, stdio: "inherit" });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

for (const file of ["framework.js", "framework.d.ts"]) {
  const path = join(staging, "constructs", file);
  const text = readFileSync(path, "utf8");
  const rewritten = text.replace(/(["'])cdktf(\/[^"']*)?\1/g, (_m, quote, rest = "") => `${quote}cdktn${rest}${quote}`);
  if (rewritten === text) throw new Error(`build-cdktn: ${file} names no cdktf module: the framework seam moved`);
  writeFileSync(path, rewritten);
}
rmSync(target, { recursive: true, force: true });
renameSync(join(staging, "constructs"), target);
rmSync(staging, { recursive: true, force: true });
