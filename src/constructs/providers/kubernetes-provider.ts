import type { Construct } from "constructs";
import { BACKEND_PROVIDERS } from "../../terraform/backend";
import { ClusterAccessProps, clusterAccessArguments, ManifestProvider } from "./manifest-provider";

export interface KubernetesProviderProps extends ClusterAccessProps {
  /** @default ">= 2.38.0" */
  readonly version?: string;
}

/**
 * The hashicorp/kubernetes provider, for the `kubernetes` backend (`kubernetes_manifest`). A minimal class of the
 * library's own: on cdktn no prebuilt binding exists (`cdktn get` can generate one, which works as well); on cdktf
 * the generated `KubernetesProvider` of `@cdktf/provider-kubernetes/lib/provider` works too.
 * @see https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs
 */
export class KubernetesProvider extends ManifestProvider {
  constructor(scope: Construct, id: string, props: KubernetesProviderProps = {}) {
    const { name, source, version } = BACKEND_PROVIDERS.kubernetes;
    super(scope, id, name, source, props.version ?? version, clusterAccessArguments(props), props.alias);
  }
}
