#!/usr/bin/env node
"use strict";
// The manifests of synthesised stacks (a cdktf.out folder, a `hikube-vm synth --out` folder or a cdk.tf.json) as
// one `kind: List` on standard output, Terraform escapes undone, both backends: for
// `node stack-manifests.js cdktf.out | hikube-vm validate --env production -`.
const { loadResourceSet, DiffInputError } = require("../lib/api.js");

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error("Usage: stack-manifests.js PATH... (cdktf.out, a synth --out folder or a cdk.tf.json)");
  process.exit(2);
}
try {
  const items = paths.flatMap((p) => loadResourceSet(p).resources.map((r) => r.manifest).filter((m) => m !== undefined));
  process.stdout.write(JSON.stringify({ apiVersion: "v1", kind: "List", items }, null, 2) + "\n");
} catch (error) {
  if (!(error instanceof DiffInputError)) throw error;
  console.error(error.message);
  process.exit(2);
}
