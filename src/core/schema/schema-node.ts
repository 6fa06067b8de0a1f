/**
 * A small schema language for the two kinds' specs. It is the single source of truth: the JSON
 * Schemas (ajv and editors), the TypeScript types, the HCL variable types and the docs tables are
 * all generated from it, so they cannot disagree.
 */

/** A catalog section that a string field must name an entry of. */
export type CatalogRef = "instanceTypes" | "profiles" | "images" | "storageClasses";

/** Semantic string formats, checked in code (with better messages than a regex could give). */
export type StringFormat = "dns-label" | "http-url" | "ssh-public-key" | "cloud-init";

export type SchemaNode =
  | { readonly type: "boolean" }
  | { readonly type: "integer"; readonly minimum?: number; readonly maximum?: number; readonly unique?: boolean }
  | {
      readonly type: "string";
      readonly format?: StringFormat;
      readonly catalog?: CatalogRef;
      readonly minLength?: number;
      /** "" is a valid value that is not a catalog name: what it means to the platform. */
      readonly empty?: string;
    }
  | { readonly type: "enum"; readonly values: readonly string[] }
  /** A Kubernetes quantity: an integer or a string such as `20Gi`; rendered in canonical string form. */
  | { readonly type: "quantity"; readonly positive: boolean; readonly unit: "bytes" | "cpu" | "count" }
  | { readonly type: "list"; readonly items: SchemaNode; /** items must differ by this field (or by value when "."). */ readonly uniqueBy?: string }
  | {
      readonly type: "object";
      readonly fields: readonly Field[];
      /** A bare string is accepted as shorthand for `{ [shorthand]: value }` and rendered as the object. */
      readonly shorthand?: string;
      /** At most one of the fields may be set (a disk has at most one source). */
      readonly atMostOne?: boolean;
      /** Name of the TypeScript interface generated for this object. */
      readonly typeName: string;
    }
  | { readonly type: "map" };

export interface Field {
  /** The API field name (camelCase), as the platform receives it. */
  readonly name: string;
  readonly node: SchemaNode;
  /** One sentence, shown in editors, docs, TypeScript and HCL. */
  readonly description: string;
  /** The platform's default, emitted explicitly when the user gives none. Absent: the field is omitted when unset. */
  readonly default?: unknown;
  readonly required?: boolean;
  /** Accepted on input but never emitted: the reason (e.g. `running` became `runStrategy`). */
  readonly inputOnly?: string;
  /** Accepted and emitted, but discouraged: what to use instead. */
  readonly deprecated?: string;
  /** Documented by the Hikube seed reference (otherwise: accepted by the platform only). */
  readonly seed?: boolean;
  /** Editing it after creation is ignored by the platform: why. */
  readonly immutable?: string;
}

/** Builders, so the spec files read like a table. */
export const t = {
  boolean: (): SchemaNode => ({ type: "boolean" }),
  integer: (o: { minimum?: number; maximum?: number } = {}): SchemaNode => ({ type: "integer", ...o }),
  port: (): SchemaNode => ({ type: "integer", minimum: 1, maximum: 65535 }),
  string: (o: { format?: StringFormat; catalog?: CatalogRef; minLength?: number; empty?: string } = {}): SchemaNode => ({ type: "string", ...o }),
  enum: (values: readonly string[]): SchemaNode => ({ type: "enum", values }),
  quantity: (unit: "bytes" | "cpu" | "count", positive = true): SchemaNode => ({ type: "quantity", unit, positive }),
  list: (items: SchemaNode, uniqueBy?: string): SchemaNode => ({ type: "list", items, uniqueBy }),
  object: (typeName: string, fields: readonly Field[], o: { shorthand?: string; atMostOne?: boolean } = {}): SchemaNode => ({
    type: "object",
    typeName,
    fields,
    ...o,
  }),
  map: (): SchemaNode => ({ type: "map" }),
};

/** Walks `path` segments (field names and numeric indices) down a node; undefined when it leaves the schema. */
export function nodeAt(root: SchemaNode, segments: readonly (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const segment of segments) {
    if (!node) return undefined;
    if (node.type === "list") node = typeof segment === "number" ? node.items : undefined;
    else if (node.type === "object") node = node.fields.find((f) => f.name === segment)?.node;
    else return undefined;
  }
  return node;
}
