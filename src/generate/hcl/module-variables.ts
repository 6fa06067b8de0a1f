import { KINDS } from "../../core/schema/kinds";
import type { Field, SchemaNode } from "../../core/schema/schema-node";
import { DNS_1035_ALLOWED } from "../../core/validation/name-checks";
import { dnsLabelJson, fastPathLocals } from "./fast-path";
import { hclRegex } from "./js-regex-hcl";
import { fieldRules } from "./field-checks";
import { generatedHeader, hclLiteral, snakeCase } from "./hcl-format";
import { typeLines, objectTypeLines } from "./hcl-types";
import { hclDefault, KIND_INPUTS, KindInput, kindInput } from "./kind-inputs";
import { attributeLines, fieldNotes } from "./spec-description";
import { variableBlock, VariableSpec } from "./variable-block";
import { applyVariables, Backend, timeoutsVariable, waitVariable } from "./backend-variables";
import { InputObject, inputsLocals, normalisedObject, valueProblems } from "./strict-inputs";

/**
 * The variables.tf of every module, generated: the spec types come from the schema, so an
 * HCL user and a TypeScript user see the same fields, defaults and rules.
 */
export const ENVIRONMENTS = ["development", "staging", "production"] as const;

const namespaceVariable: VariableSpec = {
  name: "namespace",
  description: "Tenant namespace of every resource (metadata.namespace), e.g. tenant-foo.",
  type: ["string"],
  validations: [
    {
      condition: 'can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", var.namespace)) && length(var.namespace) <= 63',
      message: '"Invalid namespace: \\"${var.namespace}\\" must be a DNS-1123 label (lowercase letters, digits and \'-\', at most 63 characters), e.g. tenant-foo."',
    },
  ],
};

const environmentVariable: VariableSpec = {
  name: "environment",
  description: `Environment whose policy levels apply (${ENVIRONMENTS.join(", ")}): HK001-HK004 at level error fail the plan, at level warning they warn.`,
  type: ["string"],
  default: '"development"',
  nonNullable: true,
  validations: [
    {
      condition: `contains([${ENVIRONMENTS.map((e) => `"${e}"`).join(", ")}], var.environment)`,
      message: `"Invalid environment: \\"\${var.environment}\\" must be one of ${ENVIRONMENTS.join(", ")}."`,
    },
  ],
};

const CATALOG_FILE_KEYS = ["$schema", "name", "description", "extends", "instanceTypes", "profiles", "images", "storageClasses"];
const CATALOG_SECTIONS = ["instanceTypes", "profiles", "images", "storageClasses"];

/** The catalog choice, as HikubeDefaults takes it: a built-in's name or a catalog file's entries. */
const catalogVariable: VariableSpec = {
  name: "catalog",
  description:
    'The catalog instance types, profiles, images and storage classes are checked against: "hikube" (the default) or "cozystack", or a catalog file\'s entries, e.g. yamldecode(file("catalog.yaml")): a full catalog, or extends plus entries added or replaced by name.',
  type: ["any"],
  default: '"hikube"',
  nonNullable: true,
  validations: [
    {
      condition: `can(tostring(var.catalog)) ? contains(keys(local.builtin_catalogs), tostring(var.catalog)) : (can(keys(var.catalog)) && length(setsubtract(try(keys(var.catalog), []), [${CATALOG_FILE_KEYS.map((k) => `"${k}"`).join(", ")}])) == 0 && contains(concat([""], keys(local.builtin_catalogs)), try(tostring(var.catalog.extends), "")) && alltrue([for s in [${CATALOG_SECTIONS.map((k) => `"${k}"`).join(", ")}] : alltrue([for e in try(var.catalog[s], []) : can(regex("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", e.name))])]))`,
      message: `"Invalid catalog: must be \\"hikube\\" or \\"cozystack\\", or a catalog file's entries (attributes ${CATALOG_FILE_KEYS.slice(1).join(", ")}; extends one of hikube, cozystack; each entry with a name such as u1.large)."`,
    },
  ],
};

const QUALIFIED_NAME = "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$";

