import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Testing, TerraformStack, TerraformVariable } from "cdktf";
import { parse } from "yaml";
import { HikubeDefaults, KubectlProvider, KubernetesProvider, ResourceWait, VirtualMachine, VmDisk, VmInstance } from "../../src";
import { terraform, terraformTest } from "../helpers/terraform";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function stackWith(backend: "kubernetes" | "kubectl", environment?: "production"): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "test");
  if (backend === "kubectl") new KubectlProvider(stack, "kubectl", {});
  else new KubernetesProvider(stack, "kubernetes", {});
  HikubeDefaults.set(stack, { namespace: "tenant-a", backend, ...(environment && { environment }) });
  return stack;
}

function synth(stack: TerraformStack): Json {
  return JSON.parse(Testing.synth(stack, true));
}

/** Terraform's literal forms back to the text they stand for. */
function unescape(text: string): string {
  return text.replace(/([$%])\1\{/g, "$1{");
}

/** Keys too: Terraform reads object keys as templates, so the library escapes them. */
function unescapeAll(value: unknown): unknown {
  if (typeof value === "string") return unescape(value);
  if (Array.isArray(value)) return value.map(unescapeAll);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [unescape(k), unescapeAll(v)]));
  return value;
}

const CLOUD_INIT = "#cloud-config\nwrite_files:\n  - path: /etc/motd\n    content: |\n      home ${HOME} %{ x } $${KEEP}: \"quoted\" # not a comment\n      \ttab and trailing space \nruncmd:\n  - [sh, -c, 'echo ${USER}']\n";

function fleet(stack: TerraformStack): void {
  new VirtualMachine(stack, "Web", {
    name: "web",
    systemDisk: { image: "ubuntu-2404", storage: "20Gi" },
    dataDisks: [{ storage: "50Gi" }],
    external: true,
    externalPorts: [22, 443],
    cloudInit: CLOUD_INIT,
    labels: { app: "web", "example.com/tier": "front" },
    annotations: { "example.com/note": "a: b ${x} %{ y }" },
  });
  new VmDisk(stack, "Loose", { name: "loose", wait: ResourceWait.forFields({ "status.phase": "Succeeded" }), timeouts: { create: "1h" } });
}

