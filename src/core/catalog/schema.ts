/**
 * JSON Schema (draft-07) of a catalog file, and the patterns it uses.
 *
 * A catalog file is either a full catalog (`instanceTypes`, `profiles`, `images`, `storageClasses`),
 * or `extends: hikube | cozystack` plus entries to add or replace by name. Unknown keys are errors
 * (a misspelt key would otherwise be silently ignored).
 */

/**
 * A Kubernetes quantity, simplified: a plain decimal with an optional binary or decimal suffix.
 * (The full quantity grammar lives in `src/core/quantity`; this is deliberately independent of it.)
 */
export const CATALOG_QUANTITY_PATTERN = "^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$";
const QUANTITY_RE = new RegExp(CATALOG_QUANTITY_PATTERN);

/** Whether `value` is a quantity the catalog accepts, e.g. `8Gi`, `512Mi`, `1.5Gi`. */
export function isCatalogQuantity(value: unknown): value is string {
  return typeof value === "string" && QUANTITY_RE.test(value);
}

/**
 * Names of catalog entries: Kubernetes object names (DNS-1123 subdomain), e.g. `u1.large`,
 * `centos.stream9`, `ubuntu-24.04`, `opensuse-leap-15.6`.
 */
export const CATALOG_NAME_PATTERN = "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$";

/** The built-in catalogs a file can extend. */
export const BUILTIN_CATALOG_NAMES = ["hikube", "cozystack"] as const;
export type BuiltinCatalogName = (typeof BUILTIN_CATALOG_NAMES)[number];

const entryName = {
  type: "string",
  minLength: 1,
  maxLength: 253,
  pattern: CATALOG_NAME_PATTERN,
  description: "Kubernetes object name of the entry, unique within its section.",
};
const quantity = {
  type: "string",
  pattern: CATALOG_QUANTITY_PATTERN,
  description: 'Kubernetes quantity, e.g. "8Gi".',
};
const text = { type: "string", minLength: 1 };
const osFamily = { type: "string", enum: ["linux", "windows"], description: "Operating system family: linux or windows (for the Windows checks)." };

export const CATALOG_FILE_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "Hikube VM catalog file",
  description:
    "What a cloud offers to virtual machines: instance types, instance profiles, golden images, storage classes. " +
    'Either a full catalog, or "extends" a built-in catalog with entries added or replaced by name.',
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string", description: "Editor hint; ignored." },
    name: { ...text, description: "Name of the catalog, shown in reports." },
    description: { ...text, description: "What this catalog describes." },
    extends: {
      type: "string",
      enum: [...BUILTIN_CATALOG_NAMES],
      description: "A built-in catalog to start from; the entries of this file are added to it or replace its entries of the same name.",
    },
    instanceTypes: { type: "array", items: { $ref: "#/definitions/instanceType" } },
    profiles: { type: "array", items: { $ref: "#/definitions/profile" } },
    images: { type: "array", items: { $ref: "#/definitions/image" } },
    storageClasses: { type: "array", items: { $ref: "#/definitions/storageClass" } },
  },
  // Without "extends", the file is a whole catalog: all four sections are required (they may be empty).
  if: { not: { type: "object", required: ["extends"] } },
  then: { type: "object", required: ["instanceTypes", "profiles", "images", "storageClasses"] },
  definitions: {
    instanceType: {
      type: "object",
      additionalProperties: false,
      required: ["name", "vcpu", "memory"],
      properties: {
        name: entryName,
        series: { ...text, description: 'Defaults to the part of the name before the first ".", e.g. "u1".' },
        vcpu: { type: "integer", minimum: 1, description: "Number of virtual CPUs, a positive integer." },
        memory: quantity,
        description: text,
        deprecated: { ...text, description: "Why not to use it any more, and what to use instead." },
      },
    },
    profile: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: entryName,
        description: text,
        recommended: { type: "boolean" },
        osFamily,
        deprecated: { ...text, description: "Why not to use it any more, and what to use instead." },
      },
    },
    image: {
      type: "object",
      additionalProperties: false,
      required: ["name", "minimumStorage"],
      properties: {
        name: entryName,
        os: { ...text, description: 'Defaults to the name without its version, e.g. "ubuntu" for "ubuntu-24.04".' },
        version: text,
        minimumStorage: { ...quantity, description: "Smallest disk the image fits in, a Kubernetes quantity." },
        iso: { type: "boolean", default: false, description: "An installer ISO (attach with optical: true), not a cloud image." },
        osFamily,
        description: text,
        deprecated: { ...text, description: "Why not to use it any more, and what to use instead." },
      },
    },
    storageClass: {
      type: "object",
      additionalProperties: false,
      required: ["name", "replicated"],
      properties: {
        name: entryName,
        replicated: { type: "boolean" },
        description: text,
      },
    },
  },
} as const;
