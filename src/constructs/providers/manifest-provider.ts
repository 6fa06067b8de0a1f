import type { Construct } from "constructs";
import { escapeTerraformTemplates } from "../../core/render/terraform-escape";
import { TerraformProvider } from "../framework";
import { escapeAroundTokens } from "../terraform-tokens";

/**
 * A provider block written from plain snake_case arguments: enough for the two providers the library's resources
 * need, on cdktf and cdktn, without generated bindings (none exist for cdktn, nor for alekc/kubectl at all).
 */
export abstract class ManifestProvider extends TerraformProvider {
  private readonly args: Record<string, unknown>;

  protected constructor(scope: Construct, id: string, name: string, source: string, version: string, args: Record<string, unknown>, alias: string | undefined) {
    super(scope, id, {
      terraformResourceType: name,
      // providerName lets the framework's "is there a provider for this resource" check find this block.
      terraformGeneratorMetadata: { providerName: name, providerVersion: version },
      terraformProviderSource: source,
    });
    this.args = args;
    if (alias !== undefined) this.alias = alias;
  }

  /** Literal strings are escaped for Terraform (a path is text, never a template); references are kept. */
  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return { ...escapeTerraformTemplates(this.args, escapeAroundTokens), alias: this.alias };
  }
}

/** What both providers read to reach the cluster; every field maps to the provider argument of the same name. */
export interface ClusterAccessProps {
  /** `config_path`: the kubeconfig file. @default - the provider's (KUBE_CONFIG_PATH) */
  readonly configPath?: string;
  /** `config_context`. @default - the kubeconfig's current context */
  readonly configContext?: string;
  /** `host`: the API server URL, instead of a kubeconfig. @default - none */
  readonly host?: string;
  /** `token`: a bearer token. @default - none */
  readonly token?: string;
  /** `cluster_ca_certificate` (PEM). @default - none */
  readonly clusterCaCertificate?: string;
  /** `client_certificate` (PEM). @default - none */
  readonly clientCertificate?: string;
  /** `client_key` (PEM). @default - none */
  readonly clientKey?: string;
  /** `insecure`: skip TLS verification. @default false */
  readonly insecure?: boolean;
  /** A provider alias, for a second cluster. @default - none */
  readonly alias?: string;
  /** The `required_providers` version constraint. */
  readonly version?: string;
}

export function clusterAccessArguments(props: ClusterAccessProps): Record<string, unknown> {
  return {
    client_certificate: props.clientCertificate,
    client_key: props.clientKey,
    cluster_ca_certificate: props.clusterCaCertificate,
    config_context: props.configContext,
    config_path: props.configPath,
    host: props.host,
    insecure: props.insecure,
    token: props.token,
  };
}
