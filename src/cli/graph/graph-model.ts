import type { KubernetesManifest } from "../../core/render/render-manifest";

export interface GraphNode {
  readonly id: string;
  readonly kind: "VMInstance" | "VMDisk";
  readonly name: string;
  readonly namespace: string;
  /** Facts shown under the name: instance type and exposure, or storage class and size. */
  readonly details: readonly string[];
  /** A disk an instance names that no file declares. */
  readonly undeclared?: boolean;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  /** `1 boot`, `2`, `3 optical` ... in boot order. */
  readonly label: string;
}

export interface VmGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** Which instances use which disks, from rendered manifests (defaults explicit). */
export function buildGraph(manifests: readonly KubernetesManifest[]): VmGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const disks = new Map<string, GraphNode>();
  const key = (namespace: string, name: string) => `${namespace}/${name}`;
  const optical = new Set<string>();
  for (const m of manifests.filter((m) => m.kind === "VMDisk")) {
    const namespace = m.metadata.namespace ?? "";
    const node: GraphNode = { id: `d${disks.size}`, kind: "VMDisk", name: m.metadata.name, namespace, details: diskDetails(m.spec) };
    disks.set(key(namespace, m.metadata.name), node);
    if (m.spec.optical === true) optical.add(key(namespace, m.metadata.name));
    nodes.push(node);
  }
  manifests
    .filter((m) => m.kind === "VMInstance")
    .forEach((m, i) => {
      const namespace = m.metadata.namespace ?? "";
      const id = `i${i}`;
      nodes.push({ id, kind: "VMInstance", name: m.metadata.name, namespace, details: instanceDetails(m.spec) });
      const attached = Array.isArray(m.spec.disks) ? (m.spec.disks as { name?: unknown }[]) : [];
      attached.forEach((a, order) => {
        if (typeof a?.name !== "string") return;
        let disk = disks.get(key(namespace, a.name));
        if (!disk) {
          disk = { id: `d${disks.size}`, kind: "VMDisk", name: a.name, namespace, details: ["not declared in these files"], undeclared: true };
          disks.set(key(namespace, a.name), disk);
          nodes.push(disk);
        }
        const role = optical.has(key(namespace, a.name)) ? " optical" : order === 0 ? " boot" : "";
        edges.push({ from: id, to: disk.id, label: `${order + 1}${role}` });
      });
    });
  return { nodes, edges };
}

function instanceDetails(spec: Readonly<Record<string, unknown>>): string[] {
  const resources = spec.resources as { cpu?: unknown; memory?: unknown } | undefined;
  const size = resources && (resources.cpu !== undefined || resources.memory !== undefined) ? `${String(spec.instanceType)} (cpu ${String(resources.cpu ?? "-")}, memory ${String(resources.memory ?? "-")})` : String(spec.instanceType);
  const gpus = Array.isArray(spec.gpus) && spec.gpus.length > 0 ? [`${spec.gpus.length} GPU${spec.gpus.length > 1 ? "s" : ""}`] : [];
  return [size, exposure(spec), String(spec.runStrategy), ...gpus];
}

function exposure(spec: Readonly<Record<string, unknown>>): string {
  if (spec.external !== true) return "internal";
  if (spec.externalMethod === "WholeIP") return "external WholeIP (all ports)";
  const ports = Array.isArray(spec.externalPorts) ? spec.externalPorts.join(", ") : "";
  return `external PortList ${ports || "(no port)"}`;
}

function diskDetails(spec: Readonly<Record<string, unknown>>): string[] {
  const source = (spec.source ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const from = source.image
    ? `image ${String(source.image.name)}`
    : source.http
      ? "from URL"
      : source.disk
        ? `clone of ${String(source.disk.name)}`
        : source.upload
          ? "upload"
          : "empty";
  return [`${String(spec.storageClass)} ${String(spec.storage)}`, from, ...(spec.optical === true ? ["optical"] : [])];
}
