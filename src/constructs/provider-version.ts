import { TerraformStack } from "./framework";
import { IConstruct } from "constructs";

/**
 * `@cdktf/provider-kubernetes` 12 pins the provider to exactly 2.38.0 in `required_providers`.
 * cdktf is archived and those bindings will not move, while the provider does: this replaces
 * the pin with a constraint of your choice.
 */
export function setKubernetesProviderVersion(scope: IConstruct, constraint = ">= 2.38.0"): void {
  TerraformStack.of(scope).addOverride("terraform.required_providers.kubernetes.version", constraint);
}
