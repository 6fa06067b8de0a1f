import { safeText } from "../../core/safe-output/safe-text";
import type { VmGraph } from "./graph-model";
import { byNamespace } from "./mermaid";

/** Graphviz DOT (`hikube-vm graph --format dot vms/ | dot -Tsvg > vms.svg`). */
export function toDot(graph: VmGraph): string {
  const lines = ["digraph hikube {", "  rankdir=LR;", '  node [fontname="Helvetica", fontsize=11];', '  edge [fontname="Helvetica", fontsize=10];'];
  let cluster = 0;
  for (const [namespace, nodes] of byNamespace(graph.nodes)) {
    const indent = namespace ? "    " : "  ";
    if (namespace) lines.push(`  subgraph cluster_${cluster++} {`, `    label=${quote(`namespace ${namespace}`)};`);
    for (const node of nodes) {
      const label = [`${node.kind} ${node.name}`, ...node.details].join("\\n");
      const shape = node.kind === "VMInstance" ? "box, style=rounded" : node.undeclared ? "cylinder, style=dashed" : "cylinder";
      lines.push(`${indent}${node.id} [label=${quote(label)}, shape=${shape}];`);
    }
    if (namespace) lines.push("  }");
  }
  for (const edge of graph.edges) lines.push(`  ${edge.from} -> ${edge.to} [label=${quote(edge.label)}];`);
  lines.push("}");
  return lines.join("\n") + "\n";
}

/** A DOT string; `\n` escapes made by the caller are kept. */
function quote(text: string): string {
  // safeText first: a name or an image URL can neither carry a secret nor break a line of the graph.
  return `"${safeText(text).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
