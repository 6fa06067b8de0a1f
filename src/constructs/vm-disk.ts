import { Construct } from "constructs";
import type { QuantityInput, VmDiskSpec } from "../core/schema/generated/spec-types";
import { defaultDiskRole, preventsDestroy, type DiskRole } from "../terraform/disk-protection";
import { recordDefaultsUse } from "./defaults-uses";
import { HikubeDefaults } from "./hikube-defaults";
import { readProps } from "../core/errors/read-props";
import { HikubeResource, HikubeResourceOptions } from "./hikube-resource";
import { registryKey } from "./resource-registry";

export type { DiskRole };

export interface VmDiskProps extends HikubeResourceOptions, Omit<VmDiskSpec, "storage"> {
  /**
   * Size of the disk: `Size.gibibytes(20)`, `"20Gi"`. It can grow later but never shrink.
   * @default "5Gi"
   */
  readonly storage?: QuantityInput;
  /**
   * Refuse `terraform destroy` and any plan that would delete this disk (`prevent_destroy`).
   * Removing the disk from the code removes this protection with it.
   * @default - true for a data disk when the stack's HikubeDefaults environment is
   * `production`, false otherwise; `false` opts out explicitly
   */
  readonly preventDestroy?: boolean;
  /**
   * What the disk holds, for protection defaults.
   * @default - "data" when it starts empty or waits for an upload (not optical), else "system"
   */
  readonly role?: DiskRole;
}

/**
 * A Hikube VMDisk: a virtual disk, empty or filled from a golden image, a URL, an upload or
 * another disk. One `kubernetes_manifest`, addressed `kubernetes_manifest.vmdisk_<namespace>_<name>` (its `address`).
 *
 * Renaming a disk (or changing its namespace) destroys it and its data: the platform has no
 * rename, and kubernetes_manifest replaces the object. `movedFrom` only handles address moves.
 * @see https://kubevirt.io/user-guide/storage/disks_and_volumes/
 */
export class VmDisk extends HikubeResource {
  static isVmDisk(x: unknown): x is VmDisk {
    return x instanceof VmDisk;
  }

  /** `system` or `data`, as given or derived from the source. */
  readonly role: DiskRole;

  constructor(scope: Construct, id: string, props: VmDiskProps) {
    props = readProps(`VmDisk ${JSON.stringify(String(id))}`, props); // junk props: one HikubeError naming the field
    const { preventDestroy, role, ...spec } = props;
    super(scope, id, "VMDisk", props, spec);
    this.role = role ?? defaultDiskRole(props);
    if (preventsDestroy(this.role, preventDestroy, HikubeDefaults.of(this).environment)) this.resource.lifecycle = { preventDestroy: true };
    // Only a data disk that does not say is protected by the environment.
    if (preventDestroy === undefined && this.role === "data") recordDefaultsUse(this, registryKey(this.kind, this.namespace, this.name), ["environment"]);
  }
}
