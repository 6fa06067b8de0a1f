/**
 * The Hikube catalog (the default).
 *
 * Sources (the comment above each group names its own):
 * - Instance types, the unversioned golden image names and the storage classes: the Hikube
 *   "API Reference – Machines Virtuelles" (the project's seed document, in French; docs.hikube.cloud
 *   services/compute/api-reference). It writes memory as "GB"; KubeVirt instance types are sized in GiB,
 *   so memory is written here in Gi.
 * - Profiles: Hikube's current documentation names profiles by their KubeVirt preference names
 *   (e.g. `windows.2k25.virtio`), the VirtualMachineClusterPreferences of the Cozystack it runs: the list is
 *   Cozystack v1.6.2's (see cozystack-catalog.ts). The seed's `windows` and `centos` are in no Cozystack
 *   preference list: they are kept, deprecated, naming the replacement (`ubuntu`, `debian` and `fedora`
 *   are KubeVirt names too, so they stay as they are).
 * - Versioned golden image names and their minimum disk sizes: Hikube's current public documentation
 *   (summarised in the project's platform facts, section 3). The seed's unversioned names are kept,
 *   marked deprecated, so that existing definitions still validate with a pointer to the newer name.
 */
import { COZYSTACK_PROFILES } from "./cozystack-catalog";
import { deepFreeze } from "./freeze";
import type { Catalog, GoldenImage, InstanceProfile, InstanceType, StorageClass } from "./types";

const SERIES_DESCRIPTIONS: Readonly<Record<string, string>> = {
  s1: "Standard 1:2, shared burstable CPU",
  u1: "Universal 1:4",
  m1: "Memory optimized 1:8",
};

function instanceType(name: string, vcpu: number, memory: string): InstanceType {
  const series = name.slice(0, name.indexOf("."));
  return { name, series, vcpu, memory, description: SERIES_DESCRIPTIONS[series] };
}

const INSTANCE_TYPES: InstanceType[] = [
  // The seed: Hikube API Reference – Machines Virtuelles (docs.hikube.cloud 2.0.2, services/compute/api-reference),
  // "Types d'Instances"; the same list in the 3.0.0-alpha docs.
  // S series – Standard (1:2), general workloads, shared and burstable CPUs.
  instanceType("s1.small", 1, "2Gi"),
  instanceType("s1.medium", 2, "4Gi"),
  instanceType("s1.large", 4, "8Gi"),
  instanceType("s1.xlarge", 8, "16Gi"),
  instanceType("s1.3large", 12, "24Gi"),
  instanceType("s1.2xlarge", 16, "32Gi"),
  instanceType("s1.3xlarge", 24, "48Gi"),
  instanceType("s1.4xlarge", 32, "64Gi"),
  instanceType("s1.8xlarge", 64, "128Gi"),
  // U series – Universal (1:4).
  instanceType("u1.medium", 1, "4Gi"),
  instanceType("u1.large", 2, "8Gi"),
  instanceType("u1.xlarge", 4, "16Gi"),
  instanceType("u1.2xlarge", 8, "32Gi"),
  instanceType("u1.4xlarge", 16, "64Gi"),
  instanceType("u1.8xlarge", 32, "128Gi"),
  // M series – Memory optimized (1:8).
  instanceType("m1.large", 2, "16Gi"),
  instanceType("m1.xlarge", 4, "32Gi"),
  instanceType("m1.2xlarge", 8, "64Gi"),
  instanceType("m1.4xlarge", 16, "128Gi"),
  instanceType("m1.8xlarge", 32, "256Gi"),
];

const NOT_A_PREFERENCE = "seed-era name that is in no Cozystack preference list (the platform fails a VM whose profile it lacks)";

const PROFILES: InstanceProfile[] = [
  // Cozystack v1.6.2 packages/system/kubevirt-instancetypes/templates/preferences.yaml and
  // extra-instancetypes.yaml (via cozystack-catalog.ts): the names Hikube's current documentation uses.
  ...COZYSTACK_PROFILES,
  // The seed (Hikube API Reference 2.0.2, instanceProfile): ubuntu, debian and fedora are above; these two are not.
  { name: "centos", description: "CentOS Stream (seed name)", deprecated: `${NOT_A_PREFERENCE}; prefer centos.stream10` },
  { name: "windows", description: "Windows Server (seed name)", osFamily: "windows", deprecated: `${NOT_A_PREFERENCE}; prefer windows.2k25.virtio` },
];

function image(os: string, version: string, tag: string, minimumStorage: string, description: string): GoldenImage {
  return { name: `${os}-${tag}`, os, version, minimumStorage, iso: false, osFamily: "linux", description };
}

function installer(os: string, version: string, minimumStorage: string, description: string): GoldenImage {
  return { name: `${os}-${version}`, os, version, minimumStorage, iso: true, osFamily: "linux", description };
}

