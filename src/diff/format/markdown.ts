import { safeMarkdown, safeMarkdownCode } from "../../core/safe-output/safe-text";
import type { DiffResult, Risk } from "../model";
import { actionCounts, blockingCounts, formatValue, qualifiedAddress, resourceTitle, riskName } from "./values";

const ACTION_ICONS = { create: "🟢 create", update: "🟡 update", replace: "🟣 replace", delete: "🔴 delete" } as const;
const SEVERITY_ICONS: Readonly<Record<Risk["severity"], string>> = { error: "⛔", warning: "⚠️", info: "ℹ️" };

/**
 * For a pull-request comment: a verdict, a table of changes, then details per resource. Every text from the
 * input is inline code (`safeMarkdownCode`) or literal prose (`safeMarkdown`): secrets redacted, on one line, never
 * Markdown or HTML, so no value can add a table row, close the <details> or write a mention or a link.
 */
export function formatMarkdown(result: DiffResult, title = "Hikube diff"): string {
  const s = result.summary;
  const blocking = blockingCounts(s);
  const out = [`### ${safeMarkdown(title)}`, ""];
  if (result.changes.length === 0) {
    out.push(`No changes (${s.unchanged} unchanged).`);
    return out.join("\n") + "\n";
  }
  out.push(blocking ? `⛔ **Blocked: ${blocking}.** ${actionCounts(s)}.` : `✅ Nothing destroys data or is impossible. ${actionCounts(s)}.`, "");
  out.push("| Action | Resource | Risks |", "| --- | --- | --- |");
  for (const c of result.changes) {
    const risks = c.risks.filter((r) => r.severity !== "info").map((r) => `${SEVERITY_ICONS[r.severity]} ${riskName(r.type)}`);
    out.push(`| ${ACTION_ICONS[c.action]} | ${cell(resourceTitle(c))} | ${[...new Set(risks)].join("<br>") || "—"} |`);
  }
  out.push("", "<details><summary>Details</summary>", "");
  for (const c of result.changes) {
    out.push(`#### ${ACTION_ICONS[c.action]} ${inline(resourceTitle(c))}`, "", `Address: ${inline(qualifiedAddress(c))}${c.detail ? ` — ${escapeText(c.detail)}` : ""}`, "");
    if (c.movedFrom) out.push(`Moved from ${inline(c.movedFrom)}`, "");
    for (const f of c.fields) out.push(`- ${inline(f.path)}: ${inline(formatValue(f.before))} → ${inline(formatValue(f.after))}`);
    for (const r of c.risks) out.push(`- ${SEVERITY_ICONS[r.severity]} **${riskName(r.type)}**: ${escapeText(r.message)}`);
    out.push("");
  }
  out.push("</details>");
  return out.join("\n") + "\n";
}

const inline = (text: string) => safeMarkdownCode(text);
const escapeText = safeMarkdown;

/** A table cell: inline code with `|` escaped (GFM splits cells on it even inside code). */
function cell(text: string): string {
  return safeMarkdownCode(text, true);
}
