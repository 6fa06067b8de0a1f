import { escapeTerraformString } from "../core/render/terraform-escape";
import { BACKEND_PROVIDERS, type Backend, type BackendProvider } from "./backend";

/**
 * The provider each backend needs, as the library's own provider classes (`KubernetesProvider`, `KubectlProvider`
 * of src/constructs/providers) declare it in `required_providers` by default. The generated binding of
 * @cdktf/provider-kubernetes writes another pin (BACKEND_PROVIDERS.kubernetes).
 */
export const LIBRARY_PROVIDERS: Readonly<Record<Backend, BackendProvider>> = {
  kubernetes: { name: "kubernetes", source: "hashicorp/kubernetes", version: ">= 2.38.0" },
  kubectl: BACKEND_PROVIDERS.kubectl,
};

/** How the provider reaches the cluster, as `hikube-vm synth --kubeconfig/--context` give it. */
export interface ProviderSettings {
  /** `config_path`. @default - the provider's (KUBE_CONFIG_PATH) */
  readonly configPath?: string;
  /** `config_context`. @default - the kubeconfig's current context */
  readonly configContext?: string;
}

/**
 * The provider block's arguments (both providers name them alike); absent settings are absent arguments. Escaped
 * for Terraform like every other string: a path or context name is text, never a template.
 */
export function providerArguments(settings: ProviderSettings): Record<string, unknown> {
  return {
    ...(settings.configContext !== undefined && { config_context: escapeTerraformString(settings.configContext) }),
    ...(settings.configPath !== undefined && { config_path: escapeTerraformString(settings.configPath) }),
  };
}
