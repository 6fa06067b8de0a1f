import type { IConstruct } from "constructs";
import { Aspects, TerraformStack } from "./framework";
import { stackResources } from "./resource-registry";

const scheduled = new WeakSet<TerraformStack>();

/**
 * Resources validate when the stack synthesises: aspects run first (in `app.synth()`, `cdktf synth` and
 * `Testing.synth` alike), so this stack aspect turns every resource's warnings and infos into annotations before
 * cdktf collects them; errors are node validations that fail synthesis.
 */
export function reportWhenSynthesised(stack: TerraformStack): void {
  if (scheduled.has(stack)) return;
  scheduled.add(stack);
  Aspects.of(stack).add({
    visit(node: IConstruct) {
      if (node !== stack) return;
      for (const resource of stackResources(stack).values()) resource.reportFindings();
    },
  });
}
