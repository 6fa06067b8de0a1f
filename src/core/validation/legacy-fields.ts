import type { KindName } from "../schema/kinds";

/**
 * Fields people carry over from other APIs, which the platform silently ignores, with what to
 * write instead. Checked before edit distance, which cannot guess these.
 */
export const LEGACY_FIELDS: Readonly<Record<KindName, Readonly<Record<string, { hint: string; suggestion?: string }>>>> = {
  VMInstance: {
    systemDisk: { hint: "systemDisk belongs to the old VirtualMachine kind: declare a VMDisk and list it first in disks" },
    dataDisks: { hint: "declare each data disk as a VMDisk and list it in disks", suggestion: "disks" },
    ports: { hint: "exposed ports are externalPorts", suggestion: "externalPorts" },
    sshKey: { hint: "the field is a list named sshKeys", suggestion: "sshKeys" },
    userData: { hint: "cloud-init user data goes in cloudInit", suggestion: "cloudInit" },
    cpu: { hint: "CPU is set by instanceType, or by resources.cpu to override it", suggestion: "instanceType" },
    memory: { hint: "memory is set by instanceType, or by resources.memory to override it", suggestion: "instanceType" },
    preference: { hint: "the KubeVirt preference is instanceProfile", suggestion: "instanceProfile" },
  },
  VMDisk: {
    size: { hint: "the disk size is storage", suggestion: "storage" },
    image: { hint: "a golden image is source.image.name", suggestion: "source" },
    url: { hint: "an HTTP image is source.http.url", suggestion: "source" },
    storageClassName: { hint: "the field is storageClass", suggestion: "storageClass" },
  },
};
