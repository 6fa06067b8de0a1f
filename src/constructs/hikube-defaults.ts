import { TerraformStack } from "./framework";
import { IConstruct } from "constructs";
import { HIKUBE_CATALOG, Catalog } from "../core/catalog";
import type { Environment } from "../policy/environment";
import { DEFAULT_BACKEND, isBackend, type Backend } from "../terraform/backend";
import { preventsDestroy } from "../terraform/disk-protection";

export interface HikubeDefaultsProps {
  /**
   * Namespace of every resource of the stack that names none (a tenant namespace).
   * @default - none: each resource must name its namespace
   */
  readonly namespace?: string;
  /**
   * Catalog that instance types, profiles, images and storage classes are checked against.
   * @default HIKUBE_CATALOG
   */
  readonly catalog?: Catalog;
  /**
   * Where the stack deploys. In `production`, data disks (VirtualMachine `dataDisks`, and
   * VmDisks with `role: "data"`, by default those that start empty or wait for an upload) get
   * `prevent_destroy` unless they say `preventDestroy: false`.
   * @default - none (no environment-dependent default)
   */
  readonly environment?: Environment;
  /**
   * Which Terraform resource carries the stack's VMDisks and VMInstances:
   * - `"kubernetes"`: `kubernetes_manifest` (hashicorp/kubernetes), field-level plans; the provider lists every
   *   CustomResourceDefinition of the cluster at plan time, which Cozystack's tenant roles do not allow;
   * - `"kubectl"`: `kubectl_manifest` (alekc/kubectl, as in Hikube's own Terraform guide), no CRD access needed;
   *   add a `KubectlProvider` to the stack.
   * Same objects, same address scheme (`<type>.<kind>_<namespace>_<name>`), same ordering and protection.
   * @default "kubernetes"
   */
  readonly backend?: Backend;
  /**
   * The backend the stack's objects were applied with until now, when `backend` changes: every resource also
   * writes an `import` block (adopt the live object under the new resource) and a `removed` block with
   * `destroy = false` (forget the old resource without destroying the object), so that Terraform (1.7 or later)
   * switches backend without destroying a disk or a VM. Drop it once that plan is applied.
   * @default - none: a backend switch would destroy and recreate every object (hikube-vm diff blocks it)
   */
  readonly adoptFrom?: Backend;
}

type ResolvedDefaults = Readonly<Required<Pick<HikubeDefaultsProps, "catalog" | "backend">> & HikubeDefaultsProps>;

/** A default a resource may be built from. */
export type DefaultsKey = keyof HikubeDefaultsProps;

const DEFAULTS_KEYS: readonly DefaultsKey[] = ["namespace", "catalog", "environment", "backend", "adoptFrom"];

/** What a late change of each default would leave behind in a resource built before it. */
const LEFT_BEHIND: Readonly<Record<DefaultsKey, string>> = {
  namespace: "would keep the namespace (and address) it was created with",
  catalog: "would be checked against the earlier catalog",
  environment: "would keep the prevent_destroy it was created with (none on a data disk, for a production environment set late)",
  backend: "would keep the resource type it was created with",
  adoptFrom: "would keep the import and removed blocks it was created with",
};

interface DefaultsUse {
  readonly construct: IConstruct;
  /** `VMDisk/tenant-a/web-data`. */
  readonly label: string;
  readonly keys: readonly DefaultsKey[];
}

const defaultsByStack = new WeakMap<TerraformStack, ResolvedDefaults>();
const usesByStack = new WeakMap<TerraformStack, DefaultsUse[]>();

/**
 * Stack-wide defaults for Hikube resources. Set them before creating the resources: each resource is built from
 * the defaults of the moment, so a later `set` that would change one already created fails and says where to move it.
 */
export class HikubeDefaults {
  static set(scope: IConstruct, props: HikubeDefaultsProps): void {
    for (const key of ["backend", "adoptFrom"] as const) {
      if (props[key] !== undefined && !isBackend(props[key])) {
        throw new Error(`HikubeDefaults: unknown ${key} ${JSON.stringify(props[key])}: expected "kubernetes" or "kubectl"`);
      }
    }
    const stack = TerraformStack.of(scope);
    const current = HikubeDefaults.of(stack);
    const next: ResolvedDefaults = { ...current, ...props, catalog: props.catalog ?? current.catalog, backend: props.backend ?? current.backend };
    const changed = DEFAULTS_KEYS.filter((key) => effect(key, next) !== effect(key, current));
    if (changed.length > 0) refuseLateChange(stack, changed);
    defaultsByStack.set(stack, next);
  }

  static of(scope: IConstruct): ResolvedDefaults {
    return defaultsByStack.get(TerraformStack.of(scope)) ?? { catalog: HIKUBE_CATALOG, backend: DEFAULT_BACKEND };
  }
}

/**
 * Records that `construct` (a resource, `label` as findings name it) was built from these defaults of its stack,
 * so that a later `HikubeDefaults.set` that changes one fails instead of leaving the resource as it was.
 */
export function recordDefaultsUse(construct: IConstruct, label: string, keys: readonly DefaultsKey[]): void {
  const stack = TerraformStack.of(construct);
  let uses = usesByStack.get(stack);
  if (!uses) usesByStack.set(stack, (uses = []));
  uses.push({ construct, label, keys });
}

/** What resources take from a default: a data disk only whether the environment protects it. */
function effect(key: DefaultsKey, defaults: ResolvedDefaults): unknown {
  return key === "environment" ? preventsDestroy("data", undefined, defaults.environment) : defaults[key];
}

function refuseLateChange(stack: TerraformStack, changed: readonly DefaultsKey[]): void {
  const affected = (usesByStack.get(stack) ?? []).filter((use) => use.keys.some((key) => changed.includes(key)));
  if (affected.length === 0) return;
  const first = affected[0];
  const key = changed.find((k) => first.keys.includes(k)) as DefaultsKey;
  const others = affected.length > 1 ? ` (and ${affected.length - 1} other resource${affected.length > 2 ? "s" : ""})` : "";
  throw new Error(
    `HikubeDefaults.set(${JSON.stringify(stack.node.path)}): ${key} changes after ${first.label} (${first.construct.node.path})${others} was created ` +
      `from the earlier defaults; it ${LEFT_BEHIND[key]}. Call HikubeDefaults.set before the stack's first resource, ` +
      `right after new TerraformStack(...), or give the setting to each resource.`,
  );
}
