import { TerraformStack } from "./framework";
import { IConstruct } from "constructs";
import { HIKUBE_CATALOG, Catalog } from "../core/catalog";
import type { Environment } from "../policy/environment";
import { DEFAULT_BACKEND, isBackend, type Backend } from "../terraform/backend";

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
}

type ResolvedDefaults = Readonly<Required<Pick<HikubeDefaultsProps, "catalog" | "backend">> & HikubeDefaultsProps>;

const defaultsByStack = new WeakMap<TerraformStack, ResolvedDefaults>();

/** Stack-wide defaults for Hikube resources. Set them before creating the resources. */
export class HikubeDefaults {
  static set(scope: IConstruct, props: HikubeDefaultsProps): void {
    if (props.backend !== undefined && !isBackend(props.backend)) {
      throw new Error(`HikubeDefaults: unknown backend ${JSON.stringify(props.backend)}: expected "kubernetes" or "kubectl"`);
    }
    const stack = TerraformStack.of(scope);
    const current = HikubeDefaults.of(stack);
    defaultsByStack.set(stack, { ...current, ...props, catalog: props.catalog ?? current.catalog, backend: props.backend ?? current.backend });
  }

  static of(scope: IConstruct): ResolvedDefaults {
    return defaultsByStack.get(TerraformStack.of(scope)) ?? { catalog: HIKUBE_CATALOG, backend: DEFAULT_BACKEND };
  }
}
