import { App, Aspects, LocalBackend, TerraformStack } from "cdktf";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { HikubeDefaults, HikubePolicies, KubectlProvider, KubernetesProvider, VmDisk, VmInstance } from "../../src";
import type { Catalog } from "../../src/core/catalog/types";
import type { ResourceDefinition } from "../../src/core/definition/resource-definition";
import type { Environment, Waiver } from "../../src/policy";
import type { Backend } from "../../src/terraform/backend";
import { constructId } from "../../src/terraform/construct-id";

export interface ConstructStackOptions {
  readonly stackName?: string;
  readonly backend?: Backend;
  readonly environment: Environment;
  readonly namespace?: string;
  readonly catalog?: Catalog;
  readonly forceConflicts?: boolean;
  /** HikubeDefaults' adoptFrom. */
  readonly adoptFrom?: Backend;
  /** HikubeDefaults' adopt. */
  readonly adopt?: boolean;
  readonly kubeconfig?: string;
  readonly kubeContext?: string;
  /** Add HikubePolicies to the App (as `synth` does); without, only cdk.tf.json is compared. */
  readonly policies?: boolean;
  readonly waivers?: readonly Waiver[];
  readonly externalDisks?: readonly string[];
  /** Skip the constructs' validations (hostile inputs the CLI would refuse). */
  readonly skipValidation?: boolean;
}

/**
 * The reference side of the byte comparisons: a real cdktf App with the library's constructs, written as a user
 * would (LocalBackend, the library's provider, HikubeDefaults, one VmDisk/VmInstance per definition with the
 * construct ids `synth` and `import` use), synthesised into `outdir`. Returns the stack directory's files.
 */
export function synthConstructStack(definitions: readonly ResourceDefinition[], outdir: string, options: ConstructStackOptions): Record<string, string> {
  const stackName = options.stackName ?? "hikube";
  const app = new App({ outdir, ...(options.skipValidation && { skipValidation: true }) });
  if (options.policies) {
    Aspects.of(app).add(
      new HikubePolicies({
        environment: options.environment,
        ...(options.waivers && { waivers: options.waivers }),
        ...(options.externalDisks && { externalDisks: options.externalDisks }),
      }),
    );
  }
  const stack = new TerraformStack(app, stackName);
  new LocalBackend(stack, { path: "terraform.tfstate" });
  const access = { ...(options.kubeconfig !== undefined && { configPath: options.kubeconfig }), ...(options.kubeContext !== undefined && { configContext: options.kubeContext }) };
  if (options.backend === "kubectl") new KubectlProvider(stack, "kubectl", access);
  else new KubernetesProvider(stack, "kubernetes", access);
  HikubeDefaults.set(stack, {
    ...(options.adoptFrom !== undefined && { adoptFrom: options.adoptFrom }),
    ...(options.adopt && { adopt: true }),
    environment: options.environment,
    ...(options.catalog && { catalog: options.catalog }),
    ...(options.namespace !== undefined && { namespace: options.namespace }),
    ...(options.backend && { backend: options.backend }),
  });
  for (const def of definitions) {
    const { name, namespace, labels, annotations } = def.metadata;
    const props = {
      ...(def.spec as Record<string, unknown>),
      name,
      ...(namespace !== undefined && { namespace }),
      ...(labels !== undefined && { labels }),
      ...(annotations !== undefined && { annotations }),
      ...(options.forceConflicts === false && { forceConflicts: false }),
    };
    const id = constructId({ kind: def.kind, metadata: { ...def.metadata, namespace: namespace ?? options.namespace } });
    if (def.kind === "VMDisk") new VmDisk(stack, id, props as unknown as ConstructorParameters<typeof VmDisk>[2]);
    else new VmInstance(stack, id, props as unknown as ConstructorParameters<typeof VmInstance>[2]);
  }
  quietly(() => app.synth());
  const dir = join(outdir, "stacks", stackName);
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

/** cdktf prints annotations on the console while it synthesises. */
function quietly(action: () => void): void {
  const saved = { log: console.log, warn: console.warn, info: console.info, error: console.error };
  const none = () => undefined;
  Object.assign(console, { log: none, warn: none, info: none, error: none });
  try {
    action();
  } finally {
    Object.assign(console, saved);
  }
}
