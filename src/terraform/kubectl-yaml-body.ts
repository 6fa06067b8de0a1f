import type { KubernetesManifest } from "../core/render/render-manifest";
import { stringifyManifest } from "../yaml/write-manifests";

/**
 * Values Terraform computes (cdktf tokens) cannot be written into YAML text as they are: the reference is
 * substituted as raw text at apply time, and a value with `: ` or a quote would break the YAML. The framework
 * layer recognises them and turns each into an expression that yields a JSON string (valid YAML in flow position).
 */
export interface TokenHooks {
  /** Whether a value (a string, a number, a list) is or holds a token. */
  readonly isToken: (value: unknown) => boolean;
  /** A string that Terraform turns into the value's JSON text, e.g. `${jsonencode(var.key)}`. */
  readonly asJson: (value: unknown) => string;
}

/**
 * kubectl_manifest's `yaml_body`: the same object as kubernetes_manifest's `manifest`, as YAML written the way
 * `hikube-vm render` writes it, escaped for Terraform (`$${`, `%%{`).
 */
export function kubectlYamlBody(manifest: KubernetesManifest, escapeString: (text: string) => string, tokens?: TokenHooks): string {
  if (!tokens) return escapeString(stringifyManifest(manifest));
  const found: unknown[] = [];
  let marker: string | undefined;
  const withPlaceholders = replaceTokens(manifest, tokens, (value) => `${(marker ??= freeMarker(JSON.stringify(manifest)))}${found.push(value) - 1}`) as KubernetesManifest;
  const text = escapeString(stringifyManifest(withPlaceholders));
  if (marker === undefined) return text;
  return text.replace(new RegExp(`${marker}(\\d+)`, "g"), (_m, index: string) => tokens.asJson(found[Number(index)]));
}

/** A plain-scalar placeholder prefix that the manifest's own text does not contain. */
function freeMarker(text: string): string {
  let marker = "hikubetoken";
  while (text.includes(marker)) marker += "x";
  return marker;
}

function replaceTokens(value: unknown, tokens: TokenHooks, placeholder: (token: unknown) => string): unknown {
  if (tokens.isToken(value)) return placeholder(value);
  if (Array.isArray(value)) return value.map((item) => replaceTokens(item, tokens, placeholder));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = replaceTokens((value as Record<string, unknown>)[key], tokens, placeholder);
    return out;
  }
  return value;
}
