import stringify = require("json-stable-stringify");

/**
 * Terraform JSON text exactly as cdktf writes cdk.tf.json: json-stable-stringify (the version cdktf 0.21 uses)
 * with keys sorted, two spaces, `undefined` members dropped, no newline at the end. Its one quirk, kept on
 * purpose: an empty object or list spans two lines (`{` then `}` on the next).
 */
export function stableJson(value: unknown): string {
  return stringify(value, { space: 2 }) ?? "";
}
