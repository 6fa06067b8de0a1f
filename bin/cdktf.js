#!/usr/bin/env node
"use strict";
// The cdktf CLI (cdktf-cli, installed in the project) with its telemetry call off unless CHECKPOINT_DISABLE is
// set: after each command cdktf posts to HashiCorp's checkpoint service and, where that host cannot be reached
// (CI runners, offline machines), prints a red "[ERROR] ... getaddrinfo ENOTFOUND" after a synthesis that
// succeeded. Harmless, but it reads as a failure. `npm run synth` runs `node .../bin/cdktf.js synth`.
if (process.env.CHECKPOINT_DISABLE === undefined) process.env.CHECKPOINT_DISABLE = "1";
const { spawnSync } = require("child_process");

let cli;
try {
  cli = require.resolve("cdktf-cli/bundle/bin/cdktf", { paths: [process.cwd(), __dirname] });
} catch {
  console.error("hikube-vm: the cdktf CLI is not installed: npm install --save-dev cdktf-cli@0.21.0");
  process.exit(2);
}
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit" });
process.exitCode = result.status ?? 1;
