import { IResolvable, TerraformStack, Token } from "./framework";
import { Construct } from "constructs";
import type { DiskAttachment, VmInstanceSpec } from "../core/schema/generated/spec-types";
import { attachedDiskNames, diskDependencies } from "../terraform/disk-dependencies";
import { isExternalSpec } from "../terraform/external-address";
import { addExternalAddress } from "./external-address";
import { HikubeResource, HikubeResourceOptions } from "./hikube-resource";
import { readProps } from "../core/errors/read-props";
import { registryKey, stackResources } from "./resource-registry";
import { VmDisk } from "./vm-disk";

/** A disk to attach: a VMDisk construct, a VMDisk name, or either with a bus. */
export type DiskReference = string | VmDisk | DiskAttachment | { readonly disk: VmDisk; readonly bus?: DiskAttachment["bus"] };

export interface VmInstanceProps extends HikubeResourceOptions, Omit<VmInstanceSpec, "disks"> {
  /**
   * Disks in boot order (the first boots first): `VmDisk` constructs or names of VMDisks.
   * The instance is created after the disks of the stack it names.
   * @default []
   */
  readonly disks?: readonly DiskReference[];
}

/**
 * A Hikube VMInstance: a virtual machine of an instance type and OS profile, booting from its
 * first disk. One `kubernetes_manifest`, addressed `kubernetes_manifest.vminstance_<namespace>_<name>` (its `address`),
 * created after its disks.
 * @see https://kubevirt.io/user-guide/virtual_machines/instancetypes/
 */
export class VmInstance extends HikubeResource {
  /**
   * An external VM's address (a Terraform expression): the IP, or hostname, of its LoadBalancer Service
   * `vm-instance-<name>`, read after the instance is applied, also written as the output
   * `<resource name>_external_address`; null until the load balancer has one. Undefined for an internal VM.
   */
  readonly externalAddress: string | undefined;

  constructor(scope: Construct, id: string, props: VmInstanceProps) {
    props = readProps(`VmInstance ${JSON.stringify(String(id))}`, props); // junk props: one HikubeError naming the field
    const { disks, ...rest } = props;
    const attachments = disks?.map(toAttachment);
    super(scope, id, "VMInstance", props, { ...rest, ...(attachments && { disks: attachments }) });
    const diskNames = attachedDiskNames(attachments);
    // Resolved at synthesis, so a disk declared after the instance is still found.
    this.resource.dependsOn = Token.asList(new Deferred(() => this.diskDependencies(diskNames)));
    this.externalAddress = isExternalSpec(this.definition.spec) && this.namespace !== undefined ? addExternalAddress(this, this.backend, this.namespace, this.name, props.provider) : undefined;
  }

  private diskDependencies(names: readonly string[]): string[] {
    const registry = stackResources(TerraformStack.of(this));
    return diskDependencies(names, (name) => registry.get(registryKey("VMDisk", this.namespace, name))?.address);
  }
}

/**
 * What `Lazy.listValue` does, minus the stack trace that every Lazy captures when created (at
 * full depth: about a tenth of the constructs' own cost in a fleet). This value cannot fail to resolve,
 * so the trace would never be shown.
 */
class Deferred implements IResolvable {
  readonly creationStack: string[] = [];

  constructor(private readonly produce: () => string[]) {}

  resolve(): string[] {
    return this.produce();
  }

  toString(): string {
    return Token.asString(this);
  }

  toJSON(): string {
    return "<unresolved-lazy>";
  }
}

function toAttachment(ref: DiskReference): string | DiskAttachment {
  if (typeof ref === "string") return ref;
  if (VmDisk.isVmDisk(ref)) return { name: ref.name };
  if ("disk" in ref) return { name: ref.disk.name, ...(ref.bus && { bus: ref.bus }) };
  return ref;
}
