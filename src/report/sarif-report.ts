import { createHash } from "crypto";
import { isAbsolute } from "path";
import { pathToFileURL } from "url";
import type { Finding } from "../core/findings/finding";
import type { Environment } from "../policy/environment";
import type { PolicyRule } from "../policy/rule";
import { HIKUBE_RULES } from "../policy/rules";
import { EXPIRED_WAIVER_ID } from "../policy/waivers/validate-waivers";
import { fullMessage, reportRuleId, resourceKey, type ReportInput } from "./report-input";
import { redactedFinding } from "./safe-finding";

export interface SarifOptions {
  /** Rule metadata for tool.driver.rules. @default HIKUBE_RULES */
  readonly rules?: readonly PolicyRule[];
  /** Sets each rule's default level to its level there. @default the summary's environment, else production */
  readonly environment?: Environment;
  /** @default "hikube-vm" */
  readonly toolName?: string;
  readonly toolVersion?: string;
}

type SarifLevel = "error" | "warning" | "note" | "none";
const LEVEL: Record<Finding["severity"], SarifLevel> = { error: "error", warning: "warning", info: "note" };

/** SARIF 2.1.0 for code-scanning tools: one run, the rules' metadata, one result per finding. */
export function formatSarif(input: ReportInput, options: SarifOptions = {}): string {
  const rules = options.rules ?? HIKUBE_RULES;
  const environment = options.environment ?? input.summary?.environment ?? "production";
  const findings = input.findings.map(redactedFinding);
  const descriptors = [...rules.map((r) => ruleDescriptor(r, environment)), ...extraDescriptors(findings, rules)];
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: options.toolName ?? "hikube-vm",
            ...(options.toolVersion && { version: options.toolVersion }),
            rules: descriptors,
          },
        },
        results: findings.map((f) => result(f, index)),
        columnKind: "unicodeCodePoints",
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function ruleDescriptor(rule: PolicyRule, environment: Environment) {
  const level = rule.levels[environment];
  return {
    id: rule.id,
    name: pascalCase(rule.title),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.cause },
    help: {
      text: `${rule.explanation}\nFix: ${rule.remediation}`,
      markdown: `${rule.explanation}\n\n**Fix:** ${rule.remediation}${rule.waivable ? "" : "\n\nThis rule cannot be waived."}`,
    },
    defaultConfiguration: level === "off" ? { enabled: false, level: "none" as SarifLevel } : { level: LEVEL[level] },
    properties: { levels: { ...rule.levels }, waivable: rule.waivable, tags: ["hikube", "kubevirt"] },
  };
}

/** Descriptors for ids that are not policy rules: schema checks and expired waivers. */
function extraDescriptors(findings: readonly Finding[], rules: readonly PolicyRule[]) {
  const known = new Set(rules.map((r) => r.id));
  const ids = [...new Set(findings.map(reportRuleId))].filter((id) => !known.has(id)).sort();
  return ids.map((id) => ({
    id,
    shortDescription: {
      text: id === EXPIRED_WAIVER_ID ? "A waiver has expired" : id.startsWith("schema/") ? `Schema and semantic validation: ${id.slice("schema/".length)}` : id,
    },
  }));
}

function result(f: Finding, index: Map<string, number>) {
  const ruleId = reportRuleId(f);
  const resource = resourceKey(f);
  const logicalLocations = [
    { name: f.name, fullyQualifiedName: resource, kind: "resource" },
    ...(f.path ? [{ name: f.path, fullyQualifiedName: `${resource}/${f.path}`, kind: "property" }] : []),
  ];
  return {
    ruleId,
    ruleIndex: index.get(ruleId),
    level: LEVEL[f.severity],
    message: { text: `${resource}${f.path ? ` ${f.path}` : ""}: ${fullMessage(f)}` },
    locations: [{ ...(f.source && { physicalLocation: physicalLocation(f.source) }), logicalLocations }],
    // Stable across runs, so code scanning tracks one alert per problem.
    partialFingerprints: { "hikubeFinding/v1": createHash("sha256").update(`${ruleId}|${resource}|${f.path}`).digest("hex") },
    ...(f.waiver && { suppressions: [{ kind: "external", status: "accepted", justification: f.waiver.reason }] }),
  };
}

function physicalLocation(source: NonNullable<Finding["source"]>) {
  const region = source.line ? { region: { startLine: source.line, ...(source.column && { startColumn: source.column }) } } : {};
  return { artifactLocation: { uri: fileUri(source.file) }, ...region };
}

/** A relative path stays a relative URI reference (what code scanning expects); an absolute one becomes file://. */
function fileUri(file: string): string {
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/).map(encodeURIComponent).join("/");
}

function pascalCase(text: string): string {
  return text
    .replace(/[^A-Za-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}
