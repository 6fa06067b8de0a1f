import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { App, TerraformStack, Testing } from "cdktf";

/** A stack with a kubernetes provider, as every real stack has. */
export function newStack(id = "test"): { app: App; stack: TerraformStack } {
  const app = Testing.app();
  const stack = new TerraformStack(app, id);
  new KubernetesProvider(stack, "kubernetes", {});
  return { app, stack };
}

export interface SynthesizedManifest {
  manifest: { apiVersion: string; kind: string; metadata: Record<string, unknown>; spec: Record<string, unknown> };
  depends_on?: string[];
  lifecycle?: { prevent_destroy?: boolean };
  wait?: unknown;
  timeouts?: unknown;
}

/** The synthesised Terraform JSON, validations included (as `cdktf synth` runs them). */
export function synthJson(stack: TerraformStack): { resource: { kubernetes_manifest: Record<string, SynthesizedManifest> }; terraform: Record<string, unknown> } {
  return JSON.parse(Testing.synth(stack, true));
}
