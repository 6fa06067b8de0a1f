import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { definitionKey, type ResourceDefinition } from "../core/definition/resource-definition";
import { renderManifest, type KubernetesManifest } from "../core/render/render-manifest";
import type { Environment } from "../policy/environment";
import { API_VERSION } from "../core/schema/kinds";
import { adoptConflict, adoptExistingBlocks, adoptionBlocks, adoptionProblem } from "./adoption";
import { BACKEND_PROVIDERS, backendAddress, DEFAULT_BACKEND, resourceTypeOf, type Backend } from "./backend";
import { constructId } from "./construct-id";
import { READY_WAIT } from "./default-wait";
import { attachedDiskNames, diskDependencies, type DiskEntry } from "./disk-dependencies";
import { defaultDiskRole, preventsDestroy } from "./disk-protection";
import { externalAddressBlocks, isExternalSpec } from "./external-address";
import { FRAMEWORK_VERSION } from "./framework-version";
import { providerArguments, type ProviderSettings } from "./provider-block";
import { resourceBody } from "./resource-body";
import type { ResourceSettings } from "./resource-settings";
import { stableJson } from "./stable-json";

export interface StackJsonOptions {
  /** The stack's id: `"//".metadata.stackName` and the first segment of every construct path. */
  readonly stackName: string;
  /** As HikubeDefaults' `backend`. @default "kubernetes" */
  readonly backend?: Backend;
  /** As HikubeDefaults' `environment`: in production, data disks get prevent_destroy. */
  readonly environment?: Environment;
  /** As HikubeDefaults' `namespace`, for definitions that name none. */
  readonly namespace?: string;
  /** Every resource's `forceConflicts` option (kubernetes backend). @default true */
  readonly forceConflicts?: boolean;
  /** The provider block's cluster access. */
  readonly provider?: ProviderSettings;
  /** The local backend's state file, relative to the stack's directory. @default "terraform.tfstate" */
  readonly statePath?: string;
  /** As HikubeDefaults' `adoptFrom`: the backend the objects were applied with until now (import + removed blocks). */
  readonly adoptFrom?: Backend;
  /** As HikubeDefaults' `adopt`: the objects exist already, made without Terraform (an import block each). */
  readonly adopt?: boolean;
  /** Manifests already rendered from these very definitions (the caller's policies may have them). */
  readonly rendered?: ReadonlyMap<ResourceDefinition, KubernetesManifest>;
}

/**
 * The Terraform JSON that a cdktf 0.21 App writes for a stack holding a LocalBackend, the library's provider of
 * the backend (id = the provider's name), `HikubeDefaults.set(stack, { namespace, environment, backend })` and one
 * VmDisk or VmInstance per definition, with the construct ids of construct-id.ts and default options (wait for
 * Ready). Built without the framework: resource arguments, protection and ordering come from the same functions
 * the constructs call. `definitions` are construct-shaped (constructDefinition) and already valid.
 */
export function stackJson(definitions: readonly ResourceDefinition[], options: StackJsonOptions): Record<string, unknown> {
  const plan = planStack(definitions, options);
  if (!plan.resourceType) return plan.skeleton;
  const resources: Record<string, unknown> = {};
  for (const [id, entry] of plan.entries) resources[id] = entry();
  return { ...plan.skeleton, resource: { [plan.resourceType]: resources } };
}

/**
 * The stack without its resources, and each resource's attributes built on demand, so that a writer can hold one
 * resource's JSON at a time (a fleet's configuration is tens of megabytes).
 */
interface StackPlan {
  readonly skeleton: Record<string, unknown>;
  readonly resourceType?: string;
  readonly entries: ReadonlyMap<string, () => Record<string, unknown>>;
}

