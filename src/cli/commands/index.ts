import type { Command } from "../command";

/**
 * Every command, by name, with its summary and a lazy loader: `hikube-vm --help` and
 * `validate` must not pay for loading cdktf, which only `synth` and `import` need.
 * Add a command: one file under commands/ exporting `command`, and one line here.
 */
export const COMMANDS: Readonly<Record<string, { readonly summary: string; readonly load: () => Promise<Command> }>> = {};
