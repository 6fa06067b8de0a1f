import { TerraformVariable } from "cdktf";
import { VmDisk, VmInstance } from "../../src";
import { escapeAroundTokens } from "../../src/constructs/terraform-tokens";
import { newStack, synthJson } from "../helpers/synth";

test("references to Terraform values pass through unchecked and unescaped", () => {
  const { stack } = newStack();
  const key = new TerraformVariable(stack, "ssh_key", { type: "string" });
  const size = new TerraformVariable(stack, "data_size", { type: "string" });
  const vm = new VmInstance(stack, "Vm", { name: "vm", namespace: "ns", sshKeys: [key.stringValue], cloudInit: `#!/bin/sh\necho ${"$"}{HOME} ${key.stringValue}\n` });
  new VmDisk(stack, "D", { name: "d", namespace: "ns", storage: size.stringValue });
  const r = synthJson(stack).resource.kubernetes_manifest;
  expect(r["vminstance_ns_vm"].manifest.spec.sshKeys).toEqual(["${var.ssh_key}"]);
  expect(r["vminstance_ns_vm"].manifest.spec.cloudInit).toBe("#!/bin/sh\necho $${HOME} ${var.ssh_key}\n");
  expect(r["vmdisk_ns_d"].manifest.spec.storage).toBe("${var.data_size}");
  expect(vm.findings).toEqual([
    expect.objectContaining({ severity: "info", path: "spec.sshKeys[0]", code: "unresolved" }),
    expect.objectContaining({ severity: "info", path: "spec.cloudInit", code: "unresolved" }),
  ]);
});

test("a literal value next to a reference is still checked", () => {
  const { stack } = newStack();
  const key = new TerraformVariable(stack, "ssh_key", { type: "string" });
  new VmInstance(stack, "Vm", { name: "vm", namespace: "ns", sshKeys: [key.stringValue], instanceType: "u1.larg" });
  expect(() => synthJson(stack)).toThrow(/spec\.instanceType: unknown instance type/);
});

test("a computed name is refused: the address is made from it", () => {
  const { stack } = newStack();
  const name = new TerraformVariable(stack, "name", { type: "string" });
  new VmDisk(stack, "D", { name: name.stringValue, namespace: "ns" });
  expect(() => synthJson(stack)).toThrow(/metadata\.name: must be a literal/);
});

test("escapeAroundTokens escapes literal text only", () => {
  expect(escapeAroundTokens("a ${x} ${TfToken[TOKEN.1]} %{y}")).toBe("a $${x} ${TfToken[TOKEN.1]} %%{y}");
});

test("number and list references are found too, ordinary values are not", () => {
  const { stack } = newStack();
  const port = new TerraformVariable(stack, "port", { type: "number" });
  const keys = new TerraformVariable(stack, "keys", { type: "list(string)" });
  const vm = new VmInstance(stack, "Vm", { name: "vm", namespace: "ns", external: true, externalPorts: [22, port.numberValue], sshKeys: keys.listValue });
  expect(vm.findings.filter((f) => f.code === "unresolved").map((f) => f.path).sort()).toEqual(["spec.externalPorts[1]", "spec.sshKeys"]);
  const spec = synthJson(stack).resource.kubernetes_manifest["vminstance_ns_vm"].manifest.spec;
  expect(spec.externalPorts).toEqual([22, "${var.port}"]);
  expect(spec.sshKeys).toBe("${var.keys}");
});
