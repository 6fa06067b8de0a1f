import { renderManifest } from "../../core/render/render-manifest";
import { stringOption } from "../args";
import { EXIT, type Command } from "../command";
import { toDot } from "../graph/dot";
import { buildGraph } from "../graph/graph-model";
import { toMermaid } from "../graph/mermaid";
import { INPUT_OPTIONS_HELP, prepare } from "../prepare";

export const command: Command = {
  name: "graph",
  summary: "Draw which instances use which disks (Mermaid or Graphviz), for pull requests",
  usage: `Usage: hikube-vm graph [--format mermaid|dot] [options] FILES...

Draws each VMInstance (instance type, exposure, run strategy) and the VMDisks it attaches in
boot order (storage class, size, source). Disks named but not declared in FILES are dashed
(with a warning; --external-disks says they exist elsewhere).
Mermaid output is a \`\`\`mermaid block that GitHub and GitLab draw in a pull request.

Options:
  --format FORMAT      mermaid (default) or dot
${INPUT_OPTIONS_HELP}

Example:
  hikube-vm graph vms/ >> pr-description.md
  hikube-vm graph --format dot vms/ | dot -Tsvg > vms.svg`,
  async run(argv, io) {
    // An undeclared disk (HK005) is drawn, dashed: a warning here, still an error for validate and synth.
    const prepared = prepare(argv, io, { format: { type: "string", values: ["mermaid", "dot"] } }, { warningsOnly: ["HK005"] });
    if (typeof prepared === "number") return prepared;
    const graph = buildGraph(prepared.result.resources.map((r) => renderManifest(r.definition)));
    io.stdout.write(stringOption(prepared.args, "format") === "dot" ? toDot(graph) : toMermaid(graph));
    return EXIT.ok;
  },
};
