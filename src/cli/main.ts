// Entry point of the `hikube-vm` command. It must stay cheap to load: commands are imported
// lazily, and nothing here loads cdktf.

const USAGE = `Usage: hikube-vm <command> [options]

Manage Hikube virtual machines (VMInstance, VMDisk) with Terraform.

Commands:
  help        Show this help

Run 'hikube-vm <command> --help' for a command's options.`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  process.stderr.write(`hikube-vm: unknown command "${command}"\n\n${USAGE}\n`);
  return 2;
}
