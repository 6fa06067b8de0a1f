import { HIKUBE_CATALOG, type Catalog } from "../core/catalog";
import type { ResourceDefinition } from "../core/definition/resource-definition";
import type { Finding } from "../core/findings/finding";
import type { KubernetesManifest } from "../core/render/render-manifest";
import { closestMatch } from "../core/suggest/did-you-mean";
import { buildRuleContext } from "./context";
import { isEnvironment, isRuleLevel, type Environment, type RuleLevel } from "./environment";
import type { PolicyRule, RuleViolation } from "./rule";
import { HIKUBE_RULES } from "./rules";
import { summarizeFindings, type PolicySummary } from "./summary";
import { applyWaivers } from "./waivers/apply-waivers";
import { assertValidWaivers } from "./waivers/validate-waivers";
import type { Waiver } from "./waivers/waiver";

export interface PolicyOptions {
  readonly environment: Environment;
  /** @default HIKUBE_CATALOG */
  readonly catalog?: Catalog;
  /** Checked first: an invalid waiver throws a WaiverError. */
  readonly waivers?: readonly Waiver[];
  /** Today, for waiver expiry. @default new Date() */
  readonly now?: Date;
  /** Disks that exist outside this configuration: `name` (any namespace) or `namespace/name`. */
  readonly externalDisks?: Iterable<string>;
  /** A level per rule id, replacing the rule's level in this environment. */
  readonly levelOverrides?: Readonly<Record<string, RuleLevel>>;
  /** Namespace of definitions that name none. */
  readonly defaultNamespace?: string;
  /** @default HIKUBE_RULES (a platform team may add its own) */
  readonly rules?: readonly PolicyRule[];
  /** Manifests already rendered for some definitions: they are not rendered again. */
  readonly rendered?: ReadonlyMap<ResourceDefinition, KubernetesManifest>;
}

export interface PolicyReport {
  /** In resource order, then rule order; waived findings carry `waiver`. */
  readonly findings: Finding[];
  readonly summary: PolicySummary & { readonly environment: Environment };
  /** Waivers that matched nothing: probably fixed, remove them. */
  readonly unusedWaivers: readonly Waiver[];
}

/** The level a rule has in this evaluation. */
export function ruleLevel(rule: PolicyRule, environment: Environment, overrides?: Readonly<Record<string, RuleLevel>>): RuleLevel {
  return overrides?.[rule.id] ?? rule.levels[environment];
}

/** Evaluates every rule over the whole set of definitions. Throws on invalid options, never on odd definitions. */
export function evaluatePolicies(defs: readonly ResourceDefinition[], options: PolicyOptions): PolicyReport {
  const rules = options.rules ?? HIKUBE_RULES;
  checkOptions(rules, options);
  const ctx = buildRuleContext(defs, {
    environment: options.environment,
    catalog: options.catalog ?? HIKUBE_CATALOG,
    ...(options.defaultNamespace !== undefined && { defaultNamespace: options.defaultNamespace }),
    ...(options.externalDisks && { externalDisks: options.externalDisks }),
    ...(options.rendered && { rendered: options.rendered }),
  });
  const order = new Map(ctx.resources.map((r, i) => [r, i]));
  const raised: { at: number; rule: number; seq: number; finding: Finding }[] = [];
  rules.forEach((rule, ruleIndex) => {
    const level = ruleLevel(rule, options.environment, options.levelOverrides);
    if (level === "off") return;
    rule.check(ctx).forEach((v, seq) => raised.push({ at: order.get(v.resource) ?? 0, rule: ruleIndex, seq, finding: toFinding(rule, level, v) }));
  });
  raised.sort((a, b) => a.at - b.at || a.rule - b.rule || a.seq - b.seq);
  const outcome = applyWaivers(raised.map((r) => r.finding), options.waivers ?? [], rules, options.now ?? new Date());
  return {
    findings: outcome.findings,
    summary: { ...summarizeFindings(outcome.findings, { resources: ctx.resources.length }), environment: options.environment },
    unusedWaivers: outcome.unused,
  };
}

function toFinding(rule: PolicyRule, severity: Exclude<RuleLevel, "off">, v: RuleViolation): Finding {
  const { resource } = v;
  return {
    severity,
    kind: resource.kind,
    name: resource.name,
    ...(resource.namespace && { namespace: resource.namespace }),
    path: v.path,
    message: v.message,
    ...(v.allowed !== undefined && { allowed: v.allowed }),
    ...(v.suggestion !== undefined && { suggestion: v.suggestion }),
    ruleId: rule.id,
    ...(resource.definition.source && { source: resource.definition.source }),
  };
}

function checkOptions(rules: readonly PolicyRule[], options: PolicyOptions): void {
  if (!isEnvironment(options.environment)) {
    throw new Error(`unknown environment ${JSON.stringify(options.environment)}: expected development, staging or production`);
  }
  const ids = rules.map((r) => r.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new Error(`rule ${duplicate} is defined twice`);
  for (const [id, level] of Object.entries(options.levelOverrides ?? {})) {
    if (!ids.includes(id)) {
      const suggestion = closestMatch(id, ids);
      throw new Error(`levelOverrides: unknown rule ${JSON.stringify(id)}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`);
    }
    if (!isRuleLevel(level)) throw new Error(`levelOverrides.${id}: ${JSON.stringify(level)} is not one of error, warning, info, off`);
    // An unwaivable rule (HK014: a private key) must not be switched off by another door than waivers.
    const rule = rules.find((r) => r.id === id)!;
    if (!rule.waivable && level !== "error" && Object.values(rule.levels).includes("error")) {
      throw new Error(`levelOverrides.${id}: ${id} cannot be lowered to ${level}: it is not waivable (fix the resource instead)`);
    }
  }
  assertValidWaivers(options.waivers ?? [], rules);
}
