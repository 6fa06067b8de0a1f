import { readFileSync } from "fs";
import { resolve } from "path";
import { formatFinding } from "../../core/findings/finding";
import { jsonErrorMessage, markdownText, safeMessage, safeText } from "../../core/safe-output";
import { checkPlan, COLOUR, DIFF_EXIT, DIFF_FORMATS, formatJson, formatMarkdown, formatText, InputError, PLAIN } from "../../diff";
import type { PlanCheckResult } from "../../diff";
import { duplicateJsonKey } from "../../diff/load/duplicate-json-key";
import { ENVIRONMENTS, loadWaiverFile, type Environment } from "../../policy";
import { parseArgs, stringOption } from "../args";
import { colourEnabled } from "../colour";
import { CATALOG_HELP, catalogOption } from "../catalog-option";
import { UsageError, type Command } from "../command";

export const command: Command = {
  name: "plan-check",
  summary: "Risks and policies of a real terraform plan (terraform show -json)",
  usage: `Usage: hikube-vm plan-check [options] PLAN.json

Reads the JSON of a terraform plan and reports, for its kubernetes_manifest and kubectl_manifest
changes, the same risks as 'hikube-vm diff' (with Terraform's own actions; imports are noted),
then runs the policies of an environment on the VMInstance and VMDisk manifests the plan
leaves. PLAN.json may be - (stdin).

  terraform plan -out tfplan && terraform show -json tfplan > plan.json

Options:
  --env ENV          policies of development (default), staging or production
  --waivers FILE     policy waivers (YAML or JSON)
  --catalog CATALOG  ${CATALOG_HELP}
  --format FORMAT    ${DIFF_FORMATS.join(", ")} (default text)
  --no-color         no colour in text output

A delete and a create of the same object at two addresses (toggling prevent_destroy in the HCL
modules moves a disk between two resources) is data loss unless a moved block covers it.

Exit status: 0 fine, 3 a change destroys data, is impossible or cannot be checked, 1 a policy
error (not waived) or unreadable input, 2 usage error.`,
  async run(argv, io) {
    const args = parseArgs(argv, {
      env: { type: "string", values: ENVIRONMENTS },
      waivers: { type: "string" },
      catalog: { type: "string" },
      format: { type: "string", values: DIFF_FORMATS },
      "no-color": { type: "boolean" },
    });
    if (args.positionals.length !== 1) throw new UsageError(`expected one PLAN.json, got ${args.positionals.length}`);
    const [path] = args.positionals;
    let result: PlanCheckResult;
    try {
      const plan = readPlan(path, io.cwd);
      const waiverFile = stringOption(args, "waivers");
      result = checkPlan(plan, path === "-" ? "stdin" : path, {
        environment: stringOption(args, "env", "development") as Environment,
        catalog: catalogOption(stringOption(args, "catalog"), io.cwd),
        ...(waiverFile && { waivers: loadWaiverFile(resolve(io.cwd, waiverFile)) }),
      });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`hikube-vm plan-check: ${safeMessage(error.message)}\n`);
      return DIFF_EXIT.unreadable;
    }
    const format = stringOption(args, "format", "text");
    const colour = args.options["no-color"] !== true && colourEnabled(io.stdout, io.env);
    io.stdout.write(render(result, format, colour));
    if (result.summary.blocking) return DIFF_EXIT.blocking;
    return result.policies.summary.errors > 0 ? DIFF_EXIT.unreadable : DIFF_EXIT.ok;
  },
};

function readPlan(path: string, cwd: string): unknown {
  let text: string;
  try {
    text = readFileSync(path === "-" ? 0 : resolve(cwd, path), "utf8");
  } catch (error) {
    throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let plan: unknown;
  try {
    plan = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: ${jsonErrorMessage(error, text)}; give the output of 'terraform show -json tfplan', not the binary plan file`);
  }
  // terraform show never repeats a key: one that does was edited, and JSON.parse would hide the first copy.
  const repeated = duplicateJsonKey(text);
  if (repeated) throw new InputError(`${path}: the key ${JSON.stringify(repeated.key.slice(0, 60))} appears twice in one object at line ${repeated.line}: not the output of 'terraform show -json', which the check cannot trust`);
  return plan;
}

function render(result: PlanCheckResult, format: string, colour: boolean): string {
  const { findings, summary } = result.policies;
  if (format === "json") return formatJson(result, { policies: { findings, summary } });
  const lines = findings.map((f) => `${f.waiver ? `${f.severity} (waived: ${safeText(f.waiver.reason)})` : f.severity}: ${formatFinding(f)}`);
  const counts = `${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.infos} note(s), ${summary.waived} waived in ${summary.resources} resource(s)`;
  if (format === "markdown") {
    const policy = [`#### Policies (${summary.environment})`, "", counts, "", ...lines.map((l) => `- ${markdownText(l)}`)];
    return formatMarkdown(result, "Hikube plan check") + "\n" + policy.join("\n") + "\n";
  }
  return formatText(result, colour ? COLOUR : PLAIN) + `\nPolicies (${summary.environment}): ${counts}\n` + lines.map((l) => `  ${l}\n`).join("");
}
