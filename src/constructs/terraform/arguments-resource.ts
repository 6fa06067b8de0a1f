import type { Construct } from "constructs";
import { TerraformResource, type TerraformMetaArguments } from "../framework";

/**
 * A Terraform resource whose arguments are a plain object, already in Terraform JSON's snake_case: what the
 * library's resource classes share. The provider's name lets the framework's "no provider for this resource"
 * check find the stack's provider, as it does for generated classes.
 */
export abstract class ArgumentsResource<A extends object> extends TerraformResource {
  /** The resource's arguments; change them before synthesis. */
  arguments: A;

  protected constructor(scope: Construct, id: string, resourceType: string, providerName: string, args: A, meta: TerraformMetaArguments) {
    super(scope, id, { terraformResourceType: resourceType, terraformGeneratorMetadata: { providerName }, ...meta });
    this.arguments = args;
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return { ...(this.arguments as Record<string, unknown>) };
  }
}
