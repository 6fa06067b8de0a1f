/**
 * The upstream Cozystack catalog, for users of Cozystack clouds other than Hikube.
 *
 * Sources (looked up in the public repositories; sizes are copied, not guessed):
 * - Instance types: cozystack/cozystack `packages/system/kubevirt-instancetypes/templates/instancetypes.yaml`
 *   (generated from kubevirt/common-instancetypes by `kustomize build`), series cx1, m1, n1, o1, rt1, u1.
 *   Series d1 ("Dedicated vCPU") from kubevirt/common-instancetypes `instancetypes/d/1/sizes.yaml`: it is in
 *   the newer upstream releases Cozystack now pins, not in the older generated file read here.
 *   Series gn1 (GPU, deprecated upstream and removed in common-instancetypes v1.3.0) from
 *   `templates/extra-instancetypes.yaml`, where Cozystack keeps the four plain sizes so existing GPU VMs still
 *   render (the older `gn1.lowcpu.*` variants are not kept there, so not here either).
 *   Note that o1 has no `2xmedium` size upstream, unlike u1 and d1; m1 has no `*1gi` variants in Cozystack.
 * - Profiles: `templates/preferences.yaml` (the VirtualMachineClusterPreferences of common-instancetypes,
 *   54 names) plus the five centos.7* / centos.stream8* preferences Cozystack retains, deprecated, in
 *   `templates/extra-instancetypes.yaml`. Descriptions are the upstream `openshift.io/display-name`.
 * - Golden images: the optional `vm-default-images` package (`packages/system/vm-default-images/values.yaml`),
 *   disabled by default; an administrator may provision other images. Each image's DataVolume is 10Gi in the
 *   chart (the Cozystack docs say 20Gi), and a disk cloned from it cannot be smaller, hence minimumStorage 10Gi.
 * - Storage classes: `local` and `replicated`, the LINSTOR classes a standard Cozystack install creates.
 */
import { deepFreeze } from "./freeze";
import type { Catalog, GoldenImage, InstanceProfile, InstanceType, StorageClass } from "./types";

const SERIES_DESCRIPTIONS: Readonly<Record<string, string>> = {
  cx1: "Compute Exclusive: dedicated CPUs, isolated emulator thread, NUMA, hugepages",
  d1: "Dedicated vCPU: general purpose with dedicated CPU placement",
  gn1: "GPU NVIDIA: for VMs with NVIDIA GPUs attached",
  m1: "Memory Intensive: 1:8, hugepages",
  n1: "Network: DPDK workloads, dedicated CPUs, 1Gi hugepages; needs DPDK-capable nodes",
  o1: "Overcommitted: the U series with 50% memory overcommit",
  rt1: "Realtime: dedicated CPUs, NUMA, 1Gi hugepages; needs realtime-capable nodes",
  u1: "General Purpose (Universal) 1:4, CPUs shared on a time-slice basis",
};

const GN1_DEPRECATED = "GPU series deprecated and removed upstream (common-instancetypes v1.3.0); Cozystack keeps it only for existing VMs";

function instanceType(name: string, vcpu: number, memory: string): InstanceType {
  const series = name.slice(0, name.indexOf("."));
  const entry: InstanceType = { name, series, vcpu, memory, description: SERIES_DESCRIPTIONS[series] };
  return series === "gn1" ? { ...entry, deprecated: GN1_DEPRECATED } : entry;
}

