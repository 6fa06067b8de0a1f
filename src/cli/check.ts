import type { Catalog } from "../core/catalog/types";
import type { ResourceDefinition } from "../core/definition/resource-definition";
import type { Finding } from "../core/findings/finding";
import { validateDefinitions } from "../core/validation/validate-definition";
import { evaluatePolicies, mergeFindings, type Environment, type PolicyReport, type Waiver } from "../policy";
import { summarizeFindings, type PolicySummary } from "../policy/summary";
import { locateFindings, type LoadedResource, type ManifestSet } from "../yaml";

export interface CheckOptions {
  readonly catalog: Catalog;
  /** Policies of this environment. */
  readonly environment: Environment;
  /** Namespace of resources that name none (--namespace). */
  readonly defaultNamespace?: string;
  readonly waivers?: readonly Waiver[];
  /** Disks that exist outside these files (`name` or `namespace/name`). */
  readonly externalDisks?: readonly string[];
}

/** The policy engine's counts (waived findings apart), plus the number of files read. */
export type CheckSummary = PolicySummary & { readonly files: number; readonly unusedWaivers?: number };

export interface CheckResult {
  /** In file order, then line and column: reading problems, validation, policies. */
  readonly findings: readonly Finding[];
  readonly summary: CheckSummary;
  /** The resources, with --namespace applied. */
  readonly resources: readonly LoadedResource[];
  /** The policy engine's own report on them (findings with file positions), for synth's report files. */
  readonly policies: PolicyReport;
}

/**
 * Everything every command checks before it uses the files: what reading found (syntax,
 * unknown kinds), schema and semantic validation, duplicates across files, and policies, each
 * finding with file, line and column.
 */
export function checkManifests(set: ManifestSet, options: CheckOptions): CheckResult {
  const resources = set.resources.map((r) => withNamespace(r, options.defaultNamespace));
  const definitions = resources.map((r) => r.definition);
  const policies = evaluatePolicies(definitions, {
    environment: options.environment,
    catalog: options.catalog,
    ...(options.waivers && { waivers: options.waivers }),
    ...(options.externalDisks && { externalDisks: options.externalDisks }),
    ...(options.defaultNamespace !== undefined && { defaultNamespace: options.defaultNamespace }),
  });
  // One problem seen by validation and by a rule (a private key, a deprecated image) is one finding.
  const merged = mergeFindings(validateDefinitions(definitions, { catalog: options.catalog }), policies.findings);
  const located = locateFindings(merged, resources);
  const findings = sortFindings([...set.findings, ...located], set.files);
  const summary = summarize(findings, set.files.length, resources.length, options.environment);
  return { findings, summary: policies.unusedWaivers.length > 0 ? { ...summary, unusedWaivers: policies.unusedWaivers.length } : summary, resources, policies };
}

export function definitionsOf(result: CheckResult): ResourceDefinition[] {
  return result.resources.map((r) => r.definition);
}

function withNamespace(resource: LoadedResource, namespace: string | undefined): LoadedResource {
  const metadata = resource.definition.metadata;
  if (namespace === undefined || !metadata || typeof metadata !== "object" || metadata.namespace !== undefined) return resource;
  return { ...resource, definition: { ...resource.definition, metadata: { ...metadata, namespace } } };
}

function sortFindings(findings: readonly Finding[], files: readonly string[]): Finding[] {
  const order = new Map(files.map((f, i) => [f, i]));
  const rank = (f: Finding): [number, number, number] => [
    order.get(f.source?.file ?? "") ?? files.length,
    f.source?.line ?? Number.MAX_SAFE_INTEGER,
    f.source?.column ?? 0,
  ];
  return findings
    .map((finding, i) => ({ finding, i, r: rank(finding) }))
    .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.r[2] - b.r[2] || a.i - b.i)
    .map((x) => x.finding);
}

export function summarize(findings: readonly Finding[], files: number, resources: number, environment: Environment): CheckSummary {
  return { ...summarizeFindings(findings, { resources, environment }), files };
}
