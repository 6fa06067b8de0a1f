import { join } from "node:path";
import { App, Aspects } from "cdktf";
import { HikubePolicies } from "../../constructs/hikube-policies";
import type { ResourceDefinition } from "../../core/definition/resource-definition";
import type { Environment, Waiver } from "../../policy";
import { buildStack, type StackOptions } from "./build-stack";

export interface SynthesizeOptions extends StackOptions {
  readonly outdir: string;
  readonly environment: Environment;
  readonly waivers?: readonly Waiver[];
  readonly externalDisks?: readonly string[];
}

/**
 * Synthesises the stack into `outdir` (cdktf's layout), with the policies aspect as a user's
 * app would have it, and returns the stack's directory (cdk.tf.json and the policy reports).
 */
export function synthesize(definitions: readonly ResourceDefinition[], options: SynthesizeOptions): string {
  const app = new App({ outdir: options.outdir });
  Aspects.of(app).add(
    new HikubePolicies({
      environment: options.environment,
      ...(options.waivers && { waivers: options.waivers }),
      ...(options.externalDisks && { externalDisks: options.externalDisks }),
    }),
  );
  buildStack(app, definitions, options);
  quietly(() => app.synth());
  return join(options.outdir, "stacks", options.stackName);
}

/**
 * cdktf prints annotations (the findings, already reported by the CLI with file and line) on
 * the console while it synthesises: silence it, so that stdout says only what was written.
 */
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