function planStack(definitions: readonly ResourceDefinition[], options: StackJsonOptions): StackPlan {
  const backend = options.backend ?? DEFAULT_BACKEND;
  const provider = BACKEND_PROVIDERS[backend];
  const namespaceOf = (def: ResourceDefinition) => def.metadata.namespace ?? options.namespace;
  const disks = new Set<string>();
  const seen = new Set<string>();
  for (const def of definitions) {
    const key = definitionKey({ kind: def.kind, metadata: { ...def.metadata, namespace: namespaceOf(def) } });
    if (namespaceOf(def) === undefined) throw new Error(`${def.kind}/${def.metadata.name}: no namespace: give one to the resource or to the stack`);
    if (seen.has(key)) throw new Error(`${key}: declared twice in the stack: both would be the same Terraform resource`);
    seen.add(key);
    if (def.kind === "VMDisk") disks.add(`${namespaceOf(def)}/${def.metadata.name}`);
  }
  const settings: ResourceSettings = { wait: READY_WAIT, ...(options.forceConflicts === false && { forceConflicts: false }) };
  const entries = new Map<string, () => Record<string, unknown>>();
  const entry = (def: ResourceDefinition, id: string, namespace: string) => (): Record<string, unknown> => {
    const withNamespace = withNamespaceOf(def, namespace);
    const manifest = options.rendered?.get(def) ?? renderManifest(withNamespace);
    const attributes: Record<string, unknown> = { ...resourceBody(backend, manifest, settings) };
    if (def.kind === "VMDisk") {
      if (preventsDestroy(defaultDiskRole(def.spec), undefined, options.environment)) attributes.lifecycle = { prevent_destroy: true };
    } else {
      const names = attachedDiskNames(def.spec.disks as readonly DiskEntry[] | undefined);
      attributes.depends_on = diskDependencies(names, (name) => (disks.has(`${namespace}/${name}`) ? backendAddress(backend, "VMDisk", namespace, name) : undefined));
    }
    // cdktf's element metadata: the construct path of the resource (the construct's child "Resource").
    attributes["//"] = { metadata: { path: `${options.stackName}/${id}/Resource`, uniqueId: id } };
    return attributes;
  };
  const adoptFrom = options.adoptFrom;
  const problem = adoptConflict(options.adopt, adoptFrom) ?? (adoptFrom !== undefined ? adoptionProblem(adoptFrom, backend) : undefined);
  if (problem) throw new Error(problem);
  const imports: unknown[] = [];
  const removed: unknown[] = [];
  // An external VM's address, as VmInstance adds it: a data source reading its Service and an output.
  const data: Record<string, Record<string, unknown>> = {};
  const outputs: Record<string, unknown> = {};
  const outputPaths: Record<string, unknown> = {};
  for (const def of definitions) {
    const namespace = namespaceOf(def)!;
    const id = constructId(withNamespaceOf(def, namespace));
    entries.set(id, entry(def, id, namespace));
    if (def.kind === "VMInstance" && isExternalSpec(def.spec)) {
      const blocks = externalAddressBlocks(backend, namespace, def.metadata.name);
      (data[blocks.dataType] ??= {})[blocks.dataName] = { "//": { metadata: { path: `${options.stackName}/${id}/ExternalService`, uniqueId: blocks.dataName } }, ...blocks.data };
      outputs[blocks.outputName] = { description: blocks.description, value: `\${${blocks.expression}}` };
      outputPaths[id] = { ExternalAddress: blocks.outputName };
    }
    if (adoptFrom !== undefined) {
      // In construct order, as cdktf concatenates each resource's blocks.
      const blocks = adoptionBlocks(adoptFrom, backend, def.apiVersion ?? API_VERSION, def.kind, namespace, def.metadata.name);
      imports.push(...blocks.import);
      removed.push(...blocks.removed);
    }
    if (options.adopt) imports.push(...adoptExistingBlocks(backend, def.apiVersion ?? API_VERSION, def.kind, namespace, def.metadata.name).import);
  }
  const skeleton = {
    "//": { metadata: { backend: "local", stackName: options.stackName, version: FRAMEWORK_VERSION }, outputs: Object.keys(outputPaths).length > 0 ? { [options.stackName]: outputPaths } : {} },
    ...(Object.keys(data).length > 0 && { data }),
    ...(imports.length > 0 && { import: imports }),
    ...(Object.keys(outputs).length > 0 && { output: outputs }),
    ...(removed.length > 0 && { removed }),
    provider: { [provider.name]: [providerArguments(options.provider ?? {})] },
    terraform: {
      backend: { local: { path: options.statePath ?? "terraform.tfstate" } },
      required_providers: { [provider.name]: { source: provider.source, version: provider.version } },
    },
  };
  return { skeleton, entries, ...(definitions.length > 0 && { resourceType: resourceTypeOf(backend) }) };
}

function withNamespaceOf(def: ResourceDefinition, namespace: string): ResourceDefinition {
  return def.metadata.namespace === undefined ? { ...def, metadata: { ...def.metadata, namespace } } : def;
}

/** cdk.tf.json's text: stackJson written as cdktf writes it. */
export function stackJsonText(definitions: readonly ResourceDefinition[], options: StackJsonOptions): string {
  return stableJson(stackJson(definitions, options));
}

/** Resources are written in batches of about this many characters. */
const BATCH = 1 << 20;

/**
 * Writes stackJsonText's bytes to `file` one resource at a time: the whole text (and the object it is made
 * from) never sits in memory, which for 10,000 VMs is most of the command's peak. The skeleton is written with a
 * marker per resource, each replaced by that resource's JSON, indented to its depth.
 */
export function writeStackJson(file: string, definitions: readonly ResourceDefinition[], options: StackJsonOptions): void {
  const plan = planStack(definitions, options);
  const ids = [...plan.entries.keys()];
  const marker = (i: number) => `\u0000hikube-resource:${i}`;
  const markers = Object.fromEntries(ids.map((id, i) => [id, marker(i)]));
  const skeleton = stableJson(plan.resourceType ? { ...plan.skeleton, resource: { [plan.resourceType]: markers } } : plan.skeleton);
  const found = [...skeleton.matchAll(/"\\u0000hikube-resource:(\d+)"/g)];
  // A provider setting that spells a marker itself: written whole instead (never seen in practice).
  if (found.length !== ids.length) return writeFileSync(file, stableJson(stackJson(definitions, options)));
  const fd = openSync(file, "w");
  try {
    let last = 0;
    let batch = "";
    for (const match of found) {
      const at = match.index ?? 0;
      const indent = skeleton.slice(skeleton.lastIndexOf("\n", at) + 1).match(/^ */)![0];
      batch += skeleton.slice(last, at) + stableJson(plan.entries.get(ids[Number(match[1])])!()).replace(/\n/g, `\n${indent}`);
      last = at + match[0].length;
      if (batch.length >= BATCH) {
        writeSync(fd, batch);
        batch = "";
      }
    }
    writeSync(fd, batch + skeleton.slice(last));
  } finally {
    closeSync(fd);
  }
}
