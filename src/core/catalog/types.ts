/**
 * The catalog's data model: what a cloud offers to its virtual machines.
 * Plain, immutable data; the built-in catalogs and catalog files produce these shapes.
 */

/** A KubeVirt (cluster) instance type: a fixed vCPU / memory shape, e.g. `u1.large`. */
export interface InstanceType {
  readonly name: string;
  /** The family before the dot, e.g. `u1` for `u1.large`. */
  readonly series: string;
  readonly vcpu: number;
  /** Kubernetes quantity, e.g. "8Gi" */
  readonly memory: string;
  readonly description?: string;
  /** Why not to use it any more, and what to use instead. */
  readonly deprecated?: string;
}

/** The operating system family of a profile or image: what the guest is, for the Windows checks (HK022). */
export type OsFamily = "linux" | "windows";
export const OS_FAMILIES: readonly OsFamily[] = ["linux", "windows"];

/** An instance profile: a KubeVirt (cluster) preference, e.g. `ubuntu` or `windows.2k22`. */
export interface InstanceProfile {
  readonly name: string;
  readonly description?: string;
  /** The guest OS it is tuned for (KubeVirt's `instancetype.kubevirt.io/os-type` label); unset: unknown. */
  readonly osFamily?: OsFamily;
  readonly recommended?: boolean;
  /** Why not to use it any more, and what to use instead. */
  readonly deprecated?: string;
}

/** A golden image: a preloaded disk image a VMDisk can be cloned from (`source.image.name`). */
export interface GoldenImage {
  readonly name: string;
  /** Operating system family, e.g. `ubuntu`, `centos-stream`. */
  readonly os: string;
  readonly version?: string;
  /** minimum disk size, Kubernetes quantity */
  readonly minimumStorage: string;
  /** an installer ISO, to attach with optical: true, not a cloud image */
  readonly iso: boolean;
  /** The OS family of the image (vm-default-images' `os.family`); unset: unknown. */
  readonly osFamily?: OsFamily;
  readonly description?: string;
  /** e.g. "unversioned name from the seed documentation; prefer ubuntu-2404" */
  readonly deprecated?: string;
}

/** A Kubernetes StorageClass a VMDisk may use. */
export interface StorageClass {
  readonly name: string;
  readonly replicated: boolean;
  readonly description?: string;
}

/** Everything one cloud offers. Entry names are unique within each section. */
export interface Catalog {
  readonly name: string;
  readonly description: string;
  readonly instanceTypes: readonly InstanceType[];
  readonly profiles: readonly InstanceProfile[];
  readonly images: readonly GoldenImage[];
  readonly storageClasses: readonly StorageClass[];
}

/** Entries to add to (or replace in) a catalog, by name. */
export interface CatalogExtension {
  name?: string;
  description?: string;
  instanceTypes?: readonly InstanceType[];
  profiles?: readonly InstanceProfile[];
  images?: readonly GoldenImage[];
  storageClasses?: readonly StorageClass[];
}

/** The four sections of a catalog, in a stable order. */
export const CATALOG_SECTIONS = ["instanceTypes", "profiles", "images", "storageClasses"] as const;
export type CatalogSection = (typeof CATALOG_SECTIONS)[number];