/** labels / annotations of every resource the module creates (metadata), as the constructs take them. */
function metadataVariable(name: "labels" | "annotations"): VariableSpec {
  const keyOk = `can(regex("${QUALIFIED_NAME}", k)) && length(split("/", k)[length(split("/", k)) - 1]) <= 63`;
  const valueOk = name === "labels" ? ` && can(regex("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", v)) && length(v) <= 63` : "";
  return {
    name,
    description:
      name === "labels"
        ? "Labels of every resource this module creates (metadata.labels), e.g. { team = \"web\" }: keys are qualified names (an optional DNS prefix and /, then at most 63 letters, digits, dashes, underscores or dots), values at most 63 such characters."
        : "Annotations of every resource this module creates (metadata.annotations): keys are qualified names, values any text.",
    type: ["map(string)"],
    default: "{}",
    nonNullable: true,
    validations: [
      {
        condition: `alltrue([for k, v in var.${name} : ${keyOk}${valueOk}])`,
        message: `"Invalid ${name} \${join(", ", [for k, v in var.${name} : "\\"\${k}\\"" if !(${keyOk}${valueOk})])}: ${name === "labels" ? "keys must be qualified names (an optional DNS prefix and /, then at most 63 letters, digits, dashes, underscores or dots, starting and ending with a letter or digit) and values at most 63 such characters" : "keys must be qualified names (an optional DNS prefix and /, then at most 63 letters, digits, dashes, underscores or dots, starting and ending with a letter or digit)"}."`,
      },
    ],
  };
}

/** catalog, labels and annotations as a module passes them on to modules/manifests (which validates them). */
const passedOn = (spec: VariableSpec): VariableSpec => ({ ...spec, validations: [] });
export const METADATA_AND_CATALOG: readonly VariableSpec[] = [catalogVariable, metadataVariable("labels"), metadataVariable("annotations")];

/** Extra checks that are not in the schema but in validateDefinition (instance-checks.ts). */
const EXTRA_RULES: Record<string, { label: string; condition: (item: string) => string; message: string }[]> = {
  VMInstance: [
    {
      label: "running",
      condition: (i) => `${i}.running == null || ${i}.run_strategy == null ? true : (${i}.running ? ${i}.run_strategy != "Halted" : ${i}.run_strategy == "Halted")`,
      message: "contradicts run_strategy (running true means Always, false means Halted): give run_strategy alone",
    },
    // The vm-instance chart sizes a VM from resources only as a whole (see checkResources in instance-checks.ts).
    {
      label: "resources",
      condition: (i) => `${i}.instance_type != "" || (${i}.resources.cpu != null && ${i}.resources.sockets != null && ${i}.resources.memory != null)`,
      message: "must set cpu, sockets and memory when instance_type is empty: the platform fails the VM after apply otherwise",
    },
    {
      label: "resources",
      condition: (i) => `${i}.instance_type == "" || contains([0, 3], length([for v in [${i}.resources.cpu, ${i}.resources.sockets, ${i}.resources.memory] : v if v != null]))`,
      message: "overrides the instance type only as a whole: set cpu, sockets and memory, or none of them (a partial set fails the VM after apply)",
    },
  ],
};

/** The object node of a kind's spec entries, for the strict-input checks. */
const specObject = (input: KindInput): SchemaNode => ({ type: "object", typeName: input.kind, fields: input.fields });

/** An entry of a spec map as template text: `disks["web"]`. */
const entryPath = (variable: string) => `${variable}[\\"\${name}\\"]`;

/**
 * HCL of every problem line of the raw (any-typed) map `var.<variable>`: unknown attributes, wrong types.
 * try() and can() inside the loop read only the loop's `entry`, never `var.<variable>[name]`: each
 * try() first walks every value its expression names to see whether it is known, so naming the
 * whole map there costs the map's size per call (quadratic at fleet scale).
 */
function specMapProblems(input: KindInput): string {
  const { variable } = input;
  const entry = valueProblems(specObject(input), "entry", entryPath(variable), variable, 0, false);
  // The outer for-if skips the try() on the fast path: try() first walks every value its expression names.
  return `flatten([for slow in [!local.fast] : flatten(try([for name, entry in var.${variable} : ${entry}], [])) if slow])`;
}