describe("the kubectl backend", () => {
  test("writes kubectl_manifest resources with the same addresses scheme, ordering and protection", () => {
    const stack = stackWith("kubectl", "production");
    fleet(stack);
    const json = synth(stack);
    expect(json.resource.kubernetes_manifest).toBeUndefined();
    const resources = json.resource.kubectl_manifest as Record<string, Json>;
    expect(Object.keys(resources).sort()).toEqual(["vmdisk_tenant-a_loose", "vmdisk_tenant-a_web-data", "vmdisk_tenant-a_web-system", "vminstance_tenant-a_web"]);
    expect(resources["vminstance_tenant-a_web"].depends_on).toEqual(["kubectl_manifest.vmdisk_tenant-a_web-system", "kubectl_manifest.vmdisk_tenant-a_web-data"]);
    expect(resources["vmdisk_tenant-a_web-data"].lifecycle).toEqual({ prevent_destroy: true });
    expect(resources["vmdisk_tenant-a_web-system"].lifecycle).toBeUndefined();
    expect(resources["vminstance_tenant-a_web"].sensitive_fields).toEqual(["spec.cloudInit"]);
    expect(resources["vmdisk_tenant-a_web-data"].sensitive_fields).toBeUndefined();
    expect(resources["vminstance_tenant-a_web"].wait_for).toEqual({ condition: [{ status: "True", type: "Ready" }] });
    expect(resources["vmdisk_tenant-a_loose"].wait_for).toEqual({ field: [{ key: "status.phase", value: "Succeeded", value_type: "regex" }] });
    expect(resources["vmdisk_tenant-a_loose"].timeouts).toEqual({ create: "1h" });
    // Server-side apply settings belong to kubernetes_manifest only.
    expect(resources["vminstance_tenant-a_web"].field_manager).toBeUndefined();
    expect(json.terraform.required_providers.kubectl).toEqual({ source: "alekc/kubectl", version: ">= 2.3.0" });
  });

  test("yaml_body parses to exactly the manifest the kubernetes backend emits", () => {
    const kubectl = synth((() => { const s = stackWith("kubectl"); fleet(s); return s; })()).resource.kubectl_manifest as Record<string, Json>;
    const kubernetes = synth((() => { const s = stackWith("kubernetes"); fleet(s); return s; })()).resource.kubernetes_manifest as Record<string, Json>;
    expect(Object.keys(kubectl).sort()).toEqual(Object.keys(kubernetes).sort());
    for (const name of Object.keys(kubernetes)) {
      expect(parse(unescape(kubectl[name].yaml_body))).toEqual(unescapeAll(kubernetes[name].manifest));
    }
    // Nothing Terraform would read as a template is left unescaped.
    expect(kubectl["vminstance_tenant-a_web"].yaml_body).not.toMatch(/(?<![$%])[$%]\{/);
  });

  test("an instance still depends on a disk declared after it", () => {
    const stack = stackWith("kubectl");
    new VmInstance(stack, "Vm", { name: "vm", disks: ["late"] });
    new VmDisk(stack, "Late", { name: "late", source: { image: { name: "ubuntu-2404" } } });
    expect(synth(stack).resource.kubectl_manifest["vminstance_tenant-a_vm"].depends_on).toEqual(["kubectl_manifest.vmdisk_tenant-a_late"]);
  });

  test("movedFrom stays within the resource type", () => {
    const stack = stackWith("kubectl");
    new VmDisk(stack, "D", { name: "d", movedFrom: "kubernetes_manifest.vmdisk_tenant-a_d" });
    expect(() => synth(stack)).toThrow(/is not a kubectl_manifest address \(a moved block cannot change the resource type; .*removed block or terraform state rm, and import it as kubectl_manifest\.vmdisk_tenant-a_d\)/);
  });

  test.each([
    ["kubectl", "kubernetes"],
    ["kubernetes", "kubectl"],
  ] as const)("a %s stack whose only provider is %s's fails synthesis naming the missing provider", (backend, other) => {
    const stack = new TerraformStack(Testing.app(), "test");
    if (other === "kubectl") new KubectlProvider(stack, "kubectl", {});
    else new KubernetesProvider(stack, "kubernetes", {});
    HikubeDefaults.set(stack, { namespace: "tenant-a", backend });
    new VmDisk(stack, "D", { name: "d" });
    expect(() => synth(stack)).toThrow(new RegExp(`Found resources without a matching provider construct.*for the following providers: ${backend}`, "s"));
  });

  test("adoptFrom writes, per resource, an import of the live object and a removed block that keeps it", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    new KubectlProvider(stack, "kubectl", {});
    HikubeDefaults.set(stack, { namespace: "tenant-a", backend: "kubectl", adoptFrom: "kubernetes" });
    new VmDisk(stack, "D", { name: "d" });
    new VmInstance(stack, "Vm", { name: "vm", disks: ["d"] });
    const json = synth(stack);
    expect(json.import).toEqual([
      { id: "apps.cozystack.io/v1alpha1//VMDisk//d//tenant-a", to: "kubectl_manifest.vmdisk_tenant-a_d" },
      { id: "apps.cozystack.io/v1alpha1//VMInstance//vm//tenant-a", to: "kubectl_manifest.vminstance_tenant-a_vm" },
    ]);
    expect(json.removed).toEqual([
      { from: "kubernetes_manifest.vmdisk_tenant-a_d", lifecycle: { destroy: false } },
      { from: "kubernetes_manifest.vminstance_tenant-a_vm", lifecycle: { destroy: false } },
    ]);
  });

  test("adoptFrom naming the stack's own backend fails synthesis", () => {
    const stack = stackWith("kubectl");
    HikubeDefaults.set(stack, { adoptFrom: "kubectl" });
    new VmDisk(stack, "D", { name: "d" });
    expect(() => synth(stack)).toThrow(/VMDisk\/tenant-a\/d: adoptFrom names the stack's own backend \(kubectl\): there is nothing to adopt/);
  });

  test("an unknown backend is refused where it is set", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    expect(() => HikubeDefaults.set(stack, { backend: "helm" as never })).toThrow('HikubeDefaults: unknown backend "helm": expected "kubernetes" or "kubectl"');
  });
});

terraformTest(
  "a value Terraform computes reaches yaml_body as YAML that real terraform renders and that parses back to the value",
  () => {
    const stack = stackWith("kubectl");
    const key = new TerraformVariable(stack, "ssh_key", { type: "string" });
    const label = new TerraformVariable(stack, "owner", { type: "string" });
    new VmInstance(stack, "Vm", { name: "vm", sshKeys: [key.stringValue], labels: { owner: label.stringValue }, cloudInit: CLOUD_INIT });
    const body = synth(stack).resource.kubectl_manifest["vminstance_tenant-a_vm"].yaml_body as string;
    expect(body).toContain("${jsonencode(var.ssh_key)}");

    // A provider-free configuration whose output is the synthesised body, applied with hostile variable values.
    const dir = mkdtempSync(join(tmpdir(), "hikube-kubectl-body-"));
    writeFileSync(
      join(dir, "main.tf.json"),
      JSON.stringify({ variable: { ssh_key: { type: "string" }, owner: { type: "string" } }, output: { body: { value: body } } }),
    );
    const hostileKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFngqH7md4Y6FwwuyUwgmTZoPdUy5iKNHYZBUGDw7P3q "ops": #1 ${x}';
    const hostileOwner = "team: a\n- b";
    terraform(dir, "init", "-input=false", "-no-color");
    terraform(dir, "apply", "-auto-approve", "-input=false", "-no-color", `-var=ssh_key=${hostileKey}`, `-var=owner=${hostileOwner}`);
    const rendered = parse(JSON.parse(terraform(dir, "output", "-json", "body")));
    expect(rendered.spec.sshKeys).toEqual([hostileKey]);
    expect(rendered.metadata.labels).toEqual({ owner: hostileOwner });
    expect(rendered.spec.cloudInit).toBe(CLOUD_INIT);
  },
  120_000,
);
