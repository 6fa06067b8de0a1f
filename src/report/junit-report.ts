import type { Finding } from "../core/findings/finding";
import { fullMessage, groupByResource, reportRuleId, type ReportInput } from "./report-input";
import { redactSecrets } from "../core/safe-output/redact-secrets";
import { terminalText } from "../core/safe-output/terminal-text";
import { terminalFinding } from "./safe-finding";
import { xmlEscape } from "./xml";

export interface JunitOptions {
  /** Name of the <testsuites> element. @default "hikube-policies" */
  readonly name?: string;
  /** Every resource checked (`VMDisk/ns/name`), so compliant ones appear as passing tests. */
  readonly resources?: readonly string[];
}

/**
 * JUnit XML for CI test tabs: a testsuite per resource, a testcase per finding. Errors are
 * failures; warnings and infos pass with their message in system-out; waived findings are skipped.
 */
export function formatJunit(input: ReportInput, options: JunitOptions = {}): string {
  const groups = groupByResource(input.findings.map(terminalFinding));
  for (const resource of (options.resources ?? []).map((r) => terminalText(redactSecrets(r)))) if (!groups.has(resource)) groups.set(resource, []);
  const suites = [...groups].map(([resource, findings]) => suite(resource, findings));
  const total = (key: "tests" | "failures" | "skipped") => suites.reduce((n, s) => n + s[key], 0);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="${xmlEscape(options.name ?? "hikube-policies")}" tests="${total("tests")}" failures="${total("failures")}" errors="0" skipped="${total("skipped")}">`,
    ...suites.map((s) => s.xml),
    `</testsuites>`,
    "",
  ].join("\n");
}

function suite(resource: string, findings: readonly Finding[]): { xml: string; tests: number; failures: number; skipped: number } {
  const cases = findings.length === 0 ? [`    <testcase classname="${xmlEscape(resource)}" name="compliant"/>`] : findings.map((f) => testcase(resource, f));
  const failures = findings.filter((f) => f.severity === "error" && !f.waiver).length;
  const skipped = findings.filter((f) => f.waiver).length;
  const file = findings[0]?.source?.file;
  const xml = [
    `  <testsuite name="${xmlEscape(resource)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}"${file ? ` file="${xmlEscape(file)}"` : ""}>`,
    ...cases,
    `  </testsuite>`,
  ].join("\n");
  return { xml, tests: cases.length, failures, skipped };
}

function testcase(resource: string, f: Finding): string {
  const name = `${reportRuleId(f)}${f.path ? ` ${f.path}` : ""}`;
  const open = `    <testcase classname="${xmlEscape(resource)}" name="${xmlEscape(name)}"`;
  const message = fullMessage(f);
  if (f.waiver) return `${open}>\n      <skipped message="${xmlEscape(`waived: ${f.waiver.reason}`)}"/>\n    </testcase>`;
  if (f.severity === "error") {
    const where = f.source ? `\n${f.source.file}${f.source.line ? `:${f.source.line}` : ""}` : "";
    return `${open}>\n      <failure message="${xmlEscape(message)}" type="${xmlEscape(reportRuleId(f))}">${xmlEscape(`${resource} ${f.path}: ${message}${where}`)}</failure>\n    </testcase>`;
  }
  return `${open}>\n      <system-out>${xmlEscape(`${f.severity}: ${message}`)}</system-out>\n    </testcase>`;
}
