import type { Construct } from "constructs";
import type { TerraformMetaArguments } from "../framework";
import { resourceTypeOf } from "../../terraform/backend";
import { ArgumentsResource } from "./arguments-resource";

/** The `kubernetes_manifest` arguments, in Terraform JSON's snake_case, as the library writes them. */
export interface KubernetesManifestArguments {
  readonly manifest: Readonly<Record<string, unknown>>;
  readonly computed_fields?: readonly string[];
  readonly field_manager?: { readonly name?: string; readonly force_conflicts?: boolean };
  readonly wait?: Readonly<Record<string, unknown>>;
  readonly timeouts?: { readonly create?: string; readonly update?: string; readonly delete?: string };
}

/**
 * A `kubernetes_manifest` resource (hashicorp/kubernetes), written by the library rather than with the provider's
 * generated `Manifest` class: the same JSON (a test compares them byte for byte), without the five attribute
 * reference objects, each capturing a stack trace, that the generated class builds in its constructor, and usable
 * on cdktf and cdktn alike.
 * @see https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/manifest
 */
export class KubernetesManifestResource extends ArgumentsResource<KubernetesManifestArguments> {
  static readonly tfResourceType = resourceTypeOf("kubernetes");

  constructor(scope: Construct, id: string, args: KubernetesManifestArguments, meta: TerraformMetaArguments = {}) {
    super(scope, id, KubernetesManifestResource.tfResourceType, "kubernetes", args, meta);
  }

  /** The object the server returned (the computed `object` attribute), for references. */
  get object(): unknown {
    return this.interpolationForAttribute("object");
  }
}
