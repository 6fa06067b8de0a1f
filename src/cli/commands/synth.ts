import { basename, join, resolve } from "node:path";
import { stringOption } from "../args";
import { BACKEND_OPTIONS, BACKEND_OPTIONS_HELP, backendOptions } from "../backend-options";
import { adoptResources } from "../adopt-inputs";
import { EXIT, UsageError, type Command } from "../command";
import { INPUT_OPTIONS_HELP, prepare } from "../prepare";
import { DEFAULT_STACK_NAME } from "../synth/default-stack-name";
import { isUsableDirectory, stagingDirectory } from "../synth/publish";
import { writeStack } from "../synth/write-stack";

export const command: Command = {
  name: "synth",
  summary: "Write the Terraform JSON of manifests, as a cdktf app of the constructs would",
  usage: `Usage: hikube-vm synth FILES... --out DIR [options]

Writes DIR/cdk.tf.json: the Terraform JSON, byte for byte, that a cdktf app of the library's
constructs (VmDisk, VmInstance, KubernetesProvider or KubectlProvider) writes for the same
manifests (see hikube-vm import), with the policy report of --env next to it
(hikube-policy-report.json and .sarif). Needs no cdktf. Nothing is written when a file has an
error (exit 1). Into an existing DIR only these files are replaced (each atomically);
.terraform/ and state files are left alone. The state is kept in DIR/terraform.tfstate (a local
backend): to use another backend, start from the code 'hikube-vm import' generates.

Options:
  --out DIR            where to write cdk.tf.json (required)
${INPUT_OPTIONS_HELP}
  --stack NAME         stack name (default ${DEFAULT_STACK_NAME})
${BACKEND_OPTIONS_HELP}

Example:
  hikube-vm synth vms/ --namespace tenant-prod --env production --backend kubectl --out infra/
  terraform -chdir=infra init && terraform -chdir=infra plan
  kubectl get vminstances,vmdisks -n tenant-prod -o yaml > live.yaml
  hikube-vm synth live.yaml --adopt --out infra/    # the first plan imports, creates nothing`,
  async run(argv, io) {
    const prepared = prepare(argv, io, { out: { type: "string" }, stack: { type: "string" }, ...BACKEND_OPTIONS }, { requireNamespace: true });
    if (typeof prepared === "number") return prepared;
    const out = stringOption(prepared.args, "out");
    if (out === undefined) throw new UsageError("--out DIR is required");
    const target = resolve(io.cwd, out);
    if (!isUsableDirectory(target)) throw new UsageError(`--out ${out} is a file, not a directory`);
    const stackName = stringOption(prepared.args, "stack", DEFAULT_STACK_NAME);
    if (!/^[A-Za-z0-9_-]+$/.test(stackName)) throw new UsageError(`--stack ${JSON.stringify(stackName)}: use letters, digits, "-" and "_"`);
    const choice = backendOptions(prepared.args);
    const resources = choice.adopt ? adoptResources(prepared.result.resources, io) : prepared.result.resources;

    const staging = stagingDirectory(target);
    try {
      writeStack(
        resources.map((r) => r.definition),
        staging.path,
        {
          stackName,
          backend: choice.backend,
          catalog: prepared.catalog,
          ...(prepared.namespace !== undefined && { namespace: prepared.namespace }),
          environment: prepared.checkOptions.environment,
          forceConflicts: choice.forceConflicts,
          ...(choice.adoptFrom !== undefined && { adoptFrom: choice.adoptFrom }),
          ...(choice.adopt && { adopt: true }),
          provider: { ...(choice.kubeconfig !== undefined && { configPath: choice.kubeconfig }), ...(choice.kubeContext !== undefined && { configContext: choice.kubeContext }) },
          ...(prepared.checkOptions.waivers && { waivers: prepared.checkOptions.waivers }),
          ...(prepared.checkOptions.externalDisks && { externalDisks: prepared.checkOptions.externalDisks }),
          // Adopted definitions lost their platform labels: their policies are evaluated again.
          ...(!choice.adopt && { policies: prepared.result.policies }),
        },
      );
      const written = staging.publish(staging.path);
      const count = prepared.result.resources.length;
      io.stdout.write(`wrote ${written.map((f) => join(out, basename(f))).join(", ")}: ${count} resource${count === 1 ? "" : "s"}\n`);
      return EXIT.ok;
    } catch (error) {
      staging.discard();
      throw error;
    }
  },
};
