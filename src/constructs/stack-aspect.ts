import type { IConstruct } from "constructs";
import { Aspects, TerraformStack } from "./framework";

const added = new Map<string, WeakSet<TerraformStack>>();

/**
 * Runs `visit` once per synthesis of `stack`, before cdktf collects annotations and writes the configuration
 * (aspects run first in `app.synth()`, `cdktf synth` and `Testing.synth` alike). Added at most once per stack
 * and `purpose`, however many resources ask.
 */
export function onStackSynthesis(stack: TerraformStack, purpose: string, visit: () => void): void {
  let stacks = added.get(purpose);
  if (!stacks) added.set(purpose, (stacks = new WeakSet()));
  if (stacks.has(stack)) return;
  stacks.add(stack);
  Aspects.of(stack).add({
    visit(node: IConstruct) {
      if (node === stack) visit();
    },
  });
}
