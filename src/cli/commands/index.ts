import type { Command } from "../command";

/**
 * Every command, by name, with its summary and a lazy loader: `hikube-vm --help` and each
 * command load only what they use.
 * Add a command: one file under commands/ exporting `command`, and one line here.
 */
export const COMMANDS: Readonly<Record<string, { readonly summary: string; readonly load: () => Promise<Command> }>> = {
  validate: { summary: "Check manifests: schema, semantics and policies, with file:line:column", load: async () => (await import("./validate")).command },
  synth: { summary: "Write the Terraform JSON of manifests, as a cdktf app of the constructs would", load: async () => (await import("./synth")).command },
  import: { summary: "Generate a TypeScript cdktf stack from manifests", load: async () => (await import("./import")).command },
  render: { summary: "Print the normalised manifests as YAML, for kubectl or GitOps", load: async () => (await import("./render")).command },
  schema: { summary: "Print the JSON Schema of VMInstance and VMDisk, for editors", load: async () => (await import("./schema")).command },
  catalog: { summary: "List instance types, profiles, golden images and storage classes", load: async () => (await import("./catalog")).command },
  graph: { summary: "Draw which instances use which disks (Mermaid or Graphviz), for pull requests", load: async () => (await import("./graph")).command },
  diff: { summary: "What changes between two synthesised configurations, states or plans, and what it risks", load: async () => (await import("./diff")).command },
  init: { summary: "Create a cdktf project with one VirtualMachine, ready to install and synthesise", load: async () => (await import("./init")).command },
  "plan-check": { summary: "Risks and policies of a real terraform plan (terraform show -json)", load: async () => (await import("./plan-check")).command },
};
