import { Construct } from "constructs";
import type { DiskAttachment, DiskSourceSpec, QuantityInput } from "../core/schema/generated/spec-types";
import { ResourceTimeouts, ResourceWait } from "./resource-wait";
import { VmDisk } from "./vm-disk";
import { readProps } from "../core/errors/read-props";
import { DiskReference, VmInstance, VmInstanceProps } from "./vm-instance";

/** Common to the system disk and data disks of a VirtualMachine. */
export interface VirtualMachineDiskProps {
  /**
   * Name of the VMDisk.
   * @default - `<vm>-system` for the system disk, `<vm>-data`, `<vm>-data-2` ... for data disks
   */
  readonly name?: string;
  /** @default "5Gi" */
  readonly storage?: QuantityInput;
  /** @default "replicated" */
  readonly storageClass?: string;
  /** @default - virtio */
  readonly bus?: DiskAttachment["bus"];
  /**
   * Refuse to destroy the disk (`prevent_destroy`).
   * @default - true for data disks when the stack's HikubeDefaults environment is `production`
   * (`false` opts out), false for the system disk
   */
  readonly preventDestroy?: boolean;
  /**
   * The disk's previous Terraform address, when only the address changed (see
   * HikubeResourceOptions.movedFrom). Renaming a disk is not a move: it destroys the disk.
   * @default - none
   */
  readonly movedFrom?: string;
}

export interface SystemDiskProps extends VirtualMachineDiskProps {
  /**
   * Golden image to boot from, e.g. `ubuntu-2404`. Shorthand for `source: { image: { name } }`.
   * @default - none: give `image` or `source`
   */
  readonly image?: string;
  /** @default - from `image` */
  readonly source?: DiskSourceSpec;
}

export interface DataDiskProps extends VirtualMachineDiskProps {
  /** @default {} (an empty disk) */
  readonly source?: DiskSourceSpec;
}

export interface VirtualMachineProps extends Omit<VmInstanceProps, "disks"> {
  /** The disk the VM boots from. */
  readonly systemDisk: SystemDiskProps;
  /** @default [] */
  readonly dataDisks?: readonly DataDiskProps[];
  /**
   * Further disks declared elsewhere (names or constructs), attached after the data disks.
   * @default []
   */
  readonly extraDisks?: readonly DiskReference[];
  /** Wait settings of the disks. @default ResourceWait.forReady() */
  readonly diskWait?: ResourceWait;
  /** @default - the provider's */
  readonly diskTimeouts?: ResourceTimeouts;
}

/**
 * One VM in one call: its system disk, its data disks and the instance that attaches them in
 * that order.
 */
export class VirtualMachine extends Construct {
  readonly instance: VmInstance;
  readonly systemDisk: VmDisk;
  readonly dataDisks: readonly VmDisk[];

  constructor(scope: Construct, id: string, props: VirtualMachineProps) {
    props = readProps(`VirtualMachine ${JSON.stringify(String(id))}`, props); // junk props: one HikubeError naming the field
    super(scope, id);
    const { systemDisk, dataDisks = [], extraDisks = [], diskWait, diskTimeouts, ...instanceProps } = props;
    const shared = {
      namespace: props.namespace,
      labels: props.labels,
      provider: props.provider,
      wait: diskWait,
      timeouts: diskTimeouts,
    };
    this.systemDisk = new VmDisk(this, "SystemDisk", {
      ...shared,
      ...diskSpec(systemDisk, `${props.name}-system`),
      role: "system",
      source: systemDisk.source ?? (systemDisk.image !== undefined ? { image: { name: systemDisk.image } } : undefined),
    });
    this.dataDisks = dataDisks.map(
      (disk, i) =>
        new VmDisk(this, `DataDisk${i}`, {
          ...shared,
          ...diskSpec(disk, i === 0 ? `${props.name}-data` : `${props.name}-data-${i + 1}`),
          role: "data",
          source: disk.source,
        }),
    );
    const attach = (disk: VmDisk, bus: DiskAttachment["bus"] | undefined): DiskReference => (bus ? { disk, bus } : disk);
    this.instance = new VmInstance(this, "Instance", {
      ...instanceProps,
      disks: [attach(this.systemDisk, systemDisk.bus), ...this.dataDisks.map((d, i) => attach(d, dataDisks[i].bus)), ...extraDisks],
    });
  }
}

function diskSpec(disk: VirtualMachineDiskProps, defaultName: string) {
  return {
    name: disk.name ?? defaultName,
    storage: disk.storage,
    storageClass: disk.storageClass,
    preventDestroy: disk.preventDestroy,
    ...(disk.movedFrom !== undefined && { movedFrom: disk.movedFrom }),
  };
}