const INSTANCE_TYPES: InstanceType[] = [
  instanceType("u1.nano", 1, "512Mi"),
  instanceType("u1.micro", 1, "1Gi"),
  instanceType("u1.small", 1, "2Gi"),
  instanceType("u1.medium", 1, "4Gi"),
  instanceType("u1.2xmedium", 2, "4Gi"),
  instanceType("u1.large", 2, "8Gi"),
  instanceType("u1.xlarge", 4, "16Gi"),
  instanceType("u1.2xlarge", 8, "32Gi"),
  instanceType("u1.4xlarge", 16, "64Gi"),
  instanceType("u1.8xlarge", 32, "128Gi"),

  instanceType("o1.nano", 1, "512Mi"),
  instanceType("o1.micro", 1, "1Gi"),
  instanceType("o1.small", 1, "2Gi"),
  instanceType("o1.medium", 1, "4Gi"),
  instanceType("o1.large", 2, "8Gi"),
  instanceType("o1.xlarge", 4, "16Gi"),
  instanceType("o1.2xlarge", 8, "32Gi"),
  instanceType("o1.4xlarge", 16, "64Gi"),
  instanceType("o1.8xlarge", 32, "128Gi"),

  instanceType("d1.nano", 1, "512Mi"),
  instanceType("d1.micro", 1, "1Gi"),
  instanceType("d1.small", 1, "2Gi"),
  instanceType("d1.medium", 1, "4Gi"),
  instanceType("d1.2xmedium", 2, "4Gi"),
  instanceType("d1.large", 2, "8Gi"),
  instanceType("d1.xlarge", 4, "16Gi"),
  instanceType("d1.2xlarge", 8, "32Gi"),
  instanceType("d1.4xlarge", 16, "64Gi"),
  instanceType("d1.8xlarge", 32, "128Gi"),

  instanceType("cx1.medium", 1, "2Gi"),
  instanceType("cx1.large", 2, "4Gi"),
  instanceType("cx1.xlarge", 4, "8Gi"),
  instanceType("cx1.2xlarge", 8, "16Gi"),
  instanceType("cx1.4xlarge", 16, "32Gi"),
  instanceType("cx1.8xlarge", 32, "64Gi"),

  instanceType("m1.large", 2, "16Gi"),
  instanceType("m1.xlarge", 4, "32Gi"),
  instanceType("m1.2xlarge", 8, "64Gi"),
  instanceType("m1.4xlarge", 16, "128Gi"),
  instanceType("m1.8xlarge", 32, "256Gi"),

  instanceType("n1.medium", 4, "4Gi"),
  instanceType("n1.large", 4, "8Gi"),
  instanceType("n1.xlarge", 8, "16Gi"),
  instanceType("n1.2xlarge", 16, "32Gi"),
  instanceType("n1.4xlarge", 32, "64Gi"),
  instanceType("n1.8xlarge", 64, "128Gi"),

  instanceType("rt1.micro", 1, "1Gi"),
  instanceType("rt1.small", 1, "2Gi"),
  instanceType("rt1.medium", 1, "4Gi"),
  instanceType("rt1.large", 2, "8Gi"),
  instanceType("rt1.xlarge", 4, "16Gi"),
  instanceType("rt1.2xlarge", 8, "32Gi"),
  instanceType("rt1.4xlarge", 16, "64Gi"),
  instanceType("rt1.8xlarge", 32, "128Gi"),

  instanceType("gn1.xlarge", 4, "16Gi"),
  instanceType("gn1.2xlarge", 8, "32Gi"),
  instanceType("gn1.4xlarge", 16, "64Gi"),
  instanceType("gn1.8xlarge", 32, "128Gi"),
];

const CENTOS_EOL = "end-of-life, dropped upstream; Cozystack keeps it only for existing VMs";

