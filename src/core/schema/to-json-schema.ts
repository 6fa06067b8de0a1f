import type { Catalog } from "../catalog";
import { API_VERSION, KINDS, KindName, METADATA_FIELDS } from "./kinds";
import { Field, SchemaNode } from "./schema-node";

/** Kubernetes' own quantity grammar (apimachinery), for editors; the validator checks quantities in code. */
export const QUANTITY_PATTERN =
  "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$";

/** DNS-1035 label: what Kubernetes requires of a Service name, and so of these resources' names. */
export const DNS_1035_PATTERN = "^[a-z]([-a-z0-9]*[a-z0-9])?$";

export type JsonSchema = { [key: string]: unknown };

export interface JsonSchemaOptions {
  /** Add the catalog's names as `examples`, so editors can complete them. */
  readonly catalog?: Catalog;
}

/** The JSON Schema of one node, in its input form (seed shorthands accepted). */
export function nodeJsonSchema(node: SchemaNode, options: JsonSchemaOptions = {}): JsonSchema {
  switch (node.type) {
    case "boolean":
      return { type: "boolean" };
    case "integer":
      return { type: "integer", ...(node.minimum !== undefined && { minimum: node.minimum }), ...(node.maximum !== undefined && { maximum: node.maximum }) };
    case "string": {
      const examples = node.catalog && options.catalog ? catalogNames(options.catalog, node.catalog) : undefined;
      return {
        type: "string",
        ...(node.minLength !== undefined && { minLength: node.minLength }),
        ...(node.format === "dns-label" && { pattern: DNS_1035_PATTERN }),
        ...(examples && { examples }),
      };
    }
    case "enum":
      return { type: "string", enum: [...node.values] };
    case "quantity":
      return { type: ["number", "string"], pattern: QUANTITY_PATTERN };
    case "list":
      return { type: "array", items: nodeJsonSchema(node.items, options), ...(node.uniqueBy === "." && { uniqueItems: true }) };
    case "object": {
      const schema: JsonSchema = {
        // A shorthand object also takes a bare string; `properties` only constrain objects.
        type: node.shorthand ? ["string", "object"] : "object",
        properties: Object.fromEntries(node.fields.map((f) => [f.name, fieldJsonSchema(f, options, true)])),
        additionalProperties: false,
      };
      const required = node.fields.filter((f) => f.required).map((f) => f.name);
      if (required.length) schema.required = required;
      if (node.atMostOne) schema.maxProperties = 1;
      return schema;
    }
    case "map":
      return { type: "object", additionalProperties: { type: "string" } };
  }
}

/**
 * `null` for an optional spec field means unset, as on the platform: the API server prunes nulls
 * and applies the chart's default (`sshKeys: null` is `[]`); the library renders the default.
 */
function nullable(schema: JsonSchema): JsonSchema {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return {
    ...schema,
    type: [...types, "null"],
    ...(Array.isArray(schema.enum) && { enum: [...schema.enum, null] }),
  };
}

function fieldJsonSchema(field: Field, options: JsonSchemaOptions, specField = false): JsonSchema {
  const node = nodeJsonSchema(field.node, options);
  return {
    description: field.description,
    ...(specField && !field.required ? nullable(node) : node),
    ...(field.default !== undefined && { default: field.default }),
    ...((field.deprecated || field.inputOnly) && { deprecated: true }),
  };
}

/** The schema of a kind's `spec`, as the validator compiles it. */
export function specJsonSchema(kind: KindName, options: JsonSchemaOptions = {}): JsonSchema {
  return nodeJsonSchema(KINDS[kind].spec, options);
}

/** A whole resource (apiVersion, kind, metadata, spec), for editors and the YAML language server. */
export function documentJsonSchema(kind: KindName, options: JsonSchemaOptions = {}): JsonSchema {
  const info = KINDS[kind];
  const metadataProperties = Object.fromEntries(METADATA_FIELDS.map((f) => [f.name, fieldJsonSchema(f, options)]));
  (metadataProperties.name as JsonSchema).maxLength = info.maxNameLength;
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: `https://hikube-vm.dev/schemas/${kind.toLowerCase()}.json`,
    title: kind,
    description: `Hikube ${kind} (${API_VERSION}); the platform creates ${info.creates}.`,
    type: "object",
    required: ["apiVersion", "kind", "metadata", "spec"],
    properties: {
      apiVersion: { const: API_VERSION },
      kind: { const: kind },
      // kubectl output carries uid, resourceVersion ...: accept them, they are not ours.
      metadata: { type: "object", required: ["name"], properties: metadataProperties },
      spec: specJsonSchema(kind, options),
      status: { type: "object" },
    },
    additionalProperties: false,
  };
}

function catalogNames(catalog: Catalog, section: keyof Pick<Catalog, "instanceTypes" | "profiles" | "images" | "storageClasses">): string[] {
  return catalog[section].map((entry) => entry.name);
}
