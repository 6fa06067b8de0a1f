import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "path";
import { parseArgs, stringOption } from "../args";
import { EXIT, UsageError, type Command } from "../command";
import { projectFiles, STACK_NAME } from "../init/project-files";

export const command: Command = {
  name: "init",
  summary: "Create a cdktf project with one VirtualMachine, ready to install and synthesise",
  usage: `Usage: hikube-vm init [DIR] [--namespace NS] [--from TARBALL] [--force]

Writes a working CDK for Terraform project into DIR (default: the current folder): package.json
(cdktf 0.21, TypeScript 5.9, ts-node and hikube-vm, versions known to work together), cdktf.json,
tsconfig.json, main.ts with one VirtualMachine that passes the production policies, .gitignore,
README.md and a GitHub Actions workflow (.github/workflows/hikube.yml: type-check, synth,
validate and the diff gate). Then: cd DIR && npm install && npm run synth.

DIR must be empty or not exist. With --force, files are written into a folder that is not empty:
each file that already exists is listed as replaced, and other files are left alone.

Options:
  --namespace NS      the example VM's namespace: your tenant (default tenant-example)
  --from TARBALL      depend on a packed hikube-vm (npm pack) instead of the published version
  --force             write into a folder that is not empty, replacing the files listed

Example:
  hikube-vm init my-vms --namespace tenant-acme && cd my-vms && npm install && npm run synth`,
  async run(argv, io) {
    const args = parseArgs(argv, { namespace: { type: "string" }, from: { type: "string" }, force: { type: "boolean" } });
    if (args.positionals.length > 1) throw new UsageError(`init takes one folder, got ${args.positionals.length}: ${args.positionals.join(" ")}`);
    const dir = resolve(io.cwd, args.positionals[0] ?? ".");
    const force = args.options.force === true;
    if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`${dir} is a file, not a folder`);
    const existing = existsSync(dir) ? readdirSync(dir) : [];
    if (existing.length && !force) {
      io.stderr.write(`hikube-vm init: ${dir} is not empty (${existing.slice(0, 3).join(", ")}${existing.length > 3 ? ", ..." : ""}): choose an empty folder, or pass --force to write into it (replaced files are listed)\n`);
      return EXIT.usage;
    }
    const namespace = stringOption(args, "namespace", "tenant-example");
    const files = projectFiles({ name: packageName(basename(dir)), namespace, hikubeVm: hikubeVmDependency(dir, stringOption(args, "from"), io.cwd) });
    for (const [path, content] of Object.entries(files)) {
      const target = join(dir, path);
      const replaced = existsSync(target);
      if (replaced && readFileSync(target, "utf8") === content) continue;
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
      io.stdout.write(`${replaced ? "replaced" : "created "} ${relative(io.cwd, target) || target}\n`);
    }
    const cd = relative(io.cwd, dir);
    io.stdout.write(
      `\nNext:\n${cd ? `  cd ${cd.includes(" ") ? JSON.stringify(cd) : cd}\n` : ""}  npm install\n  npm run synth      # cdktf.out/stacks/${STACK_NAME}/cdk.tf.json\n` +
        `Put your own SSH public key in main.ts before you apply (the one there is an example).\n`,
    );
    return EXIT.ok;
  },
};

/** `^<this version>`, or `file:` the tarball given, relative to the project (so the folder can move). */
function hikubeVmDependency(dir: string, from: string | undefined, cwd: string): string {
  if (from === undefined) return `^${ownVersion()}`;
  const tarball = isAbsolute(from) ? from : resolve(cwd, from);
  if (!existsSync(tarball)) throw new UsageError(`--from ${from}: no such file (make one with npm pack in a hikube-vm checkout)`);
  return `file:${relative(dir, tarball).split(sep).join("/")}`;
}

function ownVersion(): string {
  // lib/cli/commands/init.js and src/cli/commands/init.ts are both three levels below the package root.
  return (JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "package.json"), "utf8")) as { version: string }).version;
}

/** npm's rules: lower case, URL-safe, at most 214 characters. */
function packageName(folder: string): string {
  const name = folder.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+/, "").slice(0, 214);
  return name || "hikube-vms";
}