/**
 * The spec map read with the shape and defaults the old map(object(optional(...))) type gave:
 * `local.<variable>_given` in inputs.tf (what the field rules read; `local.<variable>`, what
 * render.tf and the policies read, is the same map when the inputs have no problem).
 */
export function normalisedSpecMap(input: KindInput): string {
  return `merge([for slow in [!local.fast] : try({ for name, entry in var.${input.variable} : name => ${normalisedObject(input.fields, "entry", true, 0)} }, {}) if slow]...)`;
}

/** Every field rule of a kind, schema-derived then the extra ones, over the loop variable `input.item`. */
function specRules(input: KindInput): { label: string; condition: string; message: string }[] {
  return [
    ...fieldRules(input),
    ...(EXTRA_RULES[input.kind] ?? []).map((r) => ({ label: r.label, condition: r.condition(input.item), message: r.message })),
  ];
}

/**
 * HCL list of every problem line of `var.<variable>`'s entries: unknown attributes and wrong types
 * (strict-inputs.ts), then the field rules over the normalised map. A local, computed once per
 * walk and reported by one precondition of output.manifests: as variable validations they cost
 * twice (Terraform evaluates a validation's error_message even when its condition holds, and a
 * validation cannot read a local derived from its own variable, so each one recomputed the
 * normalised map). for-if filters: only a failing rule builds its line (HCL evaluates both
 * results of a conditional).
 */
export function specMapProblemsLocal(input: KindInput): string {
  const { variable, item } = input;
  const lines = specRules(input).map((r) => `[for ok in [${r.condition}] : ${entryLine(variable, r.label, r.message)} if !ok]`);
  return `concat(${specMapProblems(input)}, flatten([for name, ${item} in local.${variable}_given : [${lines.join(", ")}]]))`;
}

/** The `disks` / `instances` map variable of modules/manifests, with the validations of the map itself. */
function specMapVariable(input: KindInput, validated: boolean): VariableSpec {
  const { variable } = input;
  const nameCondition = `can(regex("^[a-z]([-a-z0-9]*[a-z0-9])?$", name)) && length(name) <= ${input.maxNameLength}`;
  // One regex over the names as a JSON list (unambiguous: a quote or newline in a name is escaped), not one
  // per name; the names read by a for expression, which does not walk every entry's value as keys() does.
  const label = dnsLabelJson(input.maxNameLength);
  const listed = `jsonencode([for name, entry in var.${variable} : name if try(name == tostring(name), false)])`;
  const allValid = `can(regex(${hclRegex(`^\\[(?:${label}(?:,${label})*)?\\]$`)}, ${listed}))`;
  const names = `try(keys(var.${variable}), [])`;
  return {
    name: variable,
    description: [
      `${input.kind}s by name (metadata.name: a DNS-1035 label of at most ${input.maxNameLength} characters). Each creates ${KINDS[input.kind].creates}.`,
      "Attributes (the API fields in snake_case; an unknown attribute is an error):",
      ...attributeLines(input.fields),
    ].join("\n"),
    type: ["any"],
    default: "{}",
    nonNullable: true,
    // The entries' attributes are checked in inputs.tf (local.input_problems; output.manifests fails on them).
    validations: validated
      ? [
          {
            // Typed `any` so that an unknown attribute is an error rather than dropped: the types are checked in inputs.tf.
            condition: `can(keys(var.${variable}))`,
            message: `"Invalid ${variable}: must be a map of ${input.kind} specs by name, e.g. { web = { ... } }."`,
          },
          {
            condition: allValid,
            message: `"Invalid ${variable} key(s) \${join(", ", [for name in flatten([${allValid} ? [] : ${names}]) : "\\"\${name}\\"" if !(${nameCondition})])}: a ${input.kind} name must be a DNS-1035 label (${DNS_1035_ALLOWED}) of at most ${input.maxNameLength} characters."`,
          },
        ]
      : [],
  };
}

/** One problem line of an entry: `"Invalid disks[\"web\"].storage: must ...."`. */
function entryLine(variable: string, label: string, what: string): string {
  return `"Invalid ${entryPath(variable)}${label ? `.${label}` : ""}: ${what}."`;
}

