import { SSH_KEY_TYPES } from "../../core/ssh/ssh-key-types";
import { DNS_1035_ALLOWED } from "../../core/validation/name-checks";
import type { CatalogRef, Field, SchemaNode } from "../../core/schema/schema-node";
import { snakeCase } from "./hcl-format";
import { hclDefault, KindInput } from "./kind-inputs";
import { MAX_BINARY_QUANTITY, QUANTITY_FORM, QUANTITY_FORMS_TEXT } from "./quantity-hcl";

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
const SSH_PUBLIC_KEY = `^(?:\\S+\\s+)?(?:${SSH_KEY_TYPES.map((t) => t.replace(/\./g, "\\.")).join("|")})\\s+[A-Za-z0-9+/]+={0,3}(?:\\s.*)?$`;

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
      rules.push({ label, condition: `can(regex("^https?://[^/?#\\\\s]+", ${expr}))`, message: "must be an http:// or https:// URL with a host" });
      break;
    case "ssh-public-key":
      // Never echo the value: it may be a private key.
      rules.push({ label, condition: `!strcontains(${expr}, "PRIVATE KEY")`, message: "holds a private key: give the public key (the .pub file) and keep the private key out of Terraform" });
      rules.push({ label, condition: `can(regex(${JSON.stringify(SSH_PUBLIC_KEY)}, trimspace(${expr})))`, message: `must be an SSH public key line such as 'ssh-ed25519 AAAA... comment' (types: ${SSH_KEY_TYPES.slice(0, 5).join(", ")}, ...)` });
      break;
    case "cloud-init":
      rules.push({ label, condition: `startswith(${expr}, "#cloud-config") ? can(yamldecode(${expr})) : true`, message: "starts with #cloud-config but is not valid YAML" });
      break;
  }
  return rules;
}

function quantityRules(node: Extract<SchemaNode, { type: "quantity" }>, expr: string, label: string): FieldRule[] {
  const rules: FieldRule[] = [
    { label, condition: `can(regex(${JSON.stringify(QUANTITY_FORM)}, ${expr}))`, message: `must be a Kubernetes quantity in a form this module canonicalises: ${QUANTITY_FORMS_TEXT}` },
    {
      label,
      condition: `can(regex("^[0-9]+[KMGTPE]i$", ${expr})) ? tonumber(regex("^[0-9]+", ${expr})) * pow(1024, local.binary_powers[regex("[KMGTPE]i$", ${expr})]) <= ${MAX_BINARY_QUANTITY} : true`,
      message: "must be at most 2^63-1 bytes (8Ei), the largest quantity Kubernetes holds",
    },
  ];
  if (node.positive) rules.push({ label, condition: `can(regex("[1-9]", ${expr}))`, message: "must be greater than zero" });
  if (node.unit === "bytes") {
    rules.push({
      label,
      condition: `can(regex("^[0-9]+(\\\\.[0-9]*)?$", ${expr})) ? tonumber(${expr}) >= 1048576 : true`,
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
