import { Field, SchemaNode, t } from "./schema-node";
import { VM_DISK_FIELDS } from "./vm-disk-spec";
import { VM_INSTANCE_FIELDS } from "./vm-instance-spec";

export const API_GROUP = "apps.cozystack.io";
export const API_VERSION = `${API_GROUP}/v1alpha1`;

export type KindName = "VMInstance" | "VMDisk";

export interface KindInfo {
  readonly kind: KindName;
  /** The spec as a schema node (an object). */
  readonly spec: Extract<SchemaNode, { type: "object" }>;
  /**
   * Longest metadata.name: the platform prefixes `vm-instance-` / `vm-disk-` and Helm caps
   * release names at 53 characters.
   */
  readonly maxNameLength: number;
  /** What the platform creates from it, for docs and messages. */
  readonly creates: string;
}

export const KINDS: Readonly<Record<KindName, KindInfo>> = {
  VMDisk: {
    kind: "VMDisk",
    spec: t.object("VmDiskSpec", VM_DISK_FIELDS) as KindInfo["spec"],
    maxNameLength: 45,
    creates: "a CDI DataVolume vm-disk-<name>",
  },
  VMInstance: {
    kind: "VMInstance",
    spec: t.object("VmInstanceSpec", VM_INSTANCE_FIELDS) as KindInfo["spec"],
    maxNameLength: 41,
    creates: "a KubeVirt VirtualMachine and a Service vm-instance-<name>",
  },
};

export const KIND_NAMES: readonly KindName[] = ["VMDisk", "VMInstance"];

export function isKindName(value: unknown): value is KindName {
  return value === "VMInstance" || value === "VMDisk";
}

/** The fields of `metadata` that this project reads and writes. */
export const METADATA_FIELDS: readonly Field[] = [
  { name: "name", required: true, description: "Name of the resource: a DNS-1035 label.", node: t.string({ format: "dns-label" }) },
  { name: "namespace", description: "Tenant namespace, e.g. tenant-foo.", node: t.string({ format: "dns-label" }) },
  { name: "labels", description: "Kubernetes labels.", node: t.map() },
  { name: "annotations", description: "Kubernetes annotations.", node: t.map() },
];
