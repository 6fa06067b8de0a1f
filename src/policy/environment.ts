import type { Severity } from "../core/findings/finding";

/** Where a configuration is deployed: rules are stricter the closer to production. */
export type Environment = "development" | "staging" | "production";

/** What a rule's finding becomes in one environment; `off` skips the rule. */
export type RuleLevel = Severity | "off";

export const ENVIRONMENTS: readonly Environment[] = ["development", "staging", "production"];
export const RULE_LEVELS: readonly RuleLevel[] = ["error", "warning", "info", "off"];

export function isEnvironment(value: unknown): value is Environment {
  return typeof value === "string" && (ENVIRONMENTS as readonly string[]).includes(value);
}

export function isRuleLevel(value: unknown): value is RuleLevel {
  return typeof value === "string" && (RULE_LEVELS as readonly string[]).includes(value);
}

/** Shorthand for a rule's levels: the same in every environment. */
export function everywhere(level: RuleLevel): Record<Environment, RuleLevel> {
  return { development: level, staging: level, production: level };
}
