import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Testing, TerraformStack } from "cdktf";
import { evaluatePolicies, HikubeDefaults, KubernetesProvider, ResourceWait, validateDefinitions, VirtualMachine, VmDisk } from "../src";
import { runCli } from "./cli/helpers/run-cli";

// The messages and names the README quotes are the ones the library and the CLI really give: each is produced
// here and looked up in the README (whitespace folded, since the README wraps its lines).
const README = readFileSync(join(__dirname, "..", "README.md"), "utf8").replace(/\s+/g, " ");

function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected a throw");
}

function firstLine(text: string): string {
  return text.split("\n")[0];
}

test("the late HikubeDefaults.set error", () => {
  const stack = new TerraformStack(Testing.app(), "production");
  new KubernetesProvider(stack, "kubernetes", {});
  new VmDisk(stack, "WebData", { name: "web-data", namespace: "tenant-a", storage: "10Gi" });
  const message = thrown(() => HikubeDefaults.set(stack, { environment: "production" }));
  expect(README).toContain(message);
});

test("levelOverrides cannot lower HK014", () => {
  const message = thrown(() => evaluatePolicies([], { environment: "production", levelOverrides: { HK014: "off" } }));
  expect(README).toContain(message);
});

test("HikubeError on misuse of constructs and functions", () => {
  const stack = new TerraformStack(Testing.app(), "s");
  expect(README).toContain(thrown(() => new VmDisk(stack, "D", null as never)));
  expect(README).toContain(thrown(() => validateDefinitions(null as never)));
});

test("the quantity and YAML tag findings", () => {
  const dir = mkdtempSync(join(tmpdir(), "hk-readme-msg-"));
  const doc = (name: string, storage: string) => `apiVersion: apps.cozystack.io/v1alpha1\nkind: VMDisk\nmetadata: { name: ${name}, namespace: t }\nspec: { storage: ${storage} }\n`;
  writeFileSync(join(dir, "q.yaml"), [doc("a", "1m"), doc("b", "5"), doc("c", "!!binary aGVsbG8=")].join("---\n"));
  const out = runCli(["validate", join(dir, "q.yaml")]).stdout;
  for (const quoted of ['"1m" is 0.001 bytes: a size is a whole number of bytes', '5 is 5 bytes: a bare number counts bytes (did you mean "5Gi"?)', "YAML tag !!binary at spec.storage is not allowed"]) {
    expect(out).toContain(quoted);
    expect(README).toContain(quoted);
  }
});

test("the CLI's did you mean", () => {
  expect(README).toContain(firstLine(runCli(["valdate"]).stderr));
  expect(README).toContain(firstLine(runCli(["validate", "--enviroment", "production", "x.yaml"]).stderr));
});

test("the adopt line and the address output", () => {
  const dir = mkdtempSync(join(tmpdir(), "hk-readme-adopt-"));
  const adopt = runCli(["synth", join(__dirname, "cli", "fixtures", "kubectl-get-adopt.yaml"), "--adopt", "--out", dir]);
  expect(adopt.status).toBe(0);
  expect(adopt.stderr).toContain("adopt: dropped what the server sets, left as it is in the cluster: status, metadata.uid, metadata.resourceVersion, ");
  expect(README).toContain("adopt: dropped what the server sets, left as it is in the cluster: status, metadata.uid, metadata.resourceVersion, ...");
  // The README's address example: its output name.
  const stack = new TerraformStack(Testing.app(), "production");
  new KubernetesProvider(stack, "kubernetes", {});
  HikubeDefaults.set(stack, { namespace: "tenant-prod" });
  new VirtualMachine(stack, "Web", { name: "web", systemDisk: { image: "ubuntu-2404", storage: "20Gi" }, external: true, externalPorts: [443], wait: ResourceWait.forRunning() });
  const outputs = Object.keys(JSON.parse(Testing.synth(stack)).output);
  expect(outputs).toEqual(["vminstance_tenant-prod_web_external_address"]);
  expect(README).toContain(`(\`${outputs[0]}\`)`);
});
