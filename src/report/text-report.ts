import type { Finding } from "../core/findings/finding";
import { defuseLines } from "../core/safe-output/terminal-text";
import { fullMessage, groupByResource, reportRuleId, type ReportInput } from "./report-input";
import { terminalFinding } from "./safe-finding";

export interface TextOptions {
  /** ANSI colours. @default false: decide with `shouldUseColor(stream)` */
  readonly color?: boolean;
}

/** Colour only for a person at a terminal who has not asked for none (https://no-color.org). */
export function shouldUseColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === "");
}

const CODES = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, green: 32 } as const;
type Style = keyof typeof CODES;

/** Findings grouped by resource, then a summary line; plain text unless `color`. */
export function formatText(input: ReportInput, options: TextOptions = {}): string {
  const paint = (style: Style, text: string) => (options.color ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const [resource, findings] of groupByResource(input.findings.map(terminalFinding))) {
    const source = findings[0].source;
    const where = source ? ` (${source.file}${source.line ? `:${source.line}` : ""})` : "";
    lines.push(`${paint("bold", resource)}${where}`);
    for (const f of findings) lines.push(findingLine(f, paint));
    lines.push("");
  }
  lines.push(summaryLine(input, paint));
  return defuseLines(`${lines.join("\n")}\n`);
}

function findingLine(f: Finding, paint: (style: Style, text: string) => string): string {
  const severity = f.severity.padEnd(7);
  const label = f.waiver ? paint("dim", "waived ") : paint(f.severity === "error" ? "red" : f.severity === "warning" ? "yellow" : "cyan", severity);
  const head = `  ${label} ${reportRuleId(f)}${f.path ? ` ${f.path}` : ""}: ${fullMessage(f)}`;
  if (!f.waiver) return head;
  const until = f.waiver.expires ? ` (until ${f.waiver.expires})` : "";
  return `${head}\n          ${paint("dim", `waived${until}: ${f.waiver.reason}`)}`;
}

function summaryLine(input: ReportInput, paint: (style: Style, text: string) => string): string {
  const active = input.findings.filter((f) => !f.waiver);
  const count = (s: Finding["severity"]) => input.summary?.[s === "error" ? "errors" : s === "warning" ? "warnings" : "infos"] ?? active.filter((f) => f.severity === s).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const errors = count("error");
  const parts = [plural(errors, "error"), plural(count("warning"), "warning"), plural(count("info"), "info")];
  const waived = input.summary?.waived ?? input.findings.length - active.length;
  if (waived > 0) parts.push(`${waived} waived`);
  const expired = input.summary?.expiredWaivers ?? 0;
  if (expired > 0) parts.push(plural(expired, "expired waiver"));
  const context = [input.summary?.resources !== undefined ? plural(input.summary.resources, "resource") : "", input.summary?.environment ?? ""].filter(Boolean);
  const text = `${parts.join(", ")}${context.length ? ` (${context.join(", ")})` : ""}`;
  return paint(errors > 0 ? "red" : "green", text);
}
