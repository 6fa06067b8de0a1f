import { Aspects, IAspect, TerraformStack } from "./framework";
import { relativeLocalState } from "./relative-local-state";
import { onStackSynthesis } from "./stack-aspect";

const POLICIES_SYMBOL = Symbol.for("hikube-vm.HikubePolicies");

/** Marks an aspect as Hikube policies (a symbol, so that two copies of the package still agree). */
export function markAsHikubePolicies(aspect: IAspect): void {
  Object.defineProperty(aspect, POLICIES_SYMBOL, { value: true });
}

function isHikubePolicies(aspect: IAspect): boolean {
  return (aspect as unknown as Record<symbol, unknown>)[POLICIES_SYMBOL] === true;
}

/**
 * cdktf 0.21 invokes aspects from each stack down (`invokeAspects(stack)`), so an aspect added
 * to the App is never visited. This stack-level aspect forwards the stack to the Hikube
 * policies added above the stack, making `Aspects.of(app).add(new HikubePolicies(...))` work.
 * Called once per stack by the first Hikube resource; policies are idempotent per stack, so a
 * cdktf that fixes inheritance does not evaluate twice. Also the first Hikube resource's per-stack setup that
 * is no policy: the local backend's state path, relative (relative-local-state.ts).
 */
export function forwardAppPolicies(stack: TerraformStack): void {
  relativeLocalState(stack);
  onStackSynthesis(stack, "forward app policies", () => {
    for (const scope of stack.node.scopes.slice(0, -1)) {
      for (const aspect of Aspects.of(scope).all) if (isHikubePolicies(aspect)) aspect.visit(stack);
    }
  });
}
