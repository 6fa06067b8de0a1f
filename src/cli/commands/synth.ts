import { basename, join, resolve } from "node:path";
import { stringOption } from "../args";
import { EXIT, UsageError, type Command } from "../command";
import { INPUT_OPTIONS_HELP, prepare } from "../prepare";
import { DEFAULT_STACK_NAME } from "../synth/construct-id";
import { isUsableDirectory, stagingDirectory } from "../synth/publish";

export const command: Command = {
  name: "synth",
  summary: "Write the Terraform JSON of manifests, as a cdktf app of the constructs would",
  usage: `Usage: hikube-vm synth FILES... --out DIR [options]

Builds a CDK for Terraform stack from the manifests with the library's constructs (VmDisk,
VmInstance; same addresses, same JSON as the equivalent TypeScript stack, see hikube-vm import)
and writes DIR/cdk.tf.json, with the policy report of --env next to it
(hikube-policy-report.json and .sarif). Nothing is written when a file has an error (exit 1). Into an
existing DIR only the synthesised files are replaced (each atomically); .terraform/ and state
files are left alone. The state is kept in DIR/terraform.tfstate (a local backend): to use
another backend, start from the code 'hikube-vm import' generates.

Options:
  --out DIR            where to write cdk.tf.json (required)
${INPUT_OPTIONS_HELP}
  --stack NAME         stack name (default ${DEFAULT_STACK_NAME})
  --kubeconfig FILE    the provider's config_path (default: the provider's, KUBE_CONFIG_PATH)
  --context NAME       the provider's config_context

Example:
  hikube-vm synth vms/ --namespace tenant-prod --env production --out infra/
  terraform -chdir=infra init && terraform -chdir=infra plan`,
  async run(argv, io) {
    const prepared = prepare(
      argv,
      io,
      { out: { type: "string" }, stack: { type: "string" }, kubeconfig: { type: "string" }, context: { type: "string" } },
      { requireNamespace: true },
    );
    if (typeof prepared === "number") return prepared;
    const out = stringOption(prepared.args, "out");
    if (out === undefined) throw new UsageError("--out DIR is required");
    const target = resolve(io.cwd, out);
    if (!isUsableDirectory(target)) throw new UsageError(`--out ${out} is a file, not a directory`);
    const stackName = stringOption(prepared.args, "stack", DEFAULT_STACK_NAME);
    if (!/^[A-Za-z0-9_-]+$/.test(stackName)) throw new UsageError(`--stack ${JSON.stringify(stackName)}: use letters, digits, "-" and "_"`);

    // cdktf is loaded here, never by validate.
    const { synthesize } = await import("../synth/synthesize");
    const staging = stagingDirectory(target);
    try {
      const stackDir = synthesize(prepared.result.resources.map((r) => r.definition), {
        outdir: staging.path,
        stackName,
        catalog: prepared.catalog,
        namespace: prepared.namespace,
        environment: prepared.checkOptions.environment,
        ...(prepared.checkOptions.waivers && { waivers: prepared.checkOptions.waivers }),
        ...(prepared.checkOptions.externalDisks && { externalDisks: prepared.checkOptions.externalDisks }),
        kubeconfig: stringOption(prepared.args, "kubeconfig"),
        kubeContext: stringOption(prepared.args, "context"),
      });
      const written = staging.publish(stackDir);
      const count = prepared.result.resources.length;
      io.stdout.write(`wrote ${written.map((f) => join(out, basename(f))).join(", ")}: ${count} resource${count === 1 ? "" : "s"}\n`);
      return EXIT.ok;
    } catch (error) {
      staging.discard();
      throw error;
    }
  },
};
