import { catalogIndex, type Catalog } from "../core/catalog";
import { parseCloudInit } from "../core/cloud-init";
import type { ResourceDefinition } from "../core/definition/resource-definition";
import { renderManifest, type KubernetesManifest } from "../core/render/render-manifest";
import { isKindName } from "../core/schema/kinds";
import { checkSshPublicKey } from "../core/ssh";
import type { Environment } from "./environment";
import type { DiskAttachmentRef, DiskUse, PolicyResource, RuleContext } from "./rule";

export interface ContextOptions {
  readonly environment: Environment;
  readonly catalog: Catalog;
  /** Namespace of definitions that name none (the CLI's --namespace, a stack's default). */
  readonly defaultNamespace?: string;
  /** Disks that exist outside this configuration: `name` (any namespace) or `namespace/name`. */
  readonly externalDisks?: Iterable<string>;
  /**
   * Manifests the caller already rendered (the constructs render each resource once), used
   * instead of rendering those definitions again.
   */
  readonly rendered?: ReadonlyMap<ResourceDefinition, KubernetesManifest>;
}

export function resourceLabelOf(kind: string, namespace: string, name: string): string {
  return namespace ? `${kind}/${namespace}/${name}` : `${kind}/${name}`;
}

const key = (namespace: string, name: string) => `${namespace}/${name}`;

/** Only what the engine can read: a known kind and a string name. Validation reports the rest. */
function isReadable(def: ResourceDefinition): boolean {
  const { metadata } = def;
  return (
    isKindName(def.kind) &&
    !!metadata &&
    typeof metadata.name === "string" &&
    (metadata.namespace === undefined || typeof metadata.namespace === "string") &&
    typeof (def.spec ?? {}) === "object"
  );
}

function toResource(def: ResourceDefinition, options: ContextOptions): PolicyResource {
  const { defaultNamespace } = options;
  const manifest = options.rendered?.get(def) ?? renderManifest(def, defaultNamespace === undefined ? {} : { defaultNamespace });
  const namespace = manifest.metadata.namespace ?? "";
  const name = def.metadata.name;
  return { definition: def, manifest, kind: def.kind, name, namespace, label: resourceLabelOf(def.kind, namespace, name) };
}

function attachmentsOf(resource: PolicyResource): DiskAttachmentRef[] {
  const disks = resource.manifest.spec.disks;
  if (!Array.isArray(disks)) return [];
  const out: DiskAttachmentRef[] = [];
  disks.forEach((item: unknown, index) => {
    const name = typeof item === "string" ? item : item && typeof item === "object" ? (item as Record<string, unknown>).name : undefined;
    if (typeof name === "string") out.push({ name, index });
  });
  return out;
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

/** Builds the indexes once; every lookup afterwards is a Map get. */
export function buildRuleContext(defs: readonly ResourceDefinition[], options: ContextOptions): RuleContext {
  const resources = defs.filter(isReadable).map((def) => toResource(def, options));
  const instances = resources.filter((r) => r.kind === "VMInstance");
  const disks = resources.filter((r) => r.kind === "VMDisk");

  const diskByKey = new Map<string, PolicyResource>();
  const disksByName = new Map<string, PolicyResource[]>();
  const cloneSources = new Set<string>();
  for (const d of disks) {
    // First wins: a duplicate is a validation error, not a policy matter.
    if (!diskByKey.has(key(d.namespace, d.name))) diskByKey.set(key(d.namespace, d.name), d);
    push(disksByName, d.name, d);
    const source = d.manifest.spec.source as Record<string, unknown> | undefined;
    const clone = source && typeof source === "object" ? (source.disk as Record<string, unknown> | undefined) : undefined;
    if (clone && typeof clone.name === "string") cloneSources.add(key(d.namespace, clone.name));
  }

  const attachmentsByInstance = new Map<PolicyResource, DiskAttachmentRef[]>();
  const uses = new Map<string, DiskUse[]>();
  for (const instance of instances) {
    const attached = attachmentsOf(instance);
    attachmentsByInstance.set(instance, attached);
    for (const a of attached) push(uses, key(instance.namespace, a.name), { instance, index: a.index });
  }

  const external = new Set(options.externalDisks ?? []);
  const cloudInits = new Map<PolicyResource, ReturnType<RuleContext["cloudInit"]>>();
  const sshKeyChecks = new Map<PolicyResource, ReturnType<RuleContext["sshKeys"]>>();

  return {
    environment: options.environment,
    catalog: catalogIndex(options.catalog),
    resources,
    instances,
    disks,
    disk: (namespace, name) => diskByKey.get(key(namespace, name)),
    disksNamed: (name) => disksByName.get(name) ?? [],
    isExternalDisk: (namespace, name) => external.has(name) || external.has(key(namespace, name)),
    attachments: (instance) => attachmentsByInstance.get(instance) ?? [],
    usesOf: (namespace, diskName) => uses.get(key(namespace, diskName)) ?? [],
    isCloneSource: (namespace, diskName) => cloneSources.has(key(namespace, diskName)),
    cloudInit(instance) {
      if (!cloudInits.has(instance)) {
        const text = instance.manifest.spec.cloudInit;
        cloudInits.set(instance, typeof text === "string" && text.trim() !== "" ? { text, parsed: parseCloudInit(text) } : undefined);
      }
      return cloudInits.get(instance);
    },
    sshKeys(instance) {
      let checks = sshKeyChecks.get(instance);
      if (!checks) {
        const keys = instance.manifest.spec.sshKeys;
        checks = Array.isArray(keys)
          ? keys.flatMap((k: unknown, index) => (typeof k === "string" ? [{ index, check: checkSshPublicKey(k) }] : []))
          : [];
        sshKeyChecks.set(instance, checks);
      }
      return checks;
    },
  };
}
