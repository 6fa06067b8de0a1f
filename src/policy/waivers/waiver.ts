import type { SourceLocation } from "../../core/findings/finding";

/**
 * Accepts a rule's findings on matching resources, for a reason, until an optional date.
 * From code, or from a file checked into the repository (`hikube-waivers.yaml`).
 */
export interface Waiver {
  /** The rule waived, e.g. `HK002`. */
  readonly ruleId: string;
  /**
   * `Kind/namespace/name`, or `Kind/name` for that name in any namespace. `*` matches any part
   * of one segment, `?` one character: `VMDisk/tenant-dev/*`, `VMInstance/*`.
   */
  readonly resource: string;
  /** Why the finding is accepted: at least one sentence (20 characters or more, ending with a period). */
  readonly reason: string;
  /** Last day the waiver applies, `YYYY-MM-DD` (UTC); after it, the finding applies again. */
  readonly expires?: string;
  /** Where the waiver was read from, for messages. */
  readonly source?: SourceLocation;
}

export const MINIMUM_REASON_LENGTH = 20;
export const RESOURCE_PATTERN = /^(VMInstance|VMDisk)\/[^/\s]+(\/[^/\s]+)?$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** `waiver HK002 for VMInstance/web (hikube-waivers.yaml:4)`. */
export function describeWaiver(w: Waiver): string {
  const where = w.source ? ` (${w.source.file}${w.source.line ? `:${w.source.line}` : ""})` : "";
  return `waiver ${w.ruleId} for ${w.resource}${where}`;
}

/** True once the day after `expires` has begun, in UTC. */
export function isExpired(w: Waiver, now: Date): boolean {
  if (w.expires === undefined) return false;
  const [y, m, d] = w.expires.split("-").map(Number);
  return now.getTime() >= Date.UTC(y, m - 1, d + 1);
}

/** A real calendar date (2025-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const [y, m, d] = text.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const matchers = new Map<string, (kind: string, namespace: string, name: string) => boolean>();

function segment(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
  return new RegExp(`^${body}$`);
}

/** Whether a waiver's `resource` pattern covers a resource. */
export function resourceMatches(pattern: string, kind: string, namespace: string, name: string): boolean {
  let matcher = matchers.get(pattern);
  if (!matcher) {
    const [k, ...rest] = pattern.split("/");
    const kindRe = segment(k);
    const nsRe = rest.length === 2 ? segment(rest[0]) : undefined;
    const nameRe = segment(rest[rest.length - 1] ?? "");
    matcher = (kd, ns, nm) => kindRe.test(kd) && (nsRe === undefined || nsRe.test(ns)) && nameRe.test(nm);
    matchers.set(pattern, matcher);
  }
  return matcher(kind, namespace, name);
}
