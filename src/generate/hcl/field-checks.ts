import { OPENSSH_PRIVATE_KEY_BASE64_PREFIX } from "../../core/ssh/private-key";
import { SSH_KEY_TYPES } from "../../core/ssh/ssh-key-types";
import { escapeRegExp } from "../../core/text/escape-regexp";
import { DNS_1035_ALLOWED } from "../../core/validation/name-checks";
import type { CatalogRef, Field, SchemaNode } from "../../core/schema/schema-node";
import { snakeCase } from "./hcl-format";
import { hclDefault, KindInput } from "./kind-inputs";
import { JS_SPACE, jsTrim } from "./js-regex-hcl";
import { BARE_NUMBER_FORM, exponentInRange, MAX_BINARY_QUANTITY, MAX_DECIMAL_EXPONENT, QUANTITY_FORM, QUANTITY_FORMS_TEXT, quantityNumber, quantityPositive, quantityWholeBytes, quantityWithinInt64 } from "./quantity-hcl";

/**
 * One validation rule of a spec field, derived from the schema: `condition` is an HCL boolean
 * over the loop variable of the kind (`disk`, `instance`), true when the entry is valid.
 */
export interface FieldRule {
  /** The field in Terraform spelling, e.g. `source.http.url`, `external_ports[*]`. */
  readonly label: string;
  readonly condition: string;
  /** What is wrong, after the field name; may interpolate `local.catalog`. */
  readonly message: string;
}

const CATALOG_WORDS: Record<CatalogRef, string> = {
  instanceTypes: "an instance type",
  profiles: "an instance profile",
  images: "a golden image",
  storageClasses: "a storage class",
};

/** HCL expression of a catalog section's names (see the generated catalog.tf). */
export const catalogList = (section: CatalogRef): string => `local.catalog.${snakeCase(section)}`;

const DNS_1035 = "^[a-z]([-a-z0-9]*[a-z0-9])?$";
/**
 * The module refuses only what the library refuses for sure (it never refuses what the library
 * accepts): each pattern below is a necessary condition of the library's check, in RE2.
 */
// checkSshPublicKey: [options] type base64 [comment], words split on JavaScript's \s after trim().
const OPTIONS = `(?:[^"${JS_SPACE.slice(1, -1)}]|"(?:\\\\"|[^"])*")+`;
const SSH_PUBLIC_KEY = `^(?:${OPTIONS}${JS_SPACE}+)?(?:${SSH_KEY_TYPES.map(escapeRegExp).join("|")})${JS_SPACE}+AAAA[A-Za-z0-9+/]*={0,2}(?:${JS_SPACE}(?s:.*))?$`;
// looksLikePrivateKey (src/core/ssh/private-key.ts): PEM, PuTTY, or a bare OpenSSH private key body.
export const PRIVATE_KEY = `-{4,5}${JS_SPACE}*BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?${JS_SPACE}*-{4,5}|(?:^|${JS_SPACE})PuTTY-User-Key-File-[0-9]+${JS_SPACE}*:|(?:^|[^A-Za-z0-9+/=])${OPENSSH_PRIVATE_KEY_BASE64_PREFIX}`;
// The WHATWG URL parser drops leading C0 controls and spaces and every tab or newline, and reads
// "http:/host" or "HTTP:host" as http://host/: only the scheme is sure.
const HTTP_SCHEME = "^[\\x00-\\x20]*[Hh][\\t\\n\\r]*[Tt][\\t\\n\\r]*[Tt][\\t\\n\\r]*[Pp](?:[\\t\\n\\r]*[Ss])?[\\t\\n\\r]*:";
// detectHeader: #cloud-config not followed by "-" or a word character (#cloud-config-archive is another format).
export const CLOUD_CONFIG_HEADER = "^#cloud-config(?:[^-A-Za-z0-9_]|$)";
/** Complex mapping keys (`? [a, b]`, `[a, b]: x`): YAML allows them and the library reads them; yamldecode cannot. */
export const COMPLEX_KEY = "(?m)^[ \\t-]*(?:\\?(?:[ \\t]|$)|[\\[{].*[\\]}][ \\t]*:(?:[ \\t]|$))";
/** A document of comments and blank lines only: cloud-init (and the library) read it as {}. */
export const commentsOnly = (expr: string): string => `trimspace(replace(${expr}, "/(?m)^[ \\t]*#.*$/", "")) == ""`;

