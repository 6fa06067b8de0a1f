import { suggestionHint } from "../../core/suggest/suggestion-hint";
import { formatFinding, type Finding } from "../../core/findings/finding";
import { defuseCommand } from "../../core/safe-output/terminal-text";
import { terminalFinding } from "../../report/safe-finding";
import type { CheckSummary } from "../check";

/** `web.yaml:12:5: error: VMInstance/web spec.instanceType: unknown instance type "u1.larg" (did you mean "u1.large"?)` */
export function findingLine(finding: Finding): string {
  const f = terminalFinding(finding);
  const where = f.source ? [f.source.file, f.source.line, f.source.column].filter((p) => p !== undefined).join(":") + ": " : "";
  const severity = f.waiver ? `${f.severity} (waived: ${f.waiver.reason})` : f.severity;
  // File-level findings (syntax errors) have no resource to name.
  const text = f.kind === "" && f.name === "" ? messageOnly(f) : formatFinding(f);
  // A file named `::error::x.yaml` would start a CI workflow command.
  return defuseCommand(`${where}${severity}: ${text}`);
}

function messageOnly(f: Finding): string {
  let text = f.message;
  text += suggestionHint(text, f.suggestion);
  if (f.allowed) text += `; allowed: ${f.allowed}`;
  return text;
}

/** `2 errors, 1 warning in 3 resources (2 files)` */
export function summaryLine(s: CheckSummary): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const counted = [
    plural(s.errors, "error"),
    plural(s.warnings, "warning"),
    ...(s.infos ? [plural(s.infos, "note")] : []),
    ...(s.waived ? [`${s.waived} waived`] : []),
  ].join(", ");
  const environment = s.environment ? `, ${s.environment} policies` : "";
  const unused = s.unusedWaivers ? `; ${plural(s.unusedWaivers, "waiver")} matched nothing` : "";
  return `${counted} in ${plural(s.resources, "resource")} (${plural(s.files, "file")}${environment})${unused}`;
}

/** Every finding, one line each, then the summary. */
export function findingsText(findings: readonly Finding[], summary: CheckSummary): string {
  return [...findings.map(findingLine), summaryLine(summary)].join("\n") + "\n";
}
