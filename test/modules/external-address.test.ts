// The HCL modules' external address, offline: modules/kubectl-stack's data source is replaced by a terraform_data
// carrying what the cluster would answer (a Service with a load balancer IP), the kubectl_manifest resources by
// terraform_data as in kubectl-modules-offline.test.ts. What runs for real: which VMs get a lookup (external ones
// only), the Service's name and namespace, the address expression, and the outputs of kubectl-virtual-machine.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parse } from "yaml";
import { stackExternalAddressTf } from "../../src/generate/hcl/stack-tf";
import { terraform, terraformTest } from "../helpers/terraform";
import { offlineExternalAddress } from "./helpers/offline-external-address";

const MODULES = join(__dirname, "..", "..", "modules");

test("both stack modules read the Service vm-instance-<name> of external VMs only, after the instances", () => {
  const kubernetes = stackExternalAddressTf("kubernetes");
  expect(kubernetes).toContain('data "kubernetes_resource" "external_service" {');
  expect(kubernetes).toContain("depends_on = [kubernetes_manifest.instance]");
  expect(kubernetes).toContain("s.object.status.loadBalancer.ingress[0].ip");
  const kubectl = stackExternalAddressTf("kubectl");
  expect(kubectl).toContain('data "kubectl_manifest" "external_service" {');
  expect(kubectl).toContain("depends_on = [kubectl_manifest.instance]");
  for (const text of [kubernetes, kubectl]) expect(text).toContain('"vm-instance-${each.key}"');
  expect(readFileSync(join(MODULES, "stack", "external-address.tf"), "utf8")).toBe(kubernetes);
});

terraformTest(
  "kubectl-virtual-machine: external_address is the Service's load balancer IP for an external VM, null for an internal one",
  () => {
    const root = mkdtempSync(join(tmpdir(), "hikube-address-"));
    for (const m of ["manifests", "kubectl-stack", "kubectl-virtual-machine"]) cpSync(join(MODULES, m), join(root, "modules", m), { recursive: true, filter: (src) => !src.includes(".terraform") });
    const stack = join(root, "modules", "kubectl-stack");
    const main = readFileSync(join(stack, "main.tf"), "utf8")
      .split("\n")
      .reduce<{ out: string[]; skip: boolean }>(
        (acc, line) => {
          if (/^ {2}dynamic "/.test(line)) return { ...acc, skip: true };
          if (acc.skip) return { ...acc, skip: line !== "  }" };
          if (/^ {2}sensitive_fields\s*=/.test(line)) return acc;
          return { ...acc, out: [...acc.out, line.replace(/^ {2}yaml_body(\s*)=/, "  input$1    =")] };
        },
        { out: [], skip: false },
      )
      .out.join("\n")
      .replace(/kubectl_manifest/g, "terraform_data");
    writeFileSync(join(stack, "main.tf"), main);
    writeFileSync(join(stack, "outputs.tf"), readFileSync(join(stack, "outputs.tf"), "utf8").replace(/kubectl_manifest/g, "terraform_data"));
    writeFileSync(join(stack, "external-address.tf"), offlineExternalAddress(readFileSync(join(stack, "external-address.tf"), "utf8"), "203.0.113.7"));
    for (const m of ["kubectl-stack", "kubectl-virtual-machine"]) writeFileSync(join(root, "modules", m, "versions.tf"), 'terraform {\n  required_version = ">= 1.9.0"\n}\n');
    const dir = join(root, "example");
    mkdirSync(dir);
    const vm = (name: string, external: boolean) => ({ source: "../modules/kubectl-virtual-machine", name, namespace: "tenant-a", system_disk: { image: "ubuntu-2404", storage: "20Gi" }, external });
    writeFileSync(
      join(dir, "main.tf.json"),
      JSON.stringify({
        module: { web: vm("web", true), db: vm("db", false) },
        output: { web: { value: "${module.web.external_address}" }, db: { value: "${module.db.external_address}" } },
      }),
    );
    terraform(dir, "init", "-input=false", "-no-color");
    terraform(dir, "apply", "-auto-approve", "-input=false", "-no-color");
    const outputs = JSON.parse(terraform(dir, "output", "-json"));
    expect(outputs.web.value).toBe("203.0.113.7");
    // terraform output leaves null outputs out.
    expect(outputs.db?.value ?? null).toBeNull();
    // One lookup, of web's Service, in its namespace.
    const state = JSON.parse(terraform(dir, "show", "-json"));
    const lookups = JSON.stringify(state).match(/terraform_data\.external_service\[[^\]]*\]/g) ?? [];
    expect(new Set(lookups)).toEqual(new Set(['terraform_data.external_service[\\"web\\"]']));
    const web = state.values.root_module.child_modules.find((m: { address: string }) => m.address === "module.web").child_modules[0].resources.find((r: { address: string }) => r.address.includes("external_service"));
    expect(parse(web.values.input.yaml).metadata).toEqual({ name: "vm-instance-web", namespace: "tenant-a" });
  },
  180_000,
);