const PROFILES: InstanceProfile[] = [
  { name: "alpine", description: "Alpine" },
  { name: "centos.stream10", description: "CentOS Stream 10" },
  { name: "centos.stream10.desktop", description: "CentOS Stream 10 (desktop)" },
  { name: "centos.stream9", description: "CentOS Stream 9" },
  { name: "centos.stream9.desktop", description: "CentOS Stream 9 (desktop)" },
  { name: "centos.stream9.dpdk", description: "CentOS Stream 9 (DPDK)" },
  { name: "cirros", description: "Cirros" },
  { name: "debian", description: "Debian" },
  { name: "fedora", description: "Fedora (amd64)" },
  { name: "fedora.arm64", description: "Fedora (arm64)" },
  { name: "fedora.s390x", description: "Fedora (s390x)" },
  { name: "legacy", description: "Legacy Guest (SATA disk, e1000 network)" },
  { name: "linux", description: "Linux Guest" },
  { name: "linux.efi", description: "Linux EFI Guest" },
  { name: "linux.virtiotransitional", description: "Linux Virtio Transitional Guest" },
  { name: "opensuse.leap", description: "OpenSUSE Leap" },
  { name: "opensuse.tumbleweed", description: "OpenSUSE Tumbleweed" },
  { name: "oraclelinux", description: "Oracle Linux" },
  { name: "rhel.10", description: "Red Hat Enterprise Linux 10 (amd64)" },
  { name: "rhel.10.arm64", description: "Red Hat Enterprise Linux 10 (arm64)" },
  { name: "rhel.10.s390x", description: "Red Hat Enterprise Linux 10 (s390x)" },
  { name: "rhel.7", description: "Red Hat Enterprise Linux 7" },
  { name: "rhel.7.desktop", description: "Red Hat Enterprise Linux 7 (desktop)" },
  { name: "rhel.8", description: "Red Hat Enterprise Linux 8" },
  { name: "rhel.8.desktop", description: "Red Hat Enterprise Linux 8 (desktop)" },
  { name: "rhel.8.dpdk", description: "Red Hat Enterprise Linux 8 (DPDK)" },
  { name: "rhel.9", description: "Red Hat Enterprise Linux 9 (amd64)" },
  { name: "rhel.9.arm64", description: "Red Hat Enterprise Linux 9 (arm64)" },
  { name: "rhel.9.desktop", description: "Red Hat Enterprise Linux 9 Desktop (amd64)" },
  { name: "rhel.9.dpdk", description: "Red Hat Enterprise Linux 9 DPDK (amd64)" },
  { name: "rhel.9.realtime", description: "Red Hat Enterprise Linux 9 Realtime (amd64)" },
  { name: "rhel.9.s390x", description: "Red Hat Enterprise Linux 9 (s390x)" },
  { name: "sles", description: "SUSE Linux Enterprise Server" },
  { name: "ubuntu", description: "Ubuntu (the platform's default profile)", recommended: true },
  { name: "windows.10", description: "Microsoft Windows 10" },
  { name: "windows.10.virtio", description: "Microsoft Windows 10 (virtio)" },
  { name: "windows.11", description: "Microsoft Windows 11" },
  { name: "windows.11.virtio", description: "Microsoft Windows 11 (virtio)" },
  { name: "windows.2k12", description: "Microsoft Windows Server 2012/2012 R2" },
  { name: "windows.2k12.virtio", description: "Microsoft Windows Server 2012/2012 R2 (virtio)" },
  { name: "windows.2k16", description: "Microsoft Windows Server 2016" },
  { name: "windows.2k16.virtio", description: "Microsoft Windows Server 2016 (virtio)" },
  { name: "windows.2k19", description: "Microsoft Windows Server 2019" },
  { name: "windows.2k19.virtio", description: "Microsoft Windows Server 2019 (virtio)" },
  { name: "windows.2k22", description: "Microsoft Windows Server 2022" },
  { name: "windows.2k22.virtio", description: "Microsoft Windows Server 2022 (virtio)" },
  { name: "windows.2k25", description: "Microsoft Windows Server 2025" },
  { name: "windows.2k25.virtio", description: "Microsoft Windows Server 2025 (virtio)" },
  { name: "windows.2k3", description: "Microsoft Windows Server 2003" },
  { name: "windows.2k8", description: "Microsoft Windows Server 2008/2008 R2" },
  { name: "windows.2k8.virtio", description: "Microsoft Windows Server 2008/2008 R2 (virtio)" },
  { name: "windows.7", description: "Microsoft Windows 7" },
  { name: "windows.7.virtio", description: "Microsoft Windows 7 (virtio)" },
  { name: "windows.xp", description: "Microsoft Windows XP" },
  // Retained by Cozystack (extra-instancetypes.yaml) after their removal upstream.
  { name: "centos.7", description: "CentOS 7", deprecated: `${CENTOS_EOL}; prefer centos.stream10` },
  { name: "centos.7.desktop", description: "CentOS 7 (desktop)", deprecated: `${CENTOS_EOL}; prefer centos.stream10.desktop` },
  { name: "centos.stream8", description: "CentOS Stream 8", deprecated: `${CENTOS_EOL}; prefer centos.stream10` },
  { name: "centos.stream8.desktop", description: "CentOS Stream 8 (desktop)", deprecated: `${CENTOS_EOL}; prefer centos.stream10.desktop` },
  { name: "centos.stream8.dpdk", description: "CentOS Stream 8 (DPDK)", deprecated: `${CENTOS_EOL}; prefer centos.stream9.dpdk` },
];