/** Every rule of a kind's spec fields, in schema order. */
export function fieldRules(input: KindInput): FieldRule[] {
  return input.fields.flatMap((field) => (field.inputOnly ? [] : rulesOfField(field, input.item, "", 0, true)));
}

function rulesOfField(field: Field, parent: string, parentLabel: string, depth: number, topLevel: boolean): FieldRule[] {
  const expr = `${parent}.${snakeCase(field.name)}`;
  const label = parentLabel ? `${parentLabel}.${snakeCase(field.name)}` : snakeCase(field.name);
  const inner = rulesOfNode(field.node, expr, label, depth, field);
  // Top-level fields with a default are never null (optional(type, default)); others may be.
  if (topLevel && hclDefault(field) !== undefined) return inner;
  const guarded = inner.map((r) => ({ ...r, condition: `${expr} == null ? true : (${r.condition})` }));
  return field.required ? [{ label, condition: `${expr} != null`, message: "must be set" }, ...guarded] : guarded;
}

function rulesOfNode(node: SchemaNode, expr: string, label: string, depth: number, field?: Field): FieldRule[] {
  switch (node.type) {
    case "string":
      return stringRules(node, expr, label);
    case "enum":
      return [{ label, condition: `contains([${node.values.map((v) => JSON.stringify(v)).join(", ")}], ${expr})`, message: `must be one of ${node.values.join(", ")}` }];
    case "integer":
      return node.minimum === undefined && node.maximum === undefined
        ? []
        : [{ label, condition: `${expr} >= ${node.minimum ?? "-1e308"} && ${expr} <= ${node.maximum ?? "1e308"} && floor(${expr}) == ${expr}`, message: `must be an integer from ${node.minimum} to ${node.maximum}` }];
    case "quantity":
      return quantityRules(node, expr, label);
    case "list": {
      const x = `x${depth}`;
      const items = rulesOfNode(node.items, x, `${label}[*]`, depth + 1).map((r) => ({ ...r, condition: `alltrue([for ${x} in ${expr} : ${r.condition}])` }));
      return [...items, ...uniqueRules(node, expr, label, x)];
    }
    case "object": {
      const rules = node.fields.flatMap((f) => rulesOfField(f, expr, label, depth, false));
      if (node.atMostOne) {
        rules.push({
          label,
          condition: `length([for k, v in ${expr} : k if v != null]) <= 1`,
          message: `must set at most one of ${node.fields.map((f) => snakeCase(f.name)).join(", ")} (none for ${field?.name === "source" ? "an empty disk" : "nothing"})`,
        });
      }
      return rules;
    }
    default:
      return [];
  }
}

