// Loaded by `synth` only: this file (and only this one in src/cli) imports cdktf and the provider.
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { App, LocalBackend, TerraformStack } from "cdktf";
import { HikubeDefaults } from "../../constructs/hikube-defaults";
import { VmDisk } from "../../constructs/vm-disk";
import { VmInstance } from "../../constructs/vm-instance";
import type { Catalog } from "../../core/catalog/types";
import type { ResourceDefinition } from "../../core/definition/resource-definition";
import type { Environment } from "../../policy/environment";
import { constructId } from "./construct-id";

export interface StackOptions {
  readonly stackName: string;
  readonly catalog: Catalog;
  /** Given to HikubeDefaults, as `import` writes it. */
  readonly namespace?: string;
  readonly kubeconfig?: string;
  readonly kubeContext?: string;
  /** Given to HikubeDefaults: in production, data disks get prevent_destroy. */
  readonly environment: Environment;
}

/**
 * The stack a user would write with the library: a kubernetes provider, the stack defaults,
 * one VmDisk or VmInstance per definition (props = spec + metadata), in file order.
 */
export function buildStack(app: App, definitions: readonly ResourceDefinition[], options: StackOptions): TerraformStack {
  const stack = new TerraformStack(app, options.stackName);
  // cdktf's default local backend bakes in the absolute working directory of the synthesis:
  // keep the state next to cdk.tf.json instead, wherever the command ran.
  new LocalBackend(stack, { path: "terraform.tfstate" });
  new KubernetesProvider(stack, "kubernetes", {
    ...(options.kubeconfig !== undefined && { configPath: options.kubeconfig }),
    ...(options.kubeContext !== undefined && { configContext: options.kubeContext }),
  });
  HikubeDefaults.set(stack, { catalog: options.catalog, environment: options.environment, ...(options.namespace !== undefined && { namespace: options.namespace }) });
  for (const def of definitions) {
    const props = { ...(def.spec as Record<string, unknown>), ...metadataProps(def) };
    if (def.kind === "VMDisk") new VmDisk(stack, constructId(def), props as unknown as ConstructorParameters<typeof VmDisk>[2]);
    else new VmInstance(stack, constructId(def), props as unknown as ConstructorParameters<typeof VmInstance>[2]);
  }
  return stack;
}

function metadataProps(def: ResourceDefinition): Record<string, unknown> {
  const { name, namespace, labels, annotations } = def.metadata;
  return {
    name,
    ...(namespace !== undefined && { namespace }),
    ...(labels !== undefined && { labels }),
    ...(annotations !== undefined && { annotations }),
  };
}
