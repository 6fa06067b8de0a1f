import { Field, SchemaNode, t } from "./schema-node";

const RUN_STRATEGIES = ["Always", "Halted", "Manual", "RerunOnFailure", "Once"] as const;

const named = (typeName: string, what: string, required = true): SchemaNode =>
  t.object(typeName, [{ name: "name", required, description: `Name of the ${what}.`, node: t.string({ minLength: 1 }) }]);

/** The fields of a VMInstance's spec, in the order they are rendered. */
export const VM_INSTANCE_FIELDS: readonly Field[] = [
  { name: "external", seed: true, default: false, description: "Expose the VM outside the cluster through a LoadBalancer service.", node: t.boolean() },
  {
    name: "externalMethod",
    seed: true,
    default: "PortList",
    description: "PortList forwards only externalPorts (a firewall); WholeIP forwards every port (development only).",
    node: t.enum(["PortList", "WholeIP"]),
  },
  {
    name: "externalPorts",
    seed: true,
    default: [22],
    description: "Ports forwarded from outside when external is true and externalMethod is PortList.",
    node: t.list(t.port(), "."),
  },
  {
    name: "externalAllowICMP",
    default: true,
    description: "Accept ICMP (ping, path MTU discovery) in PortList mode; no effect with WholeIP.",
    node: t.boolean(),
  },
  {
    name: "running",
    seed: true,
    description: "Desired state from the seed documentation: true is runStrategy Always, false is Halted.",
    inputOnly: "Cozystack 1.0 replaced running with runStrategy and ignores it; it is rendered as runStrategy",
    node: t.boolean(),
  },
  {
    name: "runStrategy",
    default: "Always",
    description: "Requested running state: Always, Halted, Manual, RerunOnFailure or Once.",
    node: t.enum(RUN_STRATEGIES),
  },
  {
    name: "instanceType",
    seed: true,
    default: "u1.medium",
    description: "Instance type (vCPU and memory), from the catalog; empty for none, with resources.cpu, resources.sockets and resources.memory all set.",
    node: t.string({ catalog: "instanceTypes", empty: "no instance type: resources.cpu, resources.sockets and resources.memory size the VM" }),
  },
  {
    name: "instanceProfile",
    seed: true,
    default: "ubuntu",
    description: "OS profile (KubeVirt preference), from the catalog; empty for none.",
    node: t.string({ catalog: "profiles", empty: "no preference: KubeVirt's defaults" }),
  },
  {
    name: "disks",
    seed: true,
    default: [],
    description: "VMDisks to attach, in boot order (the first disk boots first); a bare name is shorthand for { name }.",
    node: t.list(
      t.object(
        "DiskAttachment",
        [
          { name: "name", required: true, seed: true, description: "Name of the VMDisk.", node: t.string({ format: "dns-label" }) },
          { name: "bus", description: "Disk bus, e.g. sata (default: virtio).", node: t.enum(["virtio", "sata", "scsi", "usb"]) },
        ],
        { shorthand: "name" },
      ),
      "name",
    ),
  },
  { name: "networks", default: [], description: "Additional networks to attach the VM to.", node: t.list(named("NetworkAttachment", "network attachment", false), "name") },
  {
    name: "subnets",
    description: "Deprecated alias of networks.",
    deprecated: "use networks",
    node: t.list(named("SubnetAttachment", "network attachment", false), "name"),
  },
  { name: "gpus", default: [], description: "GPUs to attach (the NVIDIA driver needs at least 4 GiB of memory).", node: t.list(named("GpuAttachment", "GPU resource")) },
  { name: "cpuModel", default: "", description: "CPU model inside the VM (libvirt model name); empty for the platform default.", node: t.string() },
  {
    name: "resources",
    default: {},
    description: "Explicit CPU and memory: cpu, sockets and memory together, overriding the instance type (required when instanceType is empty).",
    node: t.object("VmResources", [
      { name: "cpu", description: "Number of vCPUs.", node: t.quantity("cpu") },
      { name: "memory", description: "Memory, a quantity such as 8Gi.", node: t.quantity("bytes") },
      { name: "sockets", description: "Number of CPU sockets (vCPU topology).", node: t.quantity("count") },
    ]),
  },
  {
    name: "sshKeys",
    seed: true,
    default: [],
    description: "SSH public keys injected into the VM.",
    node: t.list(t.string({ format: "ssh-public-key" }), "."),
  },
  { name: "cloudInit", seed: true, default: "", description: "cloud-init user data (usually starting with #cloud-config).", node: t.string({ format: "cloud-init" }) },
  {
    name: "cloudInitSeed",
    seed: true,
    default: "",
    description: "Seed of the VM's SMBIOS UUID; changing it makes cloud-init run again on next boot.",
    node: t.string(),
  },
];