/** Terraform reserves some variable names in module blocks (`source`, `count`, ...). */
const RESERVED_VARIABLE_NAMES: Readonly<Record<string, string>> = { source: "disk_source" };

/** The variable name of a spec field in the flat modules (vm-disk, vm-instance, virtual-machine). */
export function flatVariableName(field: Field): string {
  const name = snakeCase(field.name);
  return RESERVED_VARIABLE_NAMES[name] ?? name;
}

/** A spec field as a flat module variable. */
function fieldVariable(field: Field): VariableSpec {
  const fallback = hclDefault(field);
  return strict(
    {
      name: flatVariableName(field),
      // A sentence of its own: a parenthesis after the description's period (or after its own) reads as glued.
      description: `${field.description} Type: ${fieldNotes(field)}.`,
      type: typeLines(field.node, ""),
      default: hclLiteral(fallback ?? null),
      nonNullable: fallback !== undefined,
    },
    field.node,
  );
}

function objectNodeOf(node: SchemaNode): Extract<SchemaNode, { type: "object" }> | undefined {
  if (node.type === "object") return node;
  if (node.type === "list") return objectNodeOf(node.items);
  return undefined;
}

/**
 * A variable whose value holds objects, made strict: typed `any` (an object type would drop
 * unknown attributes without a word) with a validation naming each unknown attribute, with the
 * closest known name, and each value of the wrong type. Scalar variables keep their type.
 */
function strict(spec: VariableSpec, node: SchemaNode): VariableSpec {
  const object = objectNodeOf(node);
  if (!object || object.fields.length === 0) return spec;
  const problems = valueProblems(node, `var.${spec.name}`, spec.name, spec.name, 0, spec.default !== undefined);
  return {
    ...spec,
    description: `${spec.description}${spec.description.includes("\n") ? "\n" : " "}An unknown attribute is an error.`,
    type: ["any"],
    strictFields: object.fields,
    validations: [...(spec.validations ?? []), { condition: `length(${problems}) == 0`, message: `join("\\n", ${problems})` }],
  };
}

/** inputs.tf of a flat module: the name tables of its strict variables, and `extra` locals. */
function flatInputsTf(variables: readonly VariableSpec[], extra: readonly string[] = []): string {
  const roots: InputObject[] = variables.filter((v) => v.strictFields).map((v) => ({ id: v.name, fields: v.strictFields as Field[] }));
  return `${generatedHeader("src/core/schema (see src/generate/hcl/strict-inputs.ts)")}\n${inputsLocals(roots, extra)}`;
}

const nameVariable = (kind: string, max: number): VariableSpec => ({
  name: "name",
  description: `metadata.name of the ${kind}: a DNS-1035 label of at most ${max} characters.`,
  type: ["string"],
});

function file(variables: readonly VariableSpec[]): string {
  return `${generatedHeader("src/core/schema (see src/generate/hcl/module-variables.ts)")}\n${variables.map(variableBlock).join("\n\n")}\n`;
}

export function manifestsVariablesTf(): string {
  return file([namespaceVariable, environmentVariable, catalogVariable, metadataVariable("labels"), metadataVariable("annotations"), ...KIND_INPUTS.map((k) => specMapVariable(k, true))]);
}

/** modules/stack (modules/kubectl-stack): the same maps (validated inside modules/manifests) plus resource options. */
export function stackVariablesTf(backend: Backend = "kubernetes"): string {
  return file([
    namespaceVariable,
    environmentVariable,
    ...METADATA_AND_CATALOG.map(passedOn),
    ...KIND_INPUTS.map((k) => specMapVariable(k, false)),
    {
      name: "prevent_destroy_disks",
      description: "Names of VMDisks that terraform must refuse to destroy (prevent_destroy): disks that hold data. Adding or removing an existing disk moves the disk between the resources disk and protected_disk, which destroys it and its data unless a moved block covers the move (hikube-vm plan-check flags it).",
      type: ["set(string)"],
      default: "[]",
      nonNullable: true,
    },
    waitVariable(backend, "disk_wait", "a VMDisk"),
    waitVariable(backend, "instance_wait", "a VMInstance"),
    timeoutsVariable(backend, "disk_timeouts", "a VMDisk"),
    timeoutsVariable(backend, "instance_timeouts", "a VMInstance"),
    ...applyVariables(backend),
  ]);
}

