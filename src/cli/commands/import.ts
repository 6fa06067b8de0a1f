import { renameSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { stringOption } from "../args";
import { BACKEND_OPTIONS, BACKEND_OPTIONS_HELP, backendOptions, type BackendChoice } from "../backend-options";
import { adoptResources } from "../adopt-inputs";
import { EXIT, UsageError, type Command } from "../command";
import { generateStack } from "../import/generate-stack";
import { INPUT_OPTIONS_HELP, prepare } from "../prepare";
import { DEFAULT_STACK_NAME } from "../synth/default-stack-name";

export const command: Command = {
  name: "import",
  summary: "Generate a TypeScript cdktf stack from manifests",
  usage: `Usage: hikube-vm import FILES... [--out FILE.ts] [options]

Generates a TypeScript CDK for Terraform program that declares the manifests with the
library's constructs (VmDisk, VmInstance) and provider classes (KubernetesProvider, or
KubectlProvider with --backend kubectl), to move from YAML to typed code. Synthesising it
gives exactly what 'hikube-vm synth' writes for the same FILES and options. Printed on
standard output unless --out is given. Nothing is generated when a file has an error (exit 1).

Options:
  --out FILE.ts        write the program there
  --module NAME        where to import the library from (default hikube-vm)
  --stack NAME         stack name (default ${DEFAULT_STACK_NAME})
  --class NAME         stack class name (default HikubeStack)
${INPUT_OPTIONS_HELP}
${BACKEND_OPTIONS_HELP}

Example:
  hikube-vm import vms/ --namespace tenant-prod --out main.ts && npx ts-node main.ts
  kubectl get vminstances,vmdisks -n tenant-prod -o yaml | hikube-vm import - --adopt --out main.ts`,
  async run(argv, io) {
    const prepared = prepare(
      argv,
      io,
      { out: { type: "string" }, module: { type: "string" }, stack: { type: "string" }, class: { type: "string" }, ...BACKEND_OPTIONS },
      { requireNamespace: true },
    );
    if (typeof prepared === "number") return prepared;
    const className = stringOption(prepared.args, "class", "HikubeStack");
    if (!/^[A-Z][A-Za-z0-9_]*$/.test(className)) throw new UsageError(`--class ${JSON.stringify(className)} is not a class name such as HikubeStack`);
    const stackName = stringOption(prepared.args, "stack", DEFAULT_STACK_NAME);
    const catalog = stringOption(prepared.args, "catalog");
    const choice = backendOptions(prepared.args);
    const resources = choice.adopt ? adoptResources(prepared.result.resources, io) : prepared.result.resources;
    const code = generateStack(resources, {
      module: stringOption(prepared.args, "module"),
      stackName,
      className,
      namespace: prepared.namespace,
      catalog,
      environment: prepared.checkOptions.environment,
      ...(stringOption(prepared.args, "waivers") !== undefined && { waiverFile: stringOption(prepared.args, "waivers") }),
      ...(prepared.checkOptions.externalDisks && { externalDisks: prepared.checkOptions.externalDisks }),
      ...choice,
      synthCommand: synthCommandLine(prepared.result.resources.map((r) => r.origin.file), prepared.namespace, stackName, catalog, prepared.checkOptions.environment, choice),
    });
    const out = stringOption(prepared.args, "out");
    if (out === undefined) {
      io.stdout.write(code);
      return EXIT.ok;
    }
    const target = resolve(io.cwd, out);
    const temporary = `${target}.tmp-${process.pid}`;
    writeFileSync(temporary, code);
    renameSync(temporary, target);
    io.stdout.write(`wrote ${out}: ${prepared.result.resources.length} resources\n`);
    return EXIT.ok;
  },
};

function synthCommandLine(files: readonly string[], namespace: string | undefined, stack: string, catalog: string | undefined, environment: string, choice: BackendChoice): string {
  const parts = ["hikube-vm synth", ...[...new Set(files)].map(shellWord), "--out DIR"];
  if (environment !== "development") parts.push(`--env ${environment}`);
  if (namespace !== undefined) parts.push(`--namespace ${shellWord(namespace)}`);
  if (catalog !== undefined) parts.push(`--catalog ${shellWord(catalog)}`);
  if (stack !== DEFAULT_STACK_NAME) parts.push(`--stack ${stack}`);
  if (choice.backend !== "kubernetes") parts.push(`--backend ${choice.backend}`);
  if (!choice.forceConflicts) parts.push("--no-force-conflicts");
  if (choice.adoptFrom !== undefined) parts.push(`--adopt-from ${choice.adoptFrom}`);
  if (choice.adopt) parts.push("--adopt");
  if (choice.kubeconfig !== undefined) parts.push(`--kubeconfig ${shellWord(choice.kubeconfig)}`);
  if (choice.kubeContext !== undefined) parts.push(`--context ${shellWord(choice.kubeContext)}`);
  return parts.join(" ");
}

/** A word of the command line in the header comment: quoted unless plain, so that no value can end the comment. */
function shellWord(value: string): string {
  return /^[A-Za-z0-9_.,:\/=@+-]+$/.test(value) ? value : JSON.stringify(value).replace(/\*\//g, "*\\/");
}
