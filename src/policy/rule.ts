import type { CatalogIndex } from "../core/catalog";
import type { CloudInitParse } from "../core/cloud-init";
import type { ResourceDefinition } from "../core/definition/resource-definition";
import type { KubernetesManifest } from "../core/render/render-manifest";
import type { KindName } from "../core/schema/kinds";
import type { SshKeyCheck } from "../core/ssh";
import type { Environment, RuleLevel } from "./environment";

/** One resource as rules see it: as written, and as the platform will receive it. */
export interface PolicyResource {
  /** As written: tells what the user set from what is a default. */
  readonly definition: ResourceDefinition;
  /** As rendered: defaults explicit, shorthands expanded, quantities canonical. */
  readonly manifest: KubernetesManifest;
  readonly kind: KindName;
  readonly name: string;
  /** "" when neither the definition nor the options give one. */
  readonly namespace: string;
  /** `VMDisk/tenant-a/data`, or `VMDisk/data` without a namespace (the waiver form). */
  readonly label: string;
}

/** A disk an instance names in `spec.disks`, in boot order. */
export interface DiskAttachmentRef {
  readonly name: string;
  /** Index in `spec.disks`. */
  readonly index: number;
}

/** An instance attaching a disk. */
export interface DiskUse {
  readonly instance: PolicyResource;
  readonly index: number;
}

/**
 * Everything a rule may look at: the whole set of resources with Map indexes (rules must stay
 * linear on fleets of thousands of VMs), the catalog and the environment. Expensive reads
 * (cloud-init parsing, SSH key decoding) are memoised per resource and shared by the rules.
 */
export interface RuleContext {
  readonly environment: Environment;
  readonly catalog: CatalogIndex;
  readonly resources: readonly PolicyResource[];
  readonly instances: readonly PolicyResource[];
  readonly disks: readonly PolicyResource[];
  /** The VMDisk of that namespace and name. */
  disk(namespace: string, name: string): PolicyResource | undefined;
  /** Every VMDisk of that name, whatever its namespace. */
  disksNamed(name: string): readonly PolicyResource[];
  /** Declared as existing outside this configuration (PolicyOptions.externalDisks). */
  isExternalDisk(namespace: string, name: string): boolean;
  /** The disks an instance names, in boot order. */
  attachments(instance: PolicyResource): readonly DiskAttachmentRef[];
  /** The instances naming a disk (same namespace), in declaration order. */
  usesOf(namespace: string, diskName: string): readonly DiskUse[];
  /** Disks named as a clone source (`source.disk.name`) in that namespace. */
  isCloneSource(namespace: string, diskName: string): boolean;
  /** The instance's cloudInit, parsed; undefined when it has none. */
  cloudInit(instance: PolicyResource): { readonly text: string; readonly parsed: CloudInitParse } | undefined;
  /** Each sshKeys item, checked. */
  sshKeys(instance: PolicyResource): readonly { readonly index: number; readonly check: SshKeyCheck }[];
}

/** What a rule reports; the engine turns it into a Finding with the rule's level. */
export interface RuleViolation {
  readonly resource: PolicyResource;
  /** e.g. `spec.disks[1].name`; "" for the whole resource. */
  readonly path: string;
  /** What is wrong and how to fix it, in one or two sentences. Never a secret. */
  readonly message: string;
  readonly suggestion?: string;
  readonly allowed?: string;
}

/**
 * A best-practice rule. All its metadata lives here, next to its check: the README table, the
 * SARIF rule descriptions and the inventory test are derived from it.
 */
export interface PolicyRule {
  /** Stable id, `HK001`. Never reused for another meaning. */
  readonly id: string;
  /** Short, imperative: what compliant looks like. */
  readonly title: string;
  /** The condition that triggers it. */
  readonly cause: string;
  /** Why it matters. */
  readonly explanation: string;
  /** How to fix it. */
  readonly remediation: string;
  readonly levels: Readonly<Record<Environment, RuleLevel>>;
  /** False when no reason is good enough (a private key in sshKeys). */
  readonly waivable: boolean;
  check(ctx: RuleContext): RuleViolation[];
}