function vmDiskVariables(backend: Backend): VariableSpec[] {
  const input = kindInput("VMDisk");
  return [
    nameVariable("VMDisk", input.maxNameLength),
    namespaceVariable,
    environmentVariable,
    ...METADATA_AND_CATALOG.map(passedOn),
    ...input.fields.map(fieldVariable),
    { name: "prevent_destroy", description: "Refuse to destroy the disk (prevent_destroy). Set it on disks that hold data. Changing it on an existing disk moves the disk between the resources disk and protected_disk, which destroys it and its data unless a moved block covers the move (hikube-vm plan-check flags it).", type: ["bool"], default: "false", nonNullable: true },
    waitVariable(backend, "wait", "the VMDisk"),
    timeoutsVariable(backend, "timeouts", "the VMDisk"),
    ...applyVariables(backend),
  ];
}

export const vmDiskVariablesTf = (backend: Backend = "kubernetes"): string => file(vmDiskVariables(backend));
export const vmDiskInputsTf = (): string => flatInputsTf(vmDiskVariables("kubernetes"));

function vmInstanceVariables(backend: Backend): VariableSpec[] {
  const input = kindInput("VMInstance");
  return [
    nameVariable("VMInstance", input.maxNameLength),
    namespaceVariable,
    environmentVariable,
    ...METADATA_AND_CATALOG.map(passedOn),
    ...input.fields.map(fieldVariable),
    waitVariable(backend, "wait", "the VMInstance"),
    timeoutsVariable(backend, "timeouts", "the VMInstance"),
    ...applyVariables(backend),
  ];
}

export const vmInstanceVariablesTf = (backend: Backend = "kubernetes"): string => file(vmInstanceVariables(backend));
export const vmInstanceInputsTf = (): string => flatInputsTf(vmInstanceVariables("kubernetes"));

function virtualMachineInputs(backend: Backend): { variables: VariableSpec[]; locals: string[] } {
  const instance = kindInput("VMInstance");
  const disk = kindInput("VMDisk");
  const diskField = (name: string) => disk.fields.find((f) => f.name === name) as Field;
  const bus = (instance.fields.find((f) => f.name === "disks") as Field).node;
  const busNode = bus.type === "list" && bus.items.type === "object" ? (bus.items.fields.find((f) => f.name === "bus") as Field) : undefined;
  const diskAttrs = (extra: Field[]): Field[] => [
    { name: "name", description: "Name of the VMDisk.", node: { type: "string" } },
    ...extra,
    diskField("source"),
    diskField("storage"),
    diskField("storageClass"),
    ...(busNode ? [busNode] : []),
    { name: "preventDestroy", description: "Refuse to destroy the disk (prevent_destroy). Changing it on an existing disk moves the disk between the resources disk and protected_disk, which destroys it and its data unless a moved block covers the move (hikube-vm plan-check flags it).", default: false, node: { type: "boolean" } },
  ];
  // Nested attributes carry no defaults in typeLines; the module fills them in (see main.tf).
  const systemDisk = diskAttrs([{ name: "image", description: "Golden image to boot from, e.g. ubuntu-2404: shorthand for source.image.name.", node: { type: "string" } }]);
  const busFields = bus.type === "list" && bus.items.type === "object" ? bus.items.fields : [];
  const listOf = (fields: readonly Field[]): SchemaNode => ({ type: "list", items: { type: "object", typeName: "Disk", fields } });
  const variables = [
    nameVariable("VMInstance", instance.maxNameLength),
    namespaceVariable,
    environmentVariable,
    ...METADATA_AND_CATALOG.map(passedOn),
    strict(
      {
        name: "system_disk",
        description: ["The disk the VM boots from (VMDisk <name>-system unless named):", ...attributeLines(systemDisk)].join("\n"),
        type: objectTypeLines(systemDisk, "", true),
      },
      { type: "object", typeName: "SystemDisk", fields: systemDisk },
    ),
    strict({
      name: "data_disks",
      description: ["Data disks, attached after the system disk: a single one is VMDisk <name>-data unless named; with two or more, each needs a name, so that removing one never renames (and so destroys) another:", ...attributeLines(diskAttrs([]))].join("\n"),
      type: wrapList(objectTypeLines(diskAttrs([]), "", true)),
      default: "[]",
      nonNullable: true,
      // As the VirtualMachine construct: positional names would shift when a disk is removed.
      validations: [
        {
          condition: "try(length(var.data_disks) < 2 || alltrue([for d in var.data_disks : try(d.name, null) != null]), true)",
          message:
            'try(join("\\n", [for i, d in var.data_disks : "Invalid data_disks[${i}].name: no name, and there are ${length(var.data_disks)} data disks: each needs one, so that removing a disk never renames another (name = \\"${var.name}-${i == 0 ? "data" : "data-${i + 1}"}\\" keeps the disk this entry makes today)." if try(d.name, null) == null]), "")',
        },
      ],
    }, listOf(diskAttrs([]))),
    strict({
      name: "extra_disks",
      description: "VMDisks declared elsewhere, attached after the data disks: objects { name, bus }.",
      type: bus.type === "list" ? typeLines(bus, "") : ["list(object({ name = string }))"],
      default: "[]",
      nonNullable: true,
    }, listOf(busFields)),
    ...instance.fields.filter((f) => f.name !== "disks").map(fieldVariable),
    waitVariable(backend, "wait", "the VMInstance"),
    waitVariable(backend, "disk_wait", "each VMDisk"),
    timeoutsVariable(backend, "timeouts", "the VMInstance"),
    timeoutsVariable(backend, "disk_timeouts", "each VMDisk"),
    ...applyVariables(backend),
  ];
  // main.tf reads the disks through these: every attribute present, the defaults filled in.
  const locals = [
    "",
    "  # The disk inputs with every attribute present and the defaults filled in (main.tf reads these).",
    `  system_disk = ${normalisedObject(systemDisk, "var.system_disk", true, 0)}`,
    `  data_disks  = [for d in var.data_disks : ${normalisedObject(diskAttrs([]), "d", true, 1)}]`,
    `  extra_disks = [for d in var.extra_disks : ${normalisedObject(busFields, "d", false, 1)}]`,
  ];
  return { variables, locals };
}

