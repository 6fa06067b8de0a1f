import { redactSecrets } from "../../core/safe-output/redact-secrets";
import { BLOCKING_RISKS, RISK_TYPES, type Change, type DiffSummary, type RiskType } from "../model";

/**
 * A value on one line for people: JSON, secrets redacted (before cutting, so a cut never leaves part of a key),
 * long strings cut. Not yet escaped for a terminal or Markdown: the formats do that.
 */
export function formatValue(value: unknown, max = 100): string {
  if (value === undefined) return "(absent)";
  const text = redactSecrets(JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export const ACTION_SYMBOLS: Readonly<Record<Change["action"], string>> = { create: "+", update: "~", replace: "-/+", delete: "-" };

export function resourceTitle(c: Change): string {
  const where = c.namespace ? `${c.namespace}/${c.name}` : c.name;
  return c.kind ? `${c.kind} ${where}` : c.address;
}

export function qualifiedAddress(c: Change): string {
  return c.stack ? `${c.stack}: ${c.address}` : c.address;
}

const RISK_NAMES: Readonly<Record<RiskType, string>> = {
  "data-loss": "data loss",
  impossible: "impossible",
  unverified: "cannot be checked",
  state: "state moves",
  ignored: "ignored by the platform",
  disruptive: "disruptive",
  exposure: "exposure widened",
  protection: "protection",
  ordering: "ordering",
  address: "address",
};

export function riskName(type: RiskType): string {
  return RISK_NAMES[type];
}

/** `1 to create, 2 to update, 0 to replace, 1 to delete (3 unchanged)` */
export function actionCounts(s: DiffSummary): string {
  return `${s.create} to create, ${s.update} to update, ${s.replace} to replace, ${s.delete} to delete (${s.unchanged} unchanged)`;
}

/** `2 data loss, 1 impossible` for the blocking types present; "" when none. */
export function blockingCounts(s: DiffSummary): string {
  return RISK_TYPES.filter((t) => BLOCKING_RISKS.has(t))
    .filter((t) => s.risks[t] > 0)
    .map((t) => `${s.risks[t]} ${riskName(t)}`)
    .join(", ");
}
