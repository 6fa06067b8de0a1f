import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { VmInstance } from "../../src";
import { stackJson } from "../../src/terraform/stack-json";
import { newStack, synthJson } from "../helpers/synth";
import { terraform, terraformTest } from "../helpers/terraform";

// The cloud-init a user writes, with everything Terraform would otherwise interpret.
const TRICKY = [
  "#!/bin/bash",
  'echo "home is ${HOME} and user ${USER:-nobody}"',
  "printf '%{ x }' > /tmp/t",
  "echo already-escaped $${KEEP} and %%{KEEP}",
  "echo trailing $ and % and $$ and %%",
  "echo nested ${a${b}} }%{",
  "unicode: été ✓ \"quotes\" \\backslash\\",
  "",
].join("\n");

terraformTest(
  "a cloud-init with ${...} and %{...} passes through real terraform unchanged",
  () => {
    const { stack } = newStack();
    new VmInstance(stack, "Vm", { name: "vm", namespace: "ns", cloudInit: TRICKY });
    const synthesized = synthJson(stack).resource.kubernetes_manifest["vminstance_ns_vm"].manifest.spec.cloudInit;
    expect(synthesized).not.toBe(TRICKY);

    // A provider-free configuration whose output is the synthesised string, applied for real.
    const dir = mkdtempSync(join(tmpdir(), "hikube-escape-"));
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify({ output: { cloud_init: { value: synthesized } } }));
    terraform(dir, "init", "-input=false", "-no-color");
    terraform(dir, "apply", "-auto-approve", "-input=false", "-no-color");
    expect(JSON.parse(terraform(dir, "output", "-json", "cloud_init"))).toBe(TRICKY);
  },
  120_000,
);

terraformTest(
  "label and annotation KEYS with ${...} and %{...} pass through real terraform unchanged (object keys are templates too)",
  () => {
    const labels = { '${file("/etc/hostname")}': "a", "%{ if true }k%{ endif }": "b", "plain.example.com/x": "${v}" };
    const json = stackJson([{ kind: "VMDisk", metadata: { name: "d", namespace: "ns", labels, annotations: { "${k}": "v" } }, spec: {} }], { stackName: "s" });
    const metadata = (json.resource as Record<string, Record<string, { manifest: { metadata: unknown } }>>).kubernetes_manifest["vmdisk_ns_d"].manifest.metadata;
    const dir = mkdtempSync(join(tmpdir(), "hikube-escape-keys-"));
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify({ output: { metadata: { value: metadata } } }));
    terraform(dir, "init", "-input=false", "-no-color");
    terraform(dir, "apply", "-auto-approve", "-input=false", "-no-color");
    expect(JSON.parse(terraform(dir, "output", "-json", "metadata"))).toEqual({ name: "d", namespace: "ns", labels, annotations: { "${k}": "v" } });
  },
  120_000,
);