export const virtualMachineVariablesTf = (backend: Backend = "kubernetes"): string => file(virtualMachineInputs(backend).variables);
export function virtualMachineInputsTf(): string {
  const { variables, locals } = virtualMachineInputs("kubernetes");
  return flatInputsTf(variables, locals);
}

function wrapList(lines: string[]): string[] {
  const out = [...lines];
  out[0] = `list(${out[0]}`;
  out[out.length - 1] = `${out[out.length - 1]})`;
  return out;
}


/**
 * inputs.tf of modules/manifests: the name tables of the strict-input checks, and the spec maps
 * as the module reads them (normalised: every attribute present, defaults filled in).
 */
export function manifestsInputsTf(): string {
  const roots: InputObject[] = KIND_INPUTS.map((k) => ({ id: k.variable, fields: k.fields }));
  const maps = KIND_INPUTS.flatMap((k) => [
    "",
    `  # var.${k.variable} with every attribute present and the defaults filled in.`,
    `  ${k.variable}_given = ${normalisedSpecMap(k)}`,
    `  # Problems of var.${k.variable}'s entries: unknown attributes, wrong types, then the field rules.`,
    `  ${k.variable}_problems = ${specMapProblemsLocal(k)}`,
  ]);
  const gate = [
    "",
    "  # Every problem line of the inputs: output.manifests fails with them all (outputs.tf).",
    `  input_problems = concat(${KIND_INPUTS.map((k) => `local.${k.variable}_problems`).join(", ")})`,
    "  # The maps render.tf and the policies read: empty when an input has a problem (nothing is rendered then).",
    ...KIND_INPUTS.map((k) => `  ${k.variable} = { for name, entry in local.${k.variable}_given : name => entry if length(local.input_problems) == 0 }`),
  ];
  return `${generatedHeader("src/core/schema (see src/generate/hcl/strict-inputs.ts and fast-path.ts)")}\n${inputsLocals(roots, ["", ...fastPathLocals(), ...maps, ...gate])}`;
}
