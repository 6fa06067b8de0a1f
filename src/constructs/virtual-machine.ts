import { Construct } from "constructs";
import { Finding, formatFinding } from "../core/findings/finding";
import type { DiskAttachment, DiskSourceSpec, ImageName, QuantityInput, StorageClassName } from "../core/schema/generated/spec-types";
import { ResourceTimeouts, ResourceWait } from "./resource-wait";
import { VmDisk } from "./vm-disk";
import { readProps } from "../core/errors/read-props";
import { DiskReference, VmInstance, VmInstanceProps } from "./vm-instance";

/** Common to the system disk and data disks of a VirtualMachine. */
export interface VirtualMachineDiskProps {
  /**
   * Name of the VMDisk, from which its Terraform `address` comes. A new name is a new disk: Terraform deletes the
   * old one and its data (`hikube-vm diff` shows the delete and the create).
   * @default - `<vm>-system` for the system disk, `<vm>-data` for a single data disk (see DataDiskProps.name)
   */
  readonly name?: string;
  /** @default "5Gi" */
  readonly storage?: QuantityInput;
  /** A storage class of the catalog. @default "replicated" */
  readonly storageClass?: StorageClassName;
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
  readonly image?: ImageName;
  /** @default - from `image` */
  readonly source?: DiskSourceSpec;
}

export interface DataDiskProps extends VirtualMachineDiskProps {
  /**
   * Name of the VMDisk, from which its Terraform `address` comes. A VM with two data disks or more needs one on
   * each (synthesis fails otherwise): a name from the disk's position would shift when an earlier disk is removed,
   * and Terraform would delete the disk that was kept. To keep the disks of a VM synthesised without names, give
   * the names they got: `<vm>-data` for the first, `<vm>-data-2`, `<vm>-data-3` ... for the next ones.
   * A new name is a new disk: Terraform deletes the old one and its data (`hikube-vm diff` shows it).
   * @default - `<vm>-data` when the VM has a single data disk; none (required) with two or more
   * @see VmDisk
   */
  readonly name?: string;
  /** @default {} (an empty disk) */
  readonly source?: DiskSourceSpec;
}

export interface VirtualMachineProps extends Omit<VmInstanceProps, "disks"> {
  /** The disk the VM boots from. */
  readonly systemDisk: SystemDiskProps;
  /**
   * Data disks, attached after the system disk in this order. With two or more, each needs a `name`.
   * @default []
   */
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
 * that order. Each part is a resource construct with its Terraform `address`.
 */
export class VirtualMachine extends Construct {
  /** The VMInstance, `kubernetes_manifest.vminstance_<namespace>_<name>`. */
  readonly instance: VmInstance;
  /** The system disk's VMDisk. */
  readonly systemDisk: VmDisk;
  /** The data disks' VMDisks, in the order of `dataDisks`. */
  readonly dataDisks: readonly VmDisk[];
  /** The instance's `externalAddress`: the VM's LoadBalancer address, a Terraform expression; undefined if internal. */
  readonly externalAddress: string | undefined;

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
      adopt: props.adopt,
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
          ...diskSpec(disk, positionalDataDiskName(props.name, i)),
          role: "data",
          source: disk.source,
        }),
    );
    const unnamed = unnamedDataDisks(props.name, this.systemDisk.namespace, dataDisks);
    if (unnamed.length > 0) this.node.addValidation({ validate: () => unnamed.map(formatFinding) });
    const attach = (disk: VmDisk, bus: DiskAttachment["bus"] | undefined): DiskReference => (bus ? { disk, bus } : disk);
    this.instance = new VmInstance(this, "Instance", {
      ...instanceProps,
      disks: [attach(this.systemDisk, systemDisk.bus), ...this.dataDisks.map((d, i) => attach(d, dataDisks[i].bus)), ...extraDisks],
    });
    this.externalAddress = this.instance.externalAddress;
  }
}

/**
 * With two data disks or more, a name from the position would shift when an earlier disk is removed (Terraform
 * deleting the disk kept): each needs a name. One error per data disk without one, giving the name it has today.
 */
function unnamedDataDisks(vm: string, namespace: string | undefined, dataDisks: readonly DataDiskProps[]): Finding[] {
  if (dataDisks.length < 2) return [];
  return dataDisks.flatMap((disk, i): Finding[] =>
    disk.name !== undefined
      ? []
      : [
          {
            severity: "error",
            kind: "VirtualMachine",
            name: vm,
            ...(namespace !== undefined && { namespace }),
            path: `dataDisks[${i}].name`,
            message:
              `no name, and the VM has ${dataDisks.length} data disks: a name from the position would shift when an earlier disk is removed, ` +
              `and Terraform would delete the disk kept; name each data disk (name: "${positionalDataDiskName(vm, i)}" keeps the disk this entry makes today)`,
            code: "data-disk-name",
          },
        ],
  );
}

/** The names data disks got before they had to be named: kept as the default of a single disk, and as advice. */
function positionalDataDiskName(vm: string, index: number): string {
  return index === 0 ? `${vm}-data` : `${vm}-data-${index + 1}`;
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
