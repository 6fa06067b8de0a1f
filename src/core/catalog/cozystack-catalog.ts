/**
 * The upstream Cozystack catalog, for users of Cozystack clouds other than Hikube.
 *
 * Every entry is copied from Cozystack v1.6.2 (charts vm-instance 0.12.0, vm-disk 0.4.0); the comment
 * above each group names the file of cozystack/cozystack it comes from. Sizes are copied, not guessed.
 * - Instance types: `packages/system/kubevirt-instancetypes/templates/instancetypes.yaml` (kubevirt/common-instancetypes
 *   at the commit the package's Makefile pins, built with kustomize): 65 types in series cx1, d1, m1, n1, o1, rt1, u1,
 *   including the `*1gi` variants of cx1 and m1 (1Gi hugepages). Plus the four gn1 types (GPU, deprecated and removed
 *   upstream in common-instancetypes v1.3.0) that Cozystack keeps in `templates/extra-instancetypes.yaml` so existing
 *   GPU VMs still render: 69 in all. Note that o1 has no `2xmedium` size upstream, unlike u1 and d1.
 * - Profiles: `templates/preferences.yaml` (54 VirtualMachineClusterPreferences) plus the five centos.7* /
 *   centos.stream8* preferences Cozystack retains, deprecated, in `templates/extra-instancetypes.yaml`: 59 in all.
 *   Descriptions are the upstream `openshift.io/display-name`; `osFamily` is the `instancetype.kubevirt.io/os-type` label.
 * - Golden images: the 16 images of `packages/system/vm-default-images/values.yaml`. Each is provisioned as a 20Gi
 *   DataVolume (`storage: 20Gi`), and a disk cloned from it cannot be smaller, hence minimumStorage 20Gi.
 * - Storage classes: `local` and `replicated`, the LINSTOR classes Cozystack's installation guide creates
 *   (`replicated` is also the storageClass of vm-default-images/values.yaml).
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
  // v1.6.2 packages/system/kubevirt-instancetypes/templates/instancetypes.yaml
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
  // The same shapes backed by 1Gi hugepages instead of 2Mi.
  instanceType("cx1.medium1gi", 1, "2Gi"),
  instanceType("cx1.large1gi", 2, "4Gi"),
  instanceType("cx1.xlarge1gi", 4, "8Gi"),
  instanceType("cx1.2xlarge1gi", 8, "16Gi"),
  instanceType("cx1.4xlarge1gi", 16, "32Gi"),
  instanceType("cx1.8xlarge1gi", 32, "64Gi"),

  instanceType("m1.large", 2, "16Gi"),
  instanceType("m1.xlarge", 4, "32Gi"),
  instanceType("m1.2xlarge", 8, "64Gi"),
  instanceType("m1.4xlarge", 16, "128Gi"),
  instanceType("m1.8xlarge", 32, "256Gi"),
  instanceType("m1.large1gi", 2, "16Gi"),
  instanceType("m1.xlarge1gi", 4, "32Gi"),
  instanceType("m1.2xlarge1gi", 8, "64Gi"),
  instanceType("m1.4xlarge1gi", 16, "128Gi"),
  instanceType("m1.8xlarge1gi", 32, "256Gi"),

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

  // v1.6.2 packages/system/kubevirt-instancetypes/templates/extra-instancetypes.yaml
  instanceType("gn1.xlarge", 4, "16Gi"),
  instanceType("gn1.2xlarge", 8, "32Gi"),
  instanceType("gn1.4xlarge", 16, "64Gi"),
  instanceType("gn1.8xlarge", 32, "128Gi"),
];

const CENTOS_EOL = "end-of-life, dropped upstream; Cozystack keeps it only for existing VMs";

/** A preference whose `instancetype.kubevirt.io/os-type` label is windows. */
const windows = (name: string, description: string): InstanceProfile => ({ name, description, osFamily: "windows" });

