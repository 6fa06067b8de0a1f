import { parseArgs, stringOption } from "../args";
import { colourEnabled } from "../colour";
import { EXIT, UsageError, type Command } from "../command";
import { synthFirstHint } from "../synth-first-hint";
import { COLOUR, DIFF_EXIT, DIFF_FORMATS, diffResourceSets, exitCodeOf, formatJson, formatMarkdown, formatText, InputError, loadResourceSet, PLAIN } from "../../diff";
import { safeMessage } from "../../core/safe-output/safe-text";

export const command: Command = {
  name: "diff",
  summary: "What changes between two synthesised configurations, states or plans, and what it risks",
  usage: `Usage: hikube-vm diff [options] BEFORE AFTER

Compares the VMInstance and VMDisk resources of two sides and says what Terraform will do
(create, update, replace, delete) and what it means on Hikube: data loss (a VMDisk deleted or
replaced), impossible (storage shrink), ignored by the platform (disk source or storageClass
edited), disruptive (the VM restarts or is recreated), exposure widened. No cluster needed.

Each side is a cdk.tf.json, a cdktf.out folder or a 'hikube-vm synth --out' folder (all stacks),
or the JSON of 'terraform show -json' (a state, or a plan: its planned values). Both backends
are read: kubernetes_manifest (its manifest) and kubectl_manifest (its yaml_body). Moving a
resource from one backend to the other is a destroy and a create: for a VMDisk, data loss;
the report says how to adopt the object instead (removed + import blocks). cloud-init is
never printed, only its size and a digest.

Options:
  --format FORMAT   ${DIFF_FORMATS.join(", ")} (default text; colour on a terminal; NO_COLOR and FORCE_COLOR are honoured)
  --no-color        no colour in text output

The gate fails closed: what it cannot read or identify (a manifest or yaml_body that is a
Terraform expression, a yaml_body that is not one plain YAML mapping, no kind or name, count or
for_each, a module block, an address or an object declared twice, a key repeated in a JSON
object) blocks as "cannot be checked"; a renamed stack or a changed backend (the state moves)
blocks as "state moves".

Exit status: 0 nothing destroys data, is impossible or cannot be checked, 3 something does,
1 unreadable input, 2 usage error.

Example:
  hikube-vm diff --format markdown base/cdktf.out head/cdktf.out > diff.md`,
  async run(argv, io) {
    const args = parseArgs(argv, { format: { type: "string", values: DIFF_FORMATS }, "no-color": { type: "boolean" } });
    if (args.positionals.length !== 2) throw new UsageError(`expected BEFORE and AFTER, got ${args.positionals.length} argument${args.positionals.length === 1 ? "" : "s"}`);
    const [beforePath, afterPath] = args.positionals.map((p) => require("node:path").resolve(io.cwd, p) as string);
    // Manifests given where synthesised configurations are expected: say what to run, not why the JSON is bad.
    for (const [i, path] of [beforePath, afterPath].entries()) {
      const hint = synthFirstHint(path, args.positionals[i]);
      if (hint === undefined) continue;
      io.stderr.write(`hikube-vm diff: ${hint}\n`);
      return DIFF_EXIT.unreadable;
    }
    let result;
    try {
      result = diffResourceSets(loadResourceSet(beforePath), loadResourceSet(afterPath));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`hikube-vm diff: ${safeMessage(error.message)}\n`);
      return DIFF_EXIT.unreadable;
    }
    const format = stringOption(args, "format", "text");
    const colour = args.options["no-color"] !== true && colourEnabled(io.stdout, io.env);
    io.stdout.write(format === "json" ? formatJson(result) : format === "markdown" ? formatMarkdown(result) : formatText(result, colour ? COLOUR : PLAIN));
    return exitCodeOf(result) === DIFF_EXIT.blocking ? DIFF_EXIT.blocking : EXIT.ok;
  },
};
