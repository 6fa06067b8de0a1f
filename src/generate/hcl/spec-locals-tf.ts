import type { Field } from "../../core/schema/schema-node";
import { alignAssignments, generatedHeader, snakeCase } from "./hcl-format";
import { kindInput } from "./kind-inputs";
import { flatVariableName } from "./module-variables";

/**
 * `spec.tf` of a flat module: its spec variables gathered into the object modules/manifests
 * takes, so adding a field to the schema needs no hand edit here.
 */
function specLocalsTf(local: string, fields: readonly Field[]): string {
  const lines = [
    generatedHeader("src/core/schema (see src/generate/hcl/spec-locals-tf.ts)").trimEnd(),
    "",
    "locals {",
    "  # This module's spec variables, as modules/manifests takes them.",
    `  ${local} = {`,
    ...fields.map((f) => `    ${snakeCase(f.name)} = var.${flatVariableName(f)}`),
    "  }",
    "}",
    "",
  ];
  return alignAssignments(lines.join("\n"));
}

export const vmDiskSpecTf = (): string => specLocalsTf("disk_spec", kindInput("VMDisk").fields);
export const vmInstanceSpecTf = (): string => specLocalsTf("instance_spec", kindInput("VMInstance").fields);
/** Without disks: the virtual-machine module builds the list from its system and data disks. */
export const virtualMachineSpecTf = (): string => specLocalsTf("instance_spec", kindInput("VMInstance").fields.filter((f) => f.name !== "disks"));
