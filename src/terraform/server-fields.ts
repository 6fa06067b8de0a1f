import type { ResourceDefinition } from "../core/definition/resource-definition";
import { SERVER_METADATA_KEYS as SERVER_METADATA } from "../core/definition/server-metadata";


/**
 * Label and annotation keys the platform or a tool writes, not the user: kubectl's copy of the last applied object,
 * Cozystack's `apps.cozystack.io/*` bookkeeping, Helm's release labels. Managed by Terraform they would be
 * removed or fought over on every apply.
 */
const PLATFORM_KEY = /^(kubectl\.kubernetes\.io\/|apps\.cozystack\.io\/|helm\.sh\/|meta\.helm\.sh\/|helm\.toolkit\.fluxcd\.io\/)/;
const HELM_MANAGED = { key: "app.kubernetes.io/managed-by", value: "Helm" };

function isPlatformKey(key: string, value: unknown): boolean {
  return PLATFORM_KEY.test(key) || (key === HELM_MANAGED.key && value === HELM_MANAGED.value);
}

export interface WithoutServerFields {
  /** The definition with platform labels and annotations removed (the reader already ignores the rest). */
  readonly definition: ResourceDefinition;
  /** What was dropped, as paths: `status`, `metadata.uid`, `metadata.labels["apps.cozystack.io/..."]`. */
  readonly dropped: readonly string[];
}

/**
 * What an object read from the cluster (`kubectl get vminstances,vmdisks -o yaml`) carries that is the server's,
 * not the user's, and the definition without it. `raw` is the object as read (its status and server metadata);
 * the definition is what the reader kept of it.
 */
export function withoutServerFields(definition: ResourceDefinition, raw: unknown): WithoutServerFields {
  const dropped: string[] = [];
  const object = isMap(raw) ? raw : {};
  if ("status" in object) dropped.push("status");
  const rawMetadata = isMap(object.metadata) ? object.metadata : {};
  for (const key of SERVER_METADATA) if (key in rawMetadata) dropped.push(`metadata.${key}`);
  const metadata: Record<string, unknown> = { ...definition.metadata };
  for (const field of ["labels", "annotations"] as const) {
    const given = isMap(rawMetadata[field]) ? rawMetadata[field] : {};
    for (const [key, value] of Object.entries(given)) if (isPlatformKey(key, value)) dropped.push(`metadata.${field}[${JSON.stringify(key)}]`);
    const kept = metadata[field];
    if (!isMap(kept)) continue;
    const entries = Object.entries(kept).filter(([key, value]) => !isPlatformKey(key, value));
    if (entries.length === Object.keys(kept).length) continue;
    if (entries.length > 0) metadata[field] = Object.fromEntries(entries);
    else delete metadata[field];
  }
  return { definition: { ...definition, metadata: metadata as unknown as ResourceDefinition["metadata"] }, dropped };
}

/**
 * One line for the user: which server fields were dropped, in how many of the resources, e.g.
 * `adopt: dropped what the server sets, left as it is in the cluster: status (2), metadata.uid (2) ...`.
 */
export function droppedFieldsLine(reports: readonly WithoutServerFields[]): string | undefined {
  const counts = new Map<string, number>();
  for (const report of reports) for (const path of report.dropped) counts.set(path, (counts.get(path) ?? 0) + 1);
  if (counts.size === 0) return undefined;
  const all = reports.length;
  const parts = [...counts].map(([path, n]) => (n === all ? path : `${path} (${n} of ${all})`));
  return `adopt: dropped what the server sets, left as it is in the cluster: ${parts.join(", ")}`;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
