import type { Severity } from "../core/findings/finding";

/** A plain JSON object (a Kubernetes manifest as Terraform holds it). */
export type JsonObject = { [key: string]: unknown };

/**
 * One Kubernetes object as one side of a diff sees it: where Terraform keeps it (stack and
 * address) and what it holds. Only what a source can tell is set: a state knows no lifecycle.
 */
export interface DiffResource {
  /** Stack (cdktf) or working directory the address lives in; "" for a single configuration. */
  readonly stack: string;
  /** Terraform address, e.g. `kubernetes_manifest.vmdisk_tenant-a_data`. */
  readonly address: string;
  /** Terraform resource type: `kubernetes_manifest` or `kubectl_manifest` (the two backends). */
  readonly type: string;
  /** The manifest with Terraform escapes undone; undefined when unknown (an expression, or known after apply). */
  readonly manifest?: JsonObject;
  /** `lifecycle.prevent_destroy`; undefined when the source cannot tell (a state or a plan). */
  readonly preventDestroy?: boolean;
  /**
   * Why the diff cannot read or identify this resource (a manifest that is a Terraform expression, a yaml_body
   * that is not one YAML mapping, no kind or name, an address declared twice ...): any change to it blocks.
   */
  readonly problem?: string;
  /** `depends_on`; undefined when the source cannot tell. */
  readonly dependsOn?: readonly string[];
  /**
   * How Terraform applies it (`field_manager.force_conflicts`, kubectl's `force_new` ...), as
   * effective values by path; undefined when the source cannot tell. See load/apply-settings.ts.
   */
  readonly settings?: Readonly<Record<string, unknown>>;
}

/** A Terraform `moved` block of the AFTER side: Terraform moves state instead of destroying. */
export interface MovedBlock {
  readonly stack: string;
  readonly from: string;
  readonly to: string;
  /**
   * Not a `moved` block but a `removed` (destroy = false) and an `import` of the same object, as a backend switch
   * writes them (HikubeDefaults `adoptFrom`): Terraform forgets `from` and adopts the live object as `to`.
   */
  readonly adoption?: boolean;
}

/** Where the Terraform state of one stack of a configuration lives: a stack rename or a backend change moves it. */
export interface StackState {
  /** The stack as resources name it ("" for a single configuration at the root of its folder). */
  readonly stack: string;
  /** `"//".metadata.stackName` of a cdktf (or `hikube-vm synth`) configuration, when it says. */
  readonly stackName?: string;
  /** `terraform.backend` of the configuration, as stable JSON; undefined when it declares none (local terraform.tfstate). */
  readonly backend?: string;
}

/** Everything one side of a diff holds. */
export interface ResourceSet {
  /** What was read, for messages: a path and its format. */
  readonly label: string;
  readonly resources: readonly DiffResource[];
  readonly moved: readonly MovedBlock[];
  /** The state location of each stack, for configurations (a state or a plan does not say). */
  readonly stacks?: readonly StackState[];
}

export type ChangeAction = "create" | "update" | "replace" | "delete";

/** One changed leaf (or list) of a manifest. An absent side means the field is absent there. */
export interface FieldChange {
  /** Dotted path with `[i]` indices, like findings: `spec.externalPorts`. */
  readonly path: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/**
 * What a change means on Hikube. `data-loss`, `impossible`, `unverified` and `state` block (exit 3); the others inform.
 * - data-loss: a VMDisk destroyed (deleted or replaced), or one object deleted and created at two addresses;
 * - impossible: the platform cannot apply it (storage shrink);
 * - unverified: the diff cannot read or identify the resource, so it cannot prove the change safe (fails closed);
 * - state: the Terraform state moves (stack renamed, backend changed): Terraform no longer knows the objects;
 * - ignored: accepted by the API, silently not applied (disk source or storageClass edited);
 * - disruptive: the VM restarts, stops or is recreated;
 * - exposure: more of the VM reachable from outside;
 * - protection: prevent_destroy added or removed;
 * - ordering: depends_on changed;
 * - address: the Terraform address changed (moved block, or delete + create of the same object).
 */
export type RiskType = "data-loss" | "impossible" | "unverified" | "state" | "ignored" | "disruptive" | "exposure" | "protection" | "ordering" | "address";

export const RISK_TYPES: readonly RiskType[] = ["data-loss", "impossible", "unverified", "state", "ignored", "disruptive", "exposure", "protection", "ordering", "address"];

/** The risk types that make `diff` and `plan-check` exit 3. */
export const BLOCKING_RISKS: ReadonlySet<RiskType> = new Set<RiskType>(["data-loss", "impossible", "unverified", "state"]);

export interface Risk {
  readonly type: RiskType;
  readonly severity: Severity;
  readonly message: string;
  /** The field it is about, when there is one. */
  readonly path?: string;
  /**
   * A stable name of what was found (`disk-deleted`, `unverified-resource`, `same-object-delete-create` ...), for
   * tools. Every rule of this package sets it (test/diff/fails-closed.test.ts checks); optional in the type so that
   * risks built elsewhere still compile.
   */
  readonly id?: string;
}

export interface Change {
  /** Stack of the resource; omitted in JSON when "". */
  readonly stack?: string;
  readonly address: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly action: ChangeAction;
  /** Changed fields (update and replace; empty for create and delete). */
  readonly fields: readonly FieldChange[];
  readonly risks: readonly Risk[];
  /** A short description of the object created or deleted, e.g. `100Gi replicated, empty`. */
  readonly detail?: string;
  /** Where Terraform moves the resource from (a moved block). */
  readonly movedFrom?: string;
}

export interface DiffSummary {
  readonly create: number;
  readonly update: number;
  readonly replace: number;
  readonly delete: number;
  readonly unchanged: number;
  /** Count of risks per type. */
  readonly risks: Readonly<Record<RiskType, number>>;
  /** True when a change destroys data or cannot be applied: exit 3. */
  readonly blocking: boolean;
}

export interface DiffResult {
  readonly changes: readonly Change[];
  readonly summary: DiffSummary;
}

/** Exit codes of `diff` and `plan-check`. */
export const DIFF_EXIT = { ok: 0, unreadable: 1, usage: 2, blocking: 3 } as const;

/** Shown in place of a value Terraform only knows after apply (plans). */
export const KNOWN_AFTER_APPLY = "(known after apply)";
