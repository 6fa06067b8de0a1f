import type { ResourceDefinition } from "../../core/definition/resource-definition";
import type { Field, SchemaNode } from "../../core/schema/schema-node";
import { snakeCase } from "./hcl-format";
import { kindInput } from "./kind-inputs";

/** The inputs of modules/manifests (as a tfvars JSON object) for a set of definitions. */
export interface ManifestsModuleInputs {
  namespace: string;
  environment?: string;
  disks: Record<string, Record<string, unknown>>;
  instances: Record<string, Record<string, unknown>>;
}

/**
 * Definitions (YAML documents or construct props, camelCase) as modules/manifests inputs:
 * snake_case attributes, shorthands expanded (`disks: ["a"]` → `[{ name = "a" }]`), unset
 * fields left out so the module's defaults apply (null kept: the module's defaults apply to it too). All definitions must share one namespace
 * (the module has one); `defaultNamespace` stands for those that name none.
 */
export function toManifestsModuleInputs(defs: readonly ResourceDefinition[], defaultNamespace?: string): ManifestsModuleInputs {
  const namespaces = new Set(defs.map((d) => d.metadata.namespace ?? defaultNamespace));
  if (namespaces.size > 1 || namespaces.has(undefined)) {
    throw new Error(`modules/manifests takes one namespace; got ${[...namespaces].map(String).join(", ")}`);
  }
  const inputs: ManifestsModuleInputs = { namespace: [...namespaces][0] as string, disks: {}, instances: {} };
  for (const def of defs) {
    const target = def.kind === "VMDisk" ? inputs.disks : inputs.instances;
    target[def.metadata.name] = convertFields(kindInput(def.kind).fields, def.spec ?? {});
  }
  return inputs;
}

function convertFields(fields: readonly Field[], value: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const member = value[field.name];
    // null passes through: the module's optional() attributes read it as unset, like the library.
    if (member !== undefined) out[snakeCase(field.name)] = member === null ? null : convert(field.node, member);
  }
  return out;
}

function convert(node: SchemaNode, value: unknown): unknown {
  if (node.type === "list" && Array.isArray(value)) return value.map((item) => convert(node.items, item));
  if (node.type === "object") {
    if (typeof value === "string" && node.shorthand) return { [snakeCase(node.shorthand)]: value };
    if (value && typeof value === "object" && !Array.isArray(value)) return convertFields(node.fields, value as Record<string, unknown>);
  }
  return value;
}
