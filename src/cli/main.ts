// Entry point of the `hikube-vm` command. It must stay cheap to load: commands are imported
// lazily. No command loads cdktf (synth writes the Terraform JSON itself).
import { closestMatch } from "../core/suggest/did-you-mean";
import { painterFor } from "./colour";
import { CliIo, EXIT, UsageError } from "./command";
import { COMMANDS } from "./commands";
import { safeMessage, safeText } from "../core/safe-output/safe-text";

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length), 4);
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    "Usage: hikube-vm <command> [options]",
    "",
    "Validate, convert and review Hikube virtual machines (VMInstance, VMDisk) for Terraform.",
    "",
    "Commands:",
    ...lines,
    `  ${"help".padEnd(width)}  Show this help`,
    "",
    "Options:",
    "  --version   Print the version",
    "  --help      Show this help (after a command: that command's options)",
    "  --debug     Show stack traces",
    "",
    "Run 'hikube-vm <command> --help' for a command's options.",
  ].join("\n");
}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  const [name, ...rest] = args;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.stdout.write(usage() + "\n");
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`${(require("../../package.json") as { version: string }).version}\n`);
    return EXIT.ok;
  }
  const entry = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  const red = painterFor(io.stderr, io.env).red;
  if (!entry) {
    // One line and where to look, not the whole help: the command list is one --help away.
    const suggestion = name.startsWith("-") ? undefined : closestMatch(name, [...Object.keys(COMMANDS), "help"]);
    const mistake = name.startsWith("-") ? `unknown option "${safeText(name)}" (before a command only --help and --version)` : `unknown command "${safeText(name)}"${suggestion ? ` (did you mean ${suggestion}?)` : ""}`;
    io.stderr.write(`${red(`hikube-vm: ${mistake}`)}\nUsage: hikube-vm <command> [options]; 'hikube-vm --help' lists the commands.\n`);
    return EXIT.usage;
  }
  let command: Awaited<ReturnType<typeof entry.load>> | undefined;
  try {
    command = await entry.load();
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout.write(command.usage + "\n");
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError && command) {
      io.stderr.write(`${red(`hikube-vm ${name}: ${safeText(error.message)}`)}\n${shortUsage(name, command.usage)}\n`);
      return EXIT.usage;
    }
    // Never a stack trace for users; --debug shows it.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${red(`hikube-vm ${name}: ${safeMessage(message)}`)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(error.stack + "\n");
    return EXIT.usage;
  }
}

/** The command's usage line and where its options are described: a mistake is one line away from its fix. */
function shortUsage(name: string, usage: string): string {
  return `${usage.split("\n")[0]}\nRun 'hikube-vm ${name} --help' for its options.`;
}

function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}