/** Exported for the Hikube catalog, whose platform is this one. */
export const COZYSTACK_PROFILES: readonly InstanceProfile[] = [
  // v1.6.2 packages/system/kubevirt-instancetypes/templates/preferences.yaml
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
  windows("windows.10", "Microsoft Windows 10"),
  windows("windows.10.virtio", "Microsoft Windows 10 (virtio)"),
  windows("windows.11", "Microsoft Windows 11"),
  windows("windows.11.virtio", "Microsoft Windows 11 (virtio)"),
  windows("windows.2k12", "Microsoft Windows Server 2012/2012 R2"),
  windows("windows.2k12.virtio", "Microsoft Windows Server 2012/2012 R2 (virtio)"),
  windows("windows.2k16", "Microsoft Windows Server 2016"),
  windows("windows.2k16.virtio", "Microsoft Windows Server 2016 (virtio)"),
  windows("windows.2k19", "Microsoft Windows Server 2019"),
  windows("windows.2k19.virtio", "Microsoft Windows Server 2019 (virtio)"),
  windows("windows.2k22", "Microsoft Windows Server 2022"),
  windows("windows.2k22.virtio", "Microsoft Windows Server 2022 (virtio)"),
  windows("windows.2k25", "Microsoft Windows Server 2025"),
  windows("windows.2k25.virtio", "Microsoft Windows Server 2025 (virtio)"),
  windows("windows.2k3", "Microsoft Windows Server 2003"),
  windows("windows.2k8", "Microsoft Windows Server 2008/2008 R2"),
  windows("windows.2k8.virtio", "Microsoft Windows Server 2008/2008 R2 (virtio)"),
  windows("windows.7", "Microsoft Windows 7"),
  windows("windows.7.virtio", "Microsoft Windows 7 (virtio)"),
  windows("windows.xp", "Microsoft Windows XP"),
  // v1.6.2 packages/system/kubevirt-instancetypes/templates/extra-instancetypes.yaml: retained after their removal upstream.
  { name: "centos.7", description: "CentOS 7", deprecated: `${CENTOS_EOL}; prefer centos.stream10` },
  { name: "centos.7.desktop", description: "CentOS 7 (desktop)", deprecated: `${CENTOS_EOL}; prefer centos.stream10.desktop` },
  { name: "centos.stream8", description: "CentOS Stream 8", deprecated: `${CENTOS_EOL}; prefer centos.stream10` },
  { name: "centos.stream8.desktop", description: "CentOS Stream 8 (desktop)", deprecated: `${CENTOS_EOL}; prefer centos.stream10.desktop` },
  { name: "centos.stream8.dpdk", description: "CentOS Stream 8 (DPDK)", deprecated: `${CENTOS_EOL}; prefer centos.stream9.dpdk` },
];

/** vm-default-images provisions each golden image as a 20Gi DataVolume; a clone cannot be smaller. */
const IMAGE_SIZE = "20Gi";

function image(name: string, os: string, version: string, description: string, deprecated?: string): GoldenImage {
  // Every default image is `os.family: Linux` in values.yaml.
  const entry: GoldenImage = { name, os, version, minimumStorage: IMAGE_SIZE, iso: false, osFamily: "linux", description };
  return deprecated ? { ...entry, deprecated } : entry;
}

const IMAGES: GoldenImage[] = [
  // v1.6.2 packages/system/vm-default-images/values.yaml
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
  // The LINSTOR classes Cozystack's installation guide creates (no chart ships them); `replicated` is the
  // storageClass of v1.6.2 packages/system/vm-default-images/values.yaml.
  { name: "replicated", replicated: true, description: "LINSTOR storage replicated across nodes (the VMDisk default)" },
  { name: "local", replicated: false, description: "LINSTOR storage on the VM's node only, not replicated" },
];

export const COZYSTACK_CATALOG: Catalog = deepFreeze({
  name: "cozystack",
  description:
    "Upstream Cozystack: KubeVirt common-instancetypes and preferences, the optional vm-default-images golden images, LINSTOR storage classes",
  instanceTypes: INSTANCE_TYPES,
  profiles: COZYSTACK_PROFILES,
  images: IMAGES,
  storageClasses: STORAGE_CLASSES,
});