function stringRules(node: Extract<SchemaNode, { type: "string" }>, expr: string, label: string): FieldRule[] {
  const rules: FieldRule[] = [];
  if (node.minLength) rules.push({ label, condition: `length(${expr}) >= ${node.minLength}`, message: "must not be empty" });
  if (node.catalog) {
    const list = catalogList(node.catalog);
    // "" means none to the platform (no instance type, no preference), as in validateDefinition.
    const condition = node.empty !== undefined ? `${expr} == "" || contains(${list}, ${expr})` : `contains(${list}, ${expr})`;
    const empty = node.empty !== undefined ? `, or empty (${node.empty})` : "";
    rules.push({ label, condition, message: `must be ${CATALOG_WORDS[node.catalog]} of the catalog${empty}: \${join(", ", ${list})}` });
  }
  switch (node.format) {
    case "dns-label":
      rules.push({ label, condition: `can(regex(${JSON.stringify(DNS_1035)}, ${expr})) && length(${expr}) <= 63`, message: `must be a DNS-1035 label (${DNS_1035_ALLOWED})` });
      break;
    case "http-url":
      rules.push({ label, condition: `can(regex(${JSON.stringify(HTTP_SCHEME)}, ${expr}))`, message: "must be an http:// or https:// URL" });
      break;
    case "ssh-public-key":
      // Never echo the value: it may be a private key.
      rules.push({ label, condition: `!can(regex(${JSON.stringify(PRIVATE_KEY)}, ${expr}))`, message: "holds a private key: give the public key (the .pub file) and keep the private key out of Terraform" });
      rules.push({ label, condition: `can(regex(${JSON.stringify(SSH_PUBLIC_KEY)}, ${jsTrim(expr)}))`, message: `must be an SSH public key line such as 'ssh-ed25519 AAAA... comment' (types: ${SSH_KEY_TYPES.slice(0, 5).join(", ")}, ...)` });
      break;
    case "cloud-init":
      // yamldecode reads YAML 1.1 like cloud-init; a comment-only document is {} to both; a document
      // with complex keys yamldecode cannot read is let through (the library reads it).
      rules.push({
        label,
        condition: `can(regex(${JSON.stringify(CLOUD_CONFIG_HEADER)}, ${expr})) ? can(yamldecode(${expr})) || ${commentsOnly(expr)} || can(regex(${JSON.stringify(COMPLEX_KEY)}, ${expr})) : true`,
        message: "starts with #cloud-config but is not valid YAML",
      });
      rules.push({
        label,
        condition: `can(regex(${JSON.stringify(CLOUD_CONFIG_HEADER)}, ${expr})) ? try(yamldecode(${expr}) == null || can(keys(yamldecode(${expr}))), true) : true`,
        message: "is a #cloud-config that is not a mapping of keys (users:, packages:, runcmd: ...)",
      });
      break;
  }
  return rules;
}

function quantityRules(node: Extract<SchemaNode, { type: "quantity" }>, expr: string, label: string): FieldRule[] {
  const rules: FieldRule[] = [
    { label, condition: `can(regex(${JSON.stringify(QUANTITY_FORM)}, ${expr}))`, message: `must be a Kubernetes quantity: ${QUANTITY_FORMS_TEXT}` },
    { label, condition: `try(${exponentInRange(expr)}, true)`, message: `must have an exponent from -${MAX_DECIMAL_EXPONENT} to ${MAX_DECIMAL_EXPONENT}` },
  ];
  if (node.positive) rules.push({ label, condition: `try(${quantityPositive(expr)}, true)`, message: "must be greater than zero" });
  rules.push({
    label,
    condition: `try(${quantityWithinInt64(expr)}, true)`,
    message: `is beyond the 64-bit range Kubernetes stores quantities in (at most ${MAX_BINARY_QUANTITY}, just under 8Ei)`,
  });
  if (node.unit === "bytes") {
    // As the library: a size is a whole number of bytes (after ParseQuantity's rounding to 10^-9).
    rules.push({ label, condition: `try(startswith(${expr}, "-") || ${quantityWholeBytes(expr)}, true)`, message: "is a fraction of a byte: a size is a whole number of bytes, e.g. 20Gi" });
    // A bare number (5, 5., .5, 5e3) counts bytes: refused below 1Mi, as in the library.
    rules.push({
      label,
      condition: `can(regex(${JSON.stringify(BARE_NUMBER_FORM)}, ${expr})) ? try(${quantityNumber(expr)} >= 1048576, true) : true`,
      message: "is a bare number, which counts bytes: add a unit, e.g. 20Gi",
    });
  }
  return rules;
}

function uniqueRules(node: Extract<SchemaNode, { type: "list" }>, expr: string, label: string, x: string): FieldRule[] {
  if (!node.uniqueBy) return [];
  if (node.uniqueBy === ".") return [{ label, condition: `length(distinct(${expr})) == length(${expr})`, message: "must not list a value twice" }];
  const keys = `compact([for ${x} in ${expr} : ${x}.${snakeCase(node.uniqueBy)}])`;
  return [{ label, condition: `length(distinct(${keys})) == length(${keys})`, message: `must not list a ${snakeCase(node.uniqueBy)} twice` }];
}
