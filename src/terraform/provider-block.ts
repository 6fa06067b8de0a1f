import { escapeTerraformString } from "../core/render/terraform-escape";

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
