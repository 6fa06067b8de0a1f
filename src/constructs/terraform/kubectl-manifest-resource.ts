import type { Construct } from "constructs";
import type { TerraformMetaArguments } from "../framework";
import { resourceTypeOf } from "../../terraform/backend";
import { ArgumentsResource } from "./arguments-resource";

/** The `kubectl_manifest` arguments the library writes, in Terraform JSON's snake_case. */
export interface KubectlManifestArguments {
  readonly yaml_body: string;
  readonly sensitive_fields?: readonly string[];
  readonly wait_for?: Readonly<Record<string, unknown>>;
  readonly timeouts?: { readonly create?: string; readonly update?: string; readonly delete?: string };
  readonly server_side_apply?: boolean;
  readonly field_manager?: string;
  readonly force_conflicts?: boolean;
}

/**
 * A `kubectl_manifest` resource (alekc/kubectl): a YAML body applied like `kubectl apply`. No prebuilt cdktf or
 * cdktn binding of that provider exists, so the library ships this one.
 * @see https://registry.terraform.io/providers/alekc/kubectl/latest/docs/resources/kubectl_manifest
 */
export class KubectlManifestResource extends ArgumentsResource<KubectlManifestArguments> {
  static readonly tfResourceType = resourceTypeOf("kubectl");

  constructor(scope: Construct, id: string, args: KubectlManifestArguments, meta: TerraformMetaArguments = {}) {
    super(scope, id, KubectlManifestResource.tfResourceType, "kubectl", args, meta);
  }

  /** The object's uid on the cluster, for references. */
  get uid(): string {
    return this.getStringAttribute("uid");
  }
}
