import type { DiffResult, Risk } from "../model";
import { actionCounts, blockingCounts, formatValue, qualifiedAddress, resourceTitle, riskName } from "./values";

const ACTION_ICONS = { create: "🟢 create", update: "🟡 update", replace: "🟣 replace", delete: "🔴 delete" } as const;
const SEVERITY_ICONS: Readonly<Record<Risk["severity"], string>> = { error: "⛔", warning: "⚠️", info: "ℹ️" };

/** For a pull-request comment: a verdict, a table of changes, then details per resource. */
export function formatMarkdown(result: DiffResult, title = "Hikube diff"): string {
  const s = result.summary;
  const blocking = blockingCounts(s);
  const out = [`### ${title}`, ""];
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

/** Inline code that survives any content: a fence longer than any backtick run inside. */
function inline(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

function cell(text: string): string {
  return inline(text).replace(/\|/g, "\\|");
}

/** Text with Markdown and HTML made literal. */
function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`);
}
