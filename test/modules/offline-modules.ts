// Copies of the resource modules that run offline: the providers (hashicorp/kubernetes,
// alekc/kubectl) cannot be installed here, so each kubernetes_manifest / kubectl_manifest becomes
// a terraform_data whose input is the same manifest / yaml_body, and the blocks only the provider
// reads (wait, wait_for, timeouts, field_manager, sensitive_fields) are dropped. Everything else
// is the generated code as committed.
import { cpSync, existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";

const MODULES = join(__dirname, "..", "..", "modules");
export const PROVIDER_FREE_VERSIONS = 'terraform {\n  required_version = ">= 1.9.0"\n}\n';

/** A stack main.tf with terraform_data for the provider's resource type. */
export function withoutProvider(main: string): string {
  const lines = main.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (/^ {2}dynamic "/.test(lines[i])) {
      while (lines[i] !== "  }") i++;
      continue;
    }
    if (/^ {2}sensitive_fields\s*=/.test(lines[i]) || /^ {2}# (force_conflicts|conflicts with)/.test(lines[i])) continue;
    out.push(lines[i].replace(/^ {2}yaml_body(\s*)=/, "  input$1    =").replace(/^ {2}manifest(\s*)= each\.value/, "  input$1= each.value"));
  }
  return out.join("\n").replace(/kubectl_manifest|kubernetes_manifest/g, "terraform_data");
}

/** Copies `modules` (names under modules/) into `root`/modules, the stacks made provider-free. */
export function copyModulesOffline(root: string, modules: readonly string[]): void {
  for (const m of modules) cpSync(join(MODULES, m), join(root, "modules", m), { recursive: true, filter: (src) => !src.includes(".terraform") && !src.endsWith("/tests") });
  for (const m of modules) {
    const dir = join(root, "modules", m);
    if (m === "stack" || m === "kubectl-stack") {
      writeFileSync(join(dir, "main.tf"), withoutProvider(readFileSync(join(dir, "main.tf"), "utf8")));
      writeFileSync(join(dir, "outputs.tf"), readFileSync(join(dir, "outputs.tf"), "utf8").replace(/kubectl_manifest|kubernetes_manifest/g, "terraform_data").replace(/r\.object/g, "r.output"));
      const address = join(dir, "external-address.tf");
      if (existsSync(address)) writeFileSync(address, externalAddressWithoutProvider(readFileSync(address, "utf8")));
    }
    if (m !== "manifests") writeFileSync(join(dir, "versions.tf"), PROVIDER_FREE_VERSIONS);
  }
}

/** An example's main.tf without its required_providers and provider blocks (top-level blocks, as terraform fmt writes them). */
export function exampleWithoutProviders(text: string): string {
  const lines = text.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (/^(terraform|provider "[^"]+") \{$/.test(lines[i])) {
      while (lines[i] !== "}") i++;
      continue;
    }
    out.push(lines[i]);
  }
  return out.join("\n");
}

/**
 * A stack's external-address.tf without its data source (which reads the Service from the cluster): the same
 * VMs get an address, null as before the load balancer answers. test/modules/external-address.test.ts runs the
 * lookup itself against a stand-in Service.
 */
export function externalAddressWithoutProvider(text: string): string {
  const forEach = /^ {2}for_each = (.*)$/m.exec(text);
  if (!forEach) throw new Error(`external-address.tf changed shape; update this helper:\n${text}`);
  return `locals {\n  external_addresses = { for name, _ in ${forEach[1]} : name => null }\n}\n`;
}
