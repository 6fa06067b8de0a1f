import { KINDS, KindName } from "../../core/schema/kinds";
import type { Field } from "../../core/schema/schema-node";

/** How one kind appears in `modules/manifests`: a map variable of specs keyed by metadata.name. */
export interface KindInput {
  readonly kind: KindName;
  /** The variable: `disks` or `instances`. */
  readonly variable: string;
  /** The loop variable over its entries in generated expressions. */
  readonly item: string;
  readonly fields: readonly Field[];
  readonly maxNameLength: number;
}

export const KIND_INPUTS: readonly KindInput[] = [
  { kind: "VMDisk", variable: "disks", item: "disk", fields: KINDS.VMDisk.spec.fields, maxNameLength: KINDS.VMDisk.maxNameLength },
  { kind: "VMInstance", variable: "instances", item: "instance", fields: KINDS.VMInstance.spec.fields, maxNameLength: KINDS.VMInstance.maxNameLength },
];

export function kindInput(kind: KindName): KindInput {
  return KIND_INPUTS.find((k) => k.kind === kind) as KindInput;
}

/**
 * Defaults that another input can decide, so the HCL type must leave them null to tell
 * "not given" from "given the default": runStrategy defaults to Always unless `running` says
 * otherwise (as in renderSpec). Value: the HCL expression of the effective value.
 */
export const DERIVED_DEFAULTS: Readonly<Record<string, (item: string) => string>> = {
  runStrategy: (item) => `${item}.run_strategy != null ? ${item}.run_strategy : (${item}.running == false ? "Halted" : "Always")`,
};

/** The default a field's HCL type carries (undefined: none, the attribute is null when unset). */
export function hclDefault(field: Field): unknown {
  return DERIVED_DEFAULTS[field.name] ? undefined : field.default;
}
