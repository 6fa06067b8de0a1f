import { TerraformStack } from "./framework";
import { IConstruct } from "constructs";
import { HIKUBE_CATALOG, Catalog } from "../core/catalog";
import { readProps } from "../core/errors/read-props";
import type { Environment } from "../policy/environment";
import { DEFAULT_BACKEND, isBackend, type Backend } from "../terraform/backend";
import { preventsDestroy } from "../terraform/disk-protection";
import { DEFAULTS_KEYS, lateChangeProblem, type DefaultsKey } from "./defaults-uses";

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
  /**
   * Every resource of the stack exists already, made without Terraform (kubectl, the dashboard): each writes an
   * `import` block, so the first plan imports the objects instead of creating them (`hikube-vm import --adopt`
   * writes it). A resource's own `adopt` overrides it. Drop it once that plan is applied.
   * @default false
   */
  readonly adopt?: boolean;
}

type ResolvedDefaults = Readonly<Required<Pick<HikubeDefaultsProps, "catalog" | "backend">> & HikubeDefaultsProps>;

const defaultsByStack = new WeakMap<TerraformStack, ResolvedDefaults>();

/**
 * Stack-wide defaults for Hikube resources. Set them before creating the resources: each resource is built from
 * the defaults of the moment, so a later `set` that would change one already created fails and says where to move it.
 */
export class HikubeDefaults {
  static set(scope: IConstruct, props: HikubeDefaultsProps): void {
    props = readProps("HikubeDefaults.set", props); // junk props: one HikubeError naming the field
    for (const key of ["backend", "adoptFrom"] as const) {
      if (props[key] !== undefined && !isBackend(props[key])) {
        throw new Error(`HikubeDefaults: unknown ${key} ${JSON.stringify(props[key])}: expected "kubernetes" or "kubectl"`);
      }
    }
    const stack = TerraformStack.of(scope);
    const current = HikubeDefaults.of(stack);
    const next: ResolvedDefaults = { ...current, ...props, catalog: props.catalog ?? current.catalog, backend: props.backend ?? current.backend };
    const changed = DEFAULTS_KEYS.filter((key) => effect(key, next) !== effect(key, current));
    const problem = changed.length > 0 ? lateChangeProblem(stack, changed) : undefined;
    if (problem) throw new Error(`HikubeDefaults.set(${JSON.stringify(stack.node.path)}): ${problem}`);
    defaultsByStack.set(stack, next);
  }

  static of(scope: IConstruct): ResolvedDefaults {
    return defaultsByStack.get(TerraformStack.of(scope)) ?? { catalog: HIKUBE_CATALOG, backend: DEFAULT_BACKEND };
  }
}

/** What resources take from a default: a data disk only whether the environment protects it. */
function effect(key: DefaultsKey, defaults: ResolvedDefaults): unknown {
  if (key === "adopt") return defaults.adopt === true;
  return key === "environment" ? preventsDestroy("data", undefined, defaults.environment) : defaults[key];
}
