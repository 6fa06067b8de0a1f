import { safeText } from "../../core/safe-output/safe-text";
import type { GraphNode, VmGraph } from "./graph-model";

/** A Mermaid flowchart in a ```mermaid fence: GitHub and GitLab draw it in a pull request. */
export function toMermaid(graph: VmGraph): string {
  const lines = ["```mermaid", "flowchart LR"];
  for (const [namespace, nodes] of byNamespace(graph.nodes)) {
    const indent = namespace ? "    " : "  ";
    if (namespace) lines.push(`  subgraph ns_${safeId(namespace)}["namespace ${escape(namespace)}"]`);
    for (const node of nodes) {
      const label = [`<b>${node.kind} ${escape(node.name)}</b>`, ...node.details.map(escape)].join("<br/>");
      // Instances are rounded, disks are cylinders.
      lines.push(node.kind === "VMInstance" ? `${indent}${node.id}("${label}")` : `${indent}${node.id}[("${label}")]`);
    }
    if (namespace) lines.push("  end");
  }
  for (const edge of graph.edges) lines.push(`  ${edge.from} -->|"${escape(edge.label)}"| ${edge.to}`);
  const undeclared = graph.nodes.filter((n) => n.undeclared).map((n) => n.id);
  if (undeclared.length > 0) {
    lines.push("  classDef undeclared stroke-dasharray: 5 5");
    lines.push(`  class ${undeclared.join(",")} undeclared`);
  }
  lines.push("```");
  return lines.join("\n") + "\n";
}

export function byNamespace(nodes: readonly GraphNode[]): Map<string, GraphNode[]> {
  const out = new Map<string, GraphNode[]>();
  for (const node of nodes) out.set(node.namespace, [...(out.get(node.namespace) ?? []), node]);
  return out;
}

function escape(text: string): string {
  // safeText first: a name or an image URL can neither carry a secret nor break a line of the diagram.
  return safeText(text).replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");
}

function safeId(text: string): string {
  return text.replace(/[^a-zA-Z0-9_]/g, "_");
}
