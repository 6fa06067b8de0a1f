import { Construct } from "constructs";
import type { QuantityInput, VmDiskSpec } from "../core/schema/generated/spec-types";
import { HikubeResource, HikubeResourceOptions } from "./hikube-resource";

export interface VmDiskProps extends HikubeResourceOptions, Omit<VmDiskSpec, "storage"> {
  /**
   * Size of the disk: `Size.gibibytes(20)`, `"20Gi"`. It can grow later but never shrink.
   * @default "5Gi"
   */
  readonly storage?: QuantityInput;
  /**
   * Refuse `terraform destroy` and any plan that would delete this disk (`prevent_destroy`).
   * Set it on disks that hold data.
   * @default false
   */
  readonly preventDestroy?: boolean;
}

/**
 * A Hikube VMDisk: a virtual disk, empty or filled from a golden image, a URL, an upload or
 * another disk. One `kubernetes_manifest`, addressed `kubernetes_manifest.vmdisk_<namespace>_<name>`.
 * @see https://kubevirt.io/user-guide/storage/disks_and_volumes/
 */
export class VmDisk extends HikubeResource {
  static isVmDisk(x: unknown): x is VmDisk {
    return x instanceof VmDisk;
  }

  constructor(scope: Construct, id: string, props: VmDiskProps) {
    const { preventDestroy, ...spec } = props;
    super(scope, id, "VMDisk", props, spec);
    if (preventDestroy) this.resource.lifecycle = { preventDestroy: true };
  }
}