/** A seed-era unversioned name; its minimum is the largest of its family, so any image it may point to fits. */
function unversioned(os: string, minimumStorage: string, prefer: string | undefined, iso = false): GoldenImage {
  return {
    name: os,
    os,
    minimumStorage,
    iso,
    osFamily: "linux",
    description: iso
      ? `${os} installer ISO (unversioned name from the seed documentation): attach with optical: true`
      : `${os} (unversioned name from the seed documentation)`,
    deprecated: prefer
      ? `unversioned name from the seed documentation; prefer ${prefer}`
      : "unversioned name from the seed documentation; the current Hikube documentation lists no versioned image for it",
  };
}

// Every Hikube golden image is a Linux one (Proxmox VE and Talos included); Windows comes from an ISO.
const IMAGES: GoldenImage[] = [
  // Hikube's current documentation (docs.hikube.cloud, Golden Images: names and minimum disk sizes).
  image("almalinux", "8", "8", "11Gi", "AlmaLinux 8"),
  image("almalinux", "9", "9", "11Gi", "AlmaLinux 9"),
  image("almalinux", "10", "10", "11Gi", "AlmaLinux 10"),
  image("rocky", "8", "8", "11Gi", "Rocky Linux 8"),
  image("rocky", "9", "9", "11Gi", "Rocky Linux 9"),
  image("rocky", "10", "10", "11Gi", "Rocky Linux 10"),
  image("debian", "11", "11", "4Gi", "Debian 11 (Bullseye)"),
  image("debian", "12", "12", "4Gi", "Debian 12 (Bookworm)"),
  image("debian", "13", "13", "4Gi", "Debian 13 (Trixie)"),
  image("ubuntu", "22.04", "2204", "4Gi", "Ubuntu 22.04 LTS (Jammy Jellyfish)"),
  image("ubuntu", "24.04", "2404", "4Gi", "Ubuntu 24.04 LTS (Noble Numbat)"),
  image("centos-stream", "9", "9", "11Gi", "CentOS Stream 9"),
  image("centos-stream", "10", "10", "11Gi", "CentOS Stream 10"),
  image("oracle", "8", "8", "40Gi", "Oracle Linux 8"),
  image("oracle", "9", "9", "40Gi", "Oracle Linux 9"),
  image("oracle", "10", "10", "40Gi", "Oracle Linux 10"),
  image("opensuse", "15.6", "156", "1Gi", "openSUSE Leap 15.6"),
  image("opensuse", "16.0", "160", "2Gi", "openSUSE Leap 16.0"),
  image("cloudlinux", "8", "8", "8Gi", "CloudLinux 8"),
  image("cloudlinux", "9", "9", "9Gi", "CloudLinux 9"),
  installer("proxmox", "8", "2Gi", "Proxmox VE 8 installer ISO: attach with optical: true and install manually"),
  installer("proxmox", "9", "2Gi", "Proxmox VE 9 installer ISO: attach with optical: true and install manually"),
  image("talos", "1.12", "112", "8Gi", "Talos Linux 1.12"),
  // The seed's unversioned names (Hikube API Reference 2.0.2, golden images).
  unversioned("almalinux", "11Gi", "almalinux-10"),
  unversioned("centos-stream", "11Gi", "centos-stream-10"),
  unversioned("cloudlinux", "9Gi", "cloudlinux-9"),
  unversioned("debian", "4Gi", "debian-13"),
  // Fedora has no versioned entry in the current docs, so no measured minimum: 5Gi is the virtual
  // size of the Fedora Cloud Base qcow2 image, and the platform's default disk size.
  unversioned("fedora", "5Gi", undefined),
  unversioned("opensuse", "2Gi", "opensuse-160"),
  unversioned("oracle", "40Gi", "oracle-10"),
  unversioned("proxmox", "2Gi", "proxmox-9", true),
  unversioned("rocky", "11Gi", "rocky-10"),
  unversioned("talos", "8Gi", "talos-112"),
  unversioned("ubuntu", "4Gi", "ubuntu-2404"),
];

const STORAGE_CLASSES: StorageClass[] = [
  // The seed (Hikube API Reference 2.0.2, storageClass: local, replicated); the same in the 3.0.0-alpha concepts page.
  { name: "local", replicated: false, description: "Node-local storage, not replicated: lost with the node" },
  { name: "replicated", replicated: true, description: "Replicated storage (the default); recommended in production" },
];

export const HIKUBE_CATALOG: Catalog = deepFreeze({
  name: "hikube",
  description: "Hikube (Swiss cloud on Cozystack): instance types, profiles, golden images and storage classes",
  instanceTypes: INSTANCE_TYPES,
  profiles: PROFILES,
  images: IMAGES,
  storageClasses: STORAGE_CLASSES,
});
