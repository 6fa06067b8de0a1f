import { closestMatch } from "../../core/suggest/did-you-mean";
import type { PolicyRule } from "../rule";
import { describeWaiver, isCalendarDate, type Waiver } from "./waiver";
import { describeSchemaError, validateWaiverShape } from "./waiver-schema";

/** Ids of findings that are not rules but can appear in reports. */
export const EXPIRED_WAIVER_ID = "waiver/expired";

/** Invalid waivers: every problem listed, so one run fixes them all. */
export class WaiverError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    const list = Array.isArray(problems) ? problems.map(String) : [String(problems)];
    super(`invalid waivers:\n  ${list.join("\n  ")}`);
    this.problems = list;
    this.name = "WaiverError";
  }
}

/** Problems of one waiver (shape, calendar date, known rule), as sentences; empty when valid. */
export function waiverProblems(waiver: unknown, rules: readonly PolicyRule[]): string[] {
  if (!validateWaiverShape(waiver)) {
    return [...new Set((validateWaiverShape.errors ?? []).map(describeSchemaError))];
  }
  const w = waiver as Waiver;
  const problems: string[] = [];
  if (w.expires !== undefined && !isCalendarDate(w.expires)) problems.push(`expires ${JSON.stringify(w.expires)} is not a calendar date`);
  if (!rules.some((r) => r.id === w.ruleId)) {
    const suggestion = closestMatch(w.ruleId, rules.map((r) => r.id));
    problems.push(`unknown rule ${JSON.stringify(w.ruleId)}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`);
  }
  return problems;
}

/** Throws a WaiverError naming each invalid waiver (by index, or by file and line). */
export function assertValidWaivers(waivers: readonly Waiver[], rules: readonly PolicyRule[]): void {
  const problems = waivers.flatMap((w, i) => {
    const label = w && typeof w === "object" && typeof w.ruleId === "string" && typeof w.resource === "string" ? describeWaiver(w) : `waivers[${i}]`;
    // `source` is ours, not the user's: checked apart from the shape.
    const { source: _source, ...shape } = (w ?? {}) as Waiver;
    return waiverProblems(shape, rules).map((p) => `${label}: ${p}`);
  });
  if (problems.length > 0) throw new WaiverError(problems);
}
