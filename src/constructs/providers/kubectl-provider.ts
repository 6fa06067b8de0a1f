import type { Construct } from "constructs";
import { BACKEND_PROVIDERS } from "../../terraform/backend";
import { ClusterAccessProps, clusterAccessArguments, ManifestProvider } from "./manifest-provider";

export interface KubectlProviderProps extends ClusterAccessProps {
  /** `load_config_file`: read the kubeconfig (set false with `host` and `token`). @default - the provider's (true) */
  readonly loadConfigFile?: boolean;
  /** @default ">= 2.3.0" */
  readonly version?: string;
}

/**
 * The alekc/kubectl provider (the maintained fork of gavinbunney/kubectl that Hikube's Terraform guide uses), for
 * the `kubectl` backend (`kubectl_manifest`). No prebuilt binding exists for cdktf or cdktn, so the library ships it.
 * @see https://registry.terraform.io/providers/alekc/kubectl/latest/docs
 */
export class KubectlProvider extends ManifestProvider {
  constructor(scope: Construct, id: string, props: KubectlProviderProps = {}) {
    const { name, source, version } = BACKEND_PROVIDERS.kubectl;
    super(scope, id, name, source, props.version ?? version, { ...clusterAccessArguments(props), load_config_file: props.loadConfigFile }, props.alias);
  }
}
