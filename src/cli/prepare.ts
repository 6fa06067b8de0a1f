import { resolve } from "node:path";
import type { Catalog } from "../core/catalog/types";
import type { Finding } from "../core/findings/finding";
import { loadWaiverFile, type Environment } from "../policy";
import { locateFindings, type ManifestSet } from "../yaml";
import { parseArgs, stringOption, type OptionSpec, type ParsedArgs } from "./args";
import { catalogOption } from "./catalog-option";
import { checkManifests, summarize, type CheckOptions, type CheckResult } from "./check";
import { paintFinding, painterFor } from "./colour";
import { EXIT, type CliIo } from "./command";
import { namespaceOption, readInputs } from "./inputs";
import { findingLine, summaryLine } from "./output/findings-text";

export const ENVIRONMENTS = ["development", "staging", "production"] as const;

/** The options of every command that reads FILES and uses them (synth, import, render, graph). */
export const INPUT_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  env: { type: "string", values: ENVIRONMENTS },
  catalog: { type: "string" },
  waivers: { type: "string" },
  "external-disks": { type: "string" },
  namespace: { type: "string" },
  "skip-other-kinds": { type: "boolean" },
};

export const INPUT_OPTIONS_HELP = `  --env ENV            policies of development (default), staging or production
  --catalog CATALOG    hikube (default), cozystack, or a catalog file
  --waivers FILE       waivers of policy findings (YAML or JSON, each with a reason)
  --external-disks A,B disks that exist outside FILES (name or namespace/name)
  --namespace NS       namespace of resources that name none
  --skip-other-kinds   skip objects of other APIs (ConfigMap ...) instead of reporting an error`;

/** The FILES and the options every reading command shares, checked. */
export function readAndConfigure(args: ParsedArgs, io: CliIo): { checkOptions: CheckOptions; set: ManifestSet } {
  const catalog = catalogOption(stringOption(args, "catalog"), io.cwd);
  const environment = stringOption(args, "env", "development") as Environment;
  const namespace = namespaceOption(stringOption(args, "namespace"));
  const waiverFile = stringOption(args, "waivers");
  const externalDisks = stringOption(args, "external-disks")?.split(",").map((d) => d.trim()).filter((d) => d !== "");
  const checkOptions: CheckOptions = {
    catalog,
    environment,
    ...(namespace !== undefined && { defaultNamespace: namespace }),
    ...(waiverFile !== undefined && { waivers: loadWaiverFile(resolve(io.cwd, waiverFile)) }),
    ...(externalDisks && { externalDisks }),
  };
  const set = readInputs(args.positionals, io, { skipOtherKinds: args.options["skip-other-kinds"] === true });
  return { checkOptions, set };
}

export interface Prepared {
  readonly args: ParsedArgs;
  readonly checkOptions: CheckOptions;
  readonly result: CheckResult;
  readonly catalog: Catalog;
  readonly environment: string;
  readonly namespace?: string;
}

/**
 * Reads and checks the FILES of a command that produces something from them. Findings go to
 * stderr (stdout stays clean for the output); any error means nothing is produced: the exit
 * code is returned instead.
 */
export function prepare(
  argv: readonly string[],
  io: CliIo,
  extra: Readonly<Record<string, OptionSpec>>,
  options: {
    readonly requireNamespace?: boolean;
    /** Rules whose errors are only warnings for this command (graph draws an undeclared disk, dashed). */
    readonly warningsOnly?: readonly string[];
  } = {},
): Prepared | number {
  const args = parseArgs(argv, { ...INPUT_OPTIONS, ...extra });
  const { checkOptions, set } = readAndConfigure(args, io);
  const { catalog, environment, defaultNamespace: namespace } = checkOptions;
  let result = checkManifests(set, checkOptions);
  if (options.warningsOnly?.length) {
    const relaxed = new Set(options.warningsOnly);
    const findings = result.findings.map((f) => (f.severity === "error" && f.ruleId !== undefined && relaxed.has(f.ruleId) ? { ...f, severity: "warning" as const } : f));
    result = { ...result, findings, summary: { ...result.summary, ...summarize(findings, result.summary.files, result.summary.resources, environment) } };
  }
  if (options.requireNamespace) {
    const missing = locateFindings(result.resources.filter((r) => r.definition.metadata?.namespace === undefined).map(noNamespace), result.resources);
    if (missing.length > 0) {
      const findings = [...result.findings, ...missing];
      result = { ...result, findings, summary: summarize(findings, result.summary.files, result.summary.resources, environment) };
    }
  }
  // What may need action is printed; when the command fails, with the summary, every finding it counts (the
  // notes too: a skipped ConfigMap, a deprecated image), so that the counts match the lines above them.
  const painter = painterFor(io.stderr, io.env);
  const failed = result.summary.errors > 0;
  for (const finding of result.findings) if (failed || finding.severity !== "info") io.stderr.write(paintFinding(painter, finding.severity, findingLine(finding)) + "\n");
  if (failed) {
    io.stderr.write(painter.bold(summaryLine(result.summary)) + "\n");
    return EXIT.findings;
  }
  return { args, checkOptions, result, catalog, environment, ...(namespace !== undefined && { namespace }) };
}

function noNamespace(resource: CheckResult["resources"][number]): Finding {
  const { definition } = resource;
  return {
    severity: "error",
    kind: definition.kind,
    name: typeof definition.metadata?.name === "string" ? definition.metadata.name : "",
    path: "metadata.namespace",
    message: "no namespace: Terraform needs one for each resource",
    allowed: "metadata.namespace in the file, or --namespace NS for every resource that names none",
    suggestion: "--namespace",
    code: "namespace",
    ...(definition.source && { source: definition.source }),
  };
}
