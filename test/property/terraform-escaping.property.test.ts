// Every string that reaches Terraform, map keys included, comes back byte-identical through the REAL terraform
// binary: the synthesised values are put into `output` blocks of a provider-free configuration, applied, and read
// back with `terraform output -json`. Four writers are covered: `hikube-vm synth` (stackJson, both backends), the
// resource settings (resourceBody: wait fields, field manager, timeouts), the constructs (cdktf, both backends) and
// the HCL strings a diff tells the reader to paste (hclString).
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Testing, TerraformStack } from "cdktf";
import fc from "fast-check";
import { HikubeDefaults, ResourceWait, VmInstance } from "../../src/constructs";
import { hclString } from "../../src/core/safe-output/paste-safe";
import type { ResourceDefinition } from "../../src/core/definition/resource-definition";
import { renderManifest } from "../../src/core/render/render-manifest";
import { resourceBody } from "../../src/terraform/resource-body";
import { stackJson } from "../../src/terraform/stack-json";
import { stringifyManifest } from "../../src/yaml/write-manifests";
import { terraform, terraformTest } from "../helpers/terraform";

const SEED = Number(process.env.FC_SEED ?? 20261213);
const RUNS = Number(process.env.FC_RUNS ?? 2);
const BATCH = 12;

const HOSTILE = [
  '${file("/etc/passwd")}',
  "${path.cwd}",
  "%{ for x in [1] }${x}%{ endfor }",
  "%{ if true }k%{ endif }",
  "$${already}",
  "%%{already}",
  "$$${x}",
  "%%%{x}",
  "${",
  "%{",
  "$",
  "%",
  "}",
  "${a${b}}",
  "\u0000",
  "\u001b[31m",
  "\r\n",
  "\u2028\u2029",
  "\u202e",
  "été ✓ 😀",
  '"quoted" \\back\\',
  "key: value",
  "- item",
  "__proto__",
  "constructor",
];

/**
 * Terraform normalises every string to Unicode NFC and can only hold well-formed UTF-8: strings that are not
 * already so cannot come back byte-identical whatever the escaping, and are left out.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const terraformString = (s: string) => !LONE_SURROGATE.test(s) && s.normalize("NFC") === s;

const piece = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: "binary", maxLength: 12 }), fc.string({ unit: fc.constantFrom("$", "%", "{", "}", "a", "\\", '"'), maxLength: 8 }));
const text = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join("")).filter(terraformString);
const key = text.filter((k) => k.length > 0);
const dict = fc.dictionary(key, text, { maxKeys: 4 });

const testCase = fc.record({ labels: dict, annotations: dict, cloudInit: text, waitFields: dict, fieldManager: text, timeout: text });
type Case = typeof testCase extends fc.Arbitrary<infer T> ? T : never;

function definition(c: Case, i: number): ResourceDefinition {
  return { kind: "VMInstance", metadata: { name: `vm${i}`, namespace: "ns", labels: c.labels, annotations: c.annotations }, spec: { cloudInit: c.cloudInit } };
}

/** What each output must read back as, and what is written into the configuration for it. */
interface Probe {
  readonly name: string;
  readonly written: unknown;
  readonly expected: unknown;
}

