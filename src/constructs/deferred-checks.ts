import type { TerraformStack } from "./framework";
import { stackResources } from "./resource-registry";
import { onStackSynthesis } from "./stack-aspect";

/**
 * Resources validate when the stack synthesises: every resource's warnings and infos become annotations before
 * cdktf collects them; errors are node validations that fail synthesis.
 */
export function reportWhenSynthesised(stack: TerraformStack): void {
  onStackSynthesis(stack, "report findings", () => {
    for (const resource of stackResources(stack).values()) resource.reportFindings();
  });
}
