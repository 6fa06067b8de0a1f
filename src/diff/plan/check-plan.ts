import type { Catalog } from "../../core/catalog";
import type { ResourceDefinition } from "../../core/definition/resource-definition";
import { API_GROUP, KindName } from "../../core/schema/kinds";
import { validateDefinitions } from "../../core/validation/validate-definition";
import { evaluatePolicies, summarizeFindings, type Environment, type PolicyReport, type Waiver } from "../../policy";
import { classifyChange } from "../classify";
import { linkSameObjects, summarize } from "../diff";
import { asObject, type ManifestReader } from "../load/manifest-attribute";
import { KNOWN_AFTER_APPLY, type Change, type DiffResource, type DiffResult, type JsonObject, type Risk } from "../model";
import { markDuplicates } from "../load/duplicates";
import { readPlannedChanges, type PlannedChange } from "./read-plan";

export interface PlanCheckOptions {
  /** Policies of this environment run on the planned manifests. @default "development" */
  readonly environment?: Environment;
  readonly catalog?: Catalog;
  readonly waivers?: readonly Waiver[];
  /** Resource types holding a manifest. @default MANIFEST_READERS */
  readonly readers?: Readonly<Record<string, ManifestReader>>;
}

export interface PlanCheckResult extends DiffResult {
  /** The policies over every VMInstance and VMDisk the plan leaves (created, updated or unchanged). */
  readonly policies: PolicyReport;
}

/**
 * The risks of the manifest changes (kubernetes_manifest and kubectl_manifest) a real
 * `terraform plan` holds (its JSON, from `terraform show -json tfplan`), with Terraform's own
 * actions, and the policies over the manifests as planned.
 */
export function checkPlan(plan: unknown, source: string, options: PlanCheckOptions = {}): PlanCheckResult {
  const planned = withDuplicatesMarked(readPlannedChanges(plan, source, options.readers));
  const changes: Change[] = [];
  let unchanged = 0;
  for (const p of planned) {
    const problem = p.before?.problem ?? p.after?.problem;
    if (p.action === undefined && p.previousAddress === undefined && p.importId === undefined && problem === undefined) {
      unchanged++;
      continue;
    }
    const change = classifyChange(p.before, p.after, { plannedAction: p.action ?? "update", ...(p.previousAddress && { movedFrom: p.previousAddress }) });
    if (!change) continue;
    const notes: Risk[] = [];
    if (p.reason && p.action === "replace") notes.push({ id: "replace-reason", type: "address", severity: "info", message: `Terraform's reason: ${p.reason}` });
    // An import block adopts the object in the cluster (e.g. after a backend switch): nothing is created.
    if (p.importId !== undefined) notes.push({ id: "imported", type: "address", severity: "info", message: `imported (id ${p.importId}): Terraform adopts the object that exists; nothing is created` });
    changes.push(notes.length > 0 ? { ...change, risks: [...change.risks, ...notes] } : change);
  }
  // A backend switch in one plan: kubernetes_manifest.X deleted, kubectl_manifest.X created.
  linkSameObjects(changes, planned.flatMap((p) => [p.before, p.after].filter((r): r is DiffResource => r !== undefined)));
  const definitions = planned.flatMap((p) => (p.after?.manifest ? toDefinition(p.after.manifest, source) : []));
  const report = evaluatePolicies(definitions, {
    environment: options.environment ?? "development",
    ...(options.catalog && { catalog: options.catalog }),
    ...(options.waivers && { waivers: options.waivers }),
  });
  // The library's full validation too: a plan made by the HCL modules carries what HCL cannot check
  // (SSH key bodies, cloud-init beyond YAML syntax...; modules/manifests/README.md lists them).
  const validation = validateDefinitions(definitions, options.catalog ? { catalog: options.catalog } : {});
  const findings = [...validation, ...report.findings];
  const policies: PolicyReport = { ...report, findings, summary: { ...summarizeFindings(findings, { resources: report.summary.resources }), environment: report.summary.environment } };
  return { changes, summary: summarize(changes, unchanged), policies };
}

/**
 * Two resources of the plan that manage one object (on the side before, or after): neither change can be proved
 * safe, destroying either deletes the object for both. A delete is left out of "after" and a create of "before".
 */
function withDuplicatesMarked(planned: readonly PlannedChange[]): PlannedChange[] {
  const mark = (side: "before" | "after") => {
    const resources = planned.flatMap((p) => (p[side] ? [p[side]!] : []));
    return new Map(markDuplicates(resources).map((r) => [r.address, r]));
  };
  const [before, after] = [mark("before"), mark("after")];
  return planned.map((p) => ({ ...p, ...(p.before && { before: before.get(p.address) ?? p.before }), ...(p.after && { after: after.get(p.address) ?? p.after }) }));
}

/** A planned manifest as a definition the policies read; other APIs are not ours to judge. */
function toDefinition(manifest: JsonObject, source: string): ResourceDefinition[] {
  const kind = manifest.kind;
  const apiVersion = typeof manifest.apiVersion === "string" ? manifest.apiVersion : "";
  if ((kind !== "VMInstance" && kind !== "VMDisk") || !apiVersion.startsWith(`${API_GROUP}/`)) return [];
  const metadata = asObject(manifest.metadata) ?? {};
  if (typeof metadata.name !== "string") return [];
  // A spec known only after apply (a kubectl yaml_body that is unknown) cannot be judged: an
  // empty spec would stand for defaults it may not have.
  if (manifest.spec === KNOWN_AFTER_APPLY) return [];
  const spec = asObject(manifest.spec) ?? {};
  return [
    {
      apiVersion,
      kind: kind as KindName,
      metadata: {
        name: metadata.name,
        ...(typeof metadata.namespace === "string" && { namespace: metadata.namespace }),
      },
      spec,
      source: { file: source },
    },
  ];
}