function probes(cases: readonly Case[]): { json: Probe[]; hcl: Probe[] } {
  const json: Probe[] = [];
  const definitions = cases.map(definition);
  const manifests = definitions.map((d) => renderManifest(d));
  for (const backend of ["kubernetes", "kubectl"] as const) {
    const stack = stackJson(definitions, { stackName: "s", backend }) as { resource: Record<string, Record<string, Record<string, unknown>>> };
    const resources = Object.values(stack.resource[`${backend}_manifest`]);
    resources.forEach((r, i) => {
      json.push({ name: `synth_${backend}_${i}`, written: backend === "kubectl" ? r.yaml_body : r.manifest, expected: backend === "kubectl" ? stringifyManifest(manifests[i]) : manifests[i] });
    });
  }
  cases.forEach((c, i) => {
    const settings = { wait: { fields: c.waitFields, condition: [{ type: c.timeout, status: c.fieldManager }] }, fieldManager: c.fieldManager, timeouts: { create: c.timeout } };
    const body = resourceBody("kubernetes", manifests[i], settings);
    json.push({ name: `settings_${i}`, written: { wait: body.wait, field_manager: body.field_manager, timeouts: body.timeouts }, expected: { wait: { fields: c.waitFields, condition: [{ type: c.timeout, status: c.fieldManager }] }, field_manager: { force_conflicts: true, name: c.fieldManager }, timeouts: { create: c.timeout } } });
    const kubectl = resourceBody("kubectl", manifests[i], settings);
    json.push({ name: `kubectl_wait_${i}`, written: kubectl.wait_for, expected: { condition: [{ status: c.fieldManager, type: c.timeout }], field: Object.keys(c.waitFields).map((k) => ({ key: k, value: c.waitFields[k], value_type: "regex" })) } });
  });
  for (const backend of ["kubernetes", "kubectl"] as const) {
    const app = Testing.app();
    const stack = new TerraformStack(app, "s");
    HikubeDefaults.set(stack, { namespace: "ns", backend });
    cases.forEach((c, i) => new VmInstance(stack, `Vm${i}`, { name: `vm${i}`, labels: c.labels, annotations: c.annotations, cloudInit: c.cloudInit, wait: ResourceWait.forFields(c.waitFields), fieldManager: c.fieldManager }));
    // Testing.synth without validations: the hostile keys are invalid Kubernetes names, refused at a real synth,
    // but the escaping must hold whatever a caller skips.
    const out = JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, Record<string, unknown>>> };
    cases.forEach((c, i) => {
      // cdktf's own resolve() copies objects by assignment and drops a `__proto__` key: a real synth never gets
      // there, validation refuses the key (not a Kubernetes name; test/core/validation/metadata-api-server.test.ts).
      if ([c.labels, c.annotations, c.waitFields].some((m) => Object.prototype.hasOwnProperty.call(m, "__proto__"))) return;
      const r = out.resource[`${backend}_manifest`][`vminstance_ns_vm${i}`];
      json.push({ name: `construct_${backend}_${i}`, written: backend === "kubectl" ? r.yaml_body : r.manifest, expected: backend === "kubectl" ? stringifyManifest(manifests[i]) : manifests[i] });
      if (backend === "kubernetes") json.push({ name: `construct_wait_${i}`, written: r.wait, expected: { fields: c.waitFields } });
    });
  }
  const hcl = cases.flatMap((c, i) => [
    { name: `hcl_text_${i}`, written: hclString(c.cloudInit), expected: c.cloudInit },
    ...Object.keys(c.labels).map((k, j) => ({ name: `hcl_key_${i}_${j}`, written: hclString(k), expected: k })),
  ]);
  return { json, hcl };
}

/** Applies the probes as outputs of one provider-free configuration; returns what terraform reads back. */
function throughTerraform(json: readonly Probe[], hcl: readonly Probe[]): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), "hikube-escape-prop-"));
  writeFileSync(join(dir, "main.tf.json"), JSON.stringify({ output: Object.fromEntries(json.map((p) => [p.name, { value: p.written }])) }));
  writeFileSync(join(dir, "pasted.tf"), hcl.map((p) => `output "${p.name}" {\n  value = ${p.written as string}\n}\n`).join(""));
  terraform(dir, "init", "-input=false", "-no-color", "-backend=false");
  terraform(dir, "apply", "-auto-approve", "-input=false", "-no-color", `-state=${join(dir, "t.tfstate")}`);
  const outputs = JSON.parse(terraform(dir, "output", "-json", `-state=${join(dir, "t.tfstate")}`)) as Record<string, { value: unknown }>;
  return Object.fromEntries(Object.entries(outputs).map(([name, o]) => [name, o.value]));
}

terraformTest(
  "arbitrary keys and values (templates, escapes, control characters, unicode) come back byte-identical through real terraform",
  async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(testCase, { minLength: BATCH, maxLength: BATCH }), async (cases) => {
        const { json, hcl } = probes(cases);
        const read = throughTerraform(json, hcl);
        for (const p of [...json, ...hcl]) {
          expect({ name: p.name, value: read[p.name] }).toEqual({ name: p.name, value: p.expected });
          checked++;
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(checked).toBeGreaterThan(RUNS * BATCH * 6);
  },
  600_000,
);

// Checked with terraform 1.11: backend arguments are not templates (`$${x}` stays `$${x}`), so escaping would change the path.
test(
  "a local backend's path is not a template: written as given, terraform uses it literally",
  () => {
    const json = stackJson([], { stackName: "s", statePath: "state-${terraform.workspace}.tfstate" }) as { terraform: { backend: { local: { path: string } } } };
    expect(json.terraform.backend.local.path).toBe("state-${terraform.workspace}.tfstate");
  },
);
