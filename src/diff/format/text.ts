import { defuseLines } from "../../core/safe-output/terminal-text";
import { safeText } from "../../core/safe-output/safe-text";
import type { DiffResult } from "../model";
import { PLAIN, Style } from "./style";
import { ACTION_SYMBOLS, actionCounts, blockingCounts, formatValue, qualifiedAddress, resourceTitle, riskName } from "./values";

const SEVERITY_MARKS = { error: "✗", warning: "!", info: "·" } as const;

/**
 * For a terminal or a CI log: one block per change, the summary last. Every text from the input (names,
 * addresses, paths, values, messages that quote them) goes through safeText: secrets redacted, control
 * characters escaped, so a value can neither hide a change nor forge a line.
 */
export function formatText(result: DiffResult, style: Style = PLAIN): string {
  const lines: string[] = [];
  for (const c of result.changes) {
    const head = `${ACTION_SYMBOLS[c.action].padStart(3)} ${c.action.padEnd(7)} ${safeText(resourceTitle(c))}`;
    lines.push(`${style.action(c.action, head)}  ${style.dim(safeText(qualifiedAddress(c)))}`);
    if (c.detail) lines.push(`      ${style.dim(safeText(c.detail))}`);
    if (c.movedFrom) lines.push(`      moved from ${safeText(c.movedFrom)}`);
    for (const f of c.fields) lines.push(`      ${safeText(f.path)}: ${safeText(formatValue(f.before))} → ${safeText(formatValue(f.after))}`);
    for (const r of c.risks) lines.push(`      ${style.severity(r.severity, `${SEVERITY_MARKS[r.severity]} ${riskName(r.type)}`)}: ${safeText(r.message)}`);
  }
  const s = result.summary;
  if (result.changes.length === 0) lines.push(`No changes (${s.unchanged} unchanged).`);
  else lines.push("", `Plan: ${actionCounts(s)}.`);
  const blocking = blockingCounts(s);
  if (blocking) lines.push(style.severity("error", style.bold(`Blocked: ${blocking}.`)));
  return defuseLines(lines.join("\n") + "\n");
}
