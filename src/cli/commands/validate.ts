import { formatJson, formatJunit, formatSarif, resourceKey } from "../../report";
import { parseArgs, stringOption } from "../args";
import { checkManifests } from "../check";
import { EXIT, type Command } from "../command";
import { paintFinding, painterFor } from "../colour";
import { findingLine, summaryLine } from "../output/findings-text";
import { INPUT_OPTIONS, INPUT_OPTIONS_HELP, readAndConfigure } from "../prepare";

const FORMATS = ["text", "json", "sarif", "junit"] as const;

export const command: Command = {
  name: "validate",
  summary: "Check manifests: schema, semantics and policies, with file:line:column",
  usage: `Usage: hikube-vm validate [options] FILES...

Checks VMInstance and VMDisk manifests (YAML or JSON; several documents, kind: List) against the
schema, the catalog and the policies of an environment. FILES may be directories (their .yaml,
.yml and .json files) or - for standard input. Loads no cdktf: it starts fast.

Options:
  --format FORMAT      ${FORMATS.join(", ")} (default text)
${INPUT_OPTIONS_HELP}

Exit status: 0 no error, 1 an error was found, 2 usage error or unreadable file.

Example:
  hikube-vm validate --env production --format json vms/`,
  async run(argv, io) {
    const args = parseArgs(argv, { ...INPUT_OPTIONS, format: { type: "string", values: FORMATS } });
    const { checkOptions, set } = readAndConfigure(args, io);
    const { findings, summary, resources } = checkManifests(set, checkOptions);
    const version = (require("../../../package.json") as { version: string }).version;
    switch (stringOption(args, "format", "text")) {
      case "json":
        io.stdout.write(formatJson({ findings, summary }));
        break;
      case "sarif":
        io.stdout.write(formatSarif({ findings, summary }, { environment: checkOptions.environment, toolVersion: version }));
        break;
      case "junit":
        io.stdout.write(formatJunit({ findings, summary }, { resources: resources.map((r) => resourceKey({ kind: r.definition.kind, name: r.definition.metadata?.name ?? "", namespace: r.definition.metadata?.namespace })) }));
        break;
      default: {
        const painter = painterFor(io.stdout, io.env);
        // findingsText's lines, each in its severity's colour on a terminal.
        io.stdout.write([...findings.map((f) => paintFinding(painter, f.severity, findingLine(f))), painter.bold(summaryLine(summary))].join("\n") + "\n");
      }
    }
    return summary.errors > 0 ? EXIT.findings : EXIT.ok;
  },
};
