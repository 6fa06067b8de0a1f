import { TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import { HIKUBE_CATALOG, Catalog } from "../core/catalog";
import type { Environment } from "../policy/environment";

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
}

const defaultsByStack = new WeakMap<TerraformStack, Required<Pick<HikubeDefaultsProps, "catalog">> & HikubeDefaultsProps>();

/** Stack-wide defaults for Hikube resources. Set them before creating the resources. */
export class HikubeDefaults {
  static set(scope: IConstruct, props: HikubeDefaultsProps): void {
    const stack = TerraformStack.of(scope);
    defaultsByStack.set(stack, { ...HikubeDefaults.of(stack), ...props, catalog: props.catalog ?? HikubeDefaults.of(stack).catalog });
  }

  static of(scope: IConstruct): Readonly<Required<Pick<HikubeDefaultsProps, "catalog">> & HikubeDefaultsProps> {
    return defaultsByStack.get(TerraformStack.of(scope)) ?? { catalog: HIKUBE_CATALOG };
  }
}