/** The chart provisions each golden image as a 10Gi DataVolume; a clone cannot be smaller. */
const IMAGE_SIZE = "10Gi";

function image(name: string, os: string, version: string, description: string, deprecated?: string): GoldenImage {
  const entry: GoldenImage = { name, os, version, minimumStorage: IMAGE_SIZE, iso: false, description };
  return deprecated ? { ...entry, deprecated } : entry;
}

const IMAGES: GoldenImage[] = [
  image("ubuntu-20.04", "ubuntu", "20.04", "Ubuntu 20.04 LTS (Focal Fossa) cloud image", "Ubuntu 20.04 is past its standard support (May 2025); prefer ubuntu-24.04"),
  image("ubuntu-22.04", "ubuntu", "22.04", "Ubuntu 22.04 LTS (Jammy Jellyfish) cloud image"),
  image("ubuntu-24.04", "ubuntu", "24.04", "Ubuntu 24.04 LTS (Noble Numbat) cloud image"),
  image("debian-12", "debian", "12", "Debian 12 (Bookworm) generic cloud image"),
  image("debian-13", "debian", "13", "Debian 13 (Trixie) generic cloud image"),
  image("rocky-8", "rocky", "8", "Rocky Linux 8 GenericCloud image"),
  image("rocky-9", "rocky", "9", "Rocky Linux 9 GenericCloud image"),
  image("rocky-10", "rocky", "10", "Rocky Linux 10 GenericCloud image"),
  image("almalinux-8", "almalinux", "8", "AlmaLinux 8 GenericCloud image"),
  image("almalinux-9", "almalinux", "9", "AlmaLinux 9 GenericCloud image"),
  image("almalinux-10", "almalinux", "10", "AlmaLinux 10 GenericCloud image"),
  image("centos-stream-9", "centos-stream", "9", "CentOS Stream 9 GenericCloud image"),
  image("centos-stream-10", "centos-stream", "10", "CentOS Stream 10 GenericCloud image"),
  image("opensuse-leap-15.6", "opensuse-leap", "15.6", "openSUSE Leap 15.6 NoCloud image"),
  image("opensuse-leap-16.0", "opensuse-leap", "16.0", "openSUSE Leap 16.0 Minimal VM cloud image"),
  image("alpine-3.21", "alpine", "3.21", "Alpine Linux 3.21 cloud image (cloud-init)"),
];

const STORAGE_CLASSES: StorageClass[] = [
  { name: "replicated", replicated: true, description: "LINSTOR storage replicated across nodes (the VMDisk default)" },
  { name: "local", replicated: false, description: "LINSTOR storage on the VM's node only, not replicated" },
];

export const COZYSTACK_CATALOG: Catalog = deepFreeze({
  name: "cozystack",
  description:
    "Upstream Cozystack: KubeVirt common-instancetypes and preferences, the optional vm-default-images golden images, LINSTOR storage classes",
  instanceTypes: INSTANCE_TYPES,
  profiles: PROFILES,
  images: IMAGES,
  storageClasses: STORAGE_CLASSES,
});
