import type { ResourceDefinition, ResourceMetadata } from "../core/definition/resource-definition";
import { SERVER_METADATA_KEYS as SERVER_METADATA } from "../core/definition/server-metadata";
import type { Finding } from "../core/findings/finding";
import { API_GROUP, API_VERSION, isKindName, KIND_NAMES } from "../core/schema/kinds";
import { closestMatch } from "../core/suggest/did-you-mean";
import { describeValue } from "../core/validation/describe-value";
import { documentFinding } from "./document-findings";
import type { LoadedResource, ManifestDocument } from "./manifest-document";

export interface ReadOptions {
  /**
   * Skip (with an `info` finding) documents of other APIs, e.g. a ConfigMap next to the VMs.
   * By default they are errors: a file given to hikube-vm should hold only VMs.
   */
  readonly skipOtherKinds?: boolean;
}

const TOP_LEVEL_KEYS = ["apiVersion", "kind", "metadata", "spec", "status"];
const METADATA_KEYS = ["name", "namespace", "labels", "annotations"];
/** Set by the API server (kubectl get -o yaml): accepted and ignored. */
const SERVER_METADATA_KEYS = new Set(SERVER_METADATA);
/** kubectl's own bookkeeping, a full copy of the object: never part of what we render. */
const IGNORED_ANNOTATIONS = new Set(["kubectl.kubernetes.io/last-applied-configuration"]);

export interface Converted {
  readonly resources: LoadedResource[];
  readonly findings: Finding[];
}

/** One object of a file to a definition (or, for `kind: List`, to its items' definitions). */
export function toDefinitions(origin: ManifestDocument, options: ReadOptions, listItem: (index: number) => ManifestDocument | undefined): Converted {
  const out: Converted = { resources: [], findings: [] };
  const data = origin.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    out.findings.push(documentFinding("error", origin, "", `expected a Kubernetes object (apiVersion, kind, metadata, spec), got ${describeValue(data)}`, { code: "document" }));
    return out;
  }
  const object = data as Record<string, unknown>;
  const { apiVersion, kind } = object;
  if (kind === "List" && Array.isArray(object.items)) {
    object.items.forEach((_, i) => {
      const item = listItem(i);
      if (!item) return;
      const converted = toDefinitions(item, options, () => undefined);
      out.resources.push(...converted.resources);
      out.findings.push(...converted.findings);
    });
    return out;
  }
  if (kind === undefined) {
    out.findings.push(documentFinding("error", origin, "kind", "missing kind", { code: "kind", allowed: KIND_NAMES.join(", ") }));
    return out;
  }
  if (!isKindName(kind)) {
    const finding = otherKind(origin, apiVersion, kind, options);
    if (finding) out.findings.push(finding);
    return out;
  }
  if (apiVersion === undefined) {
    out.findings.push(documentFinding("error", origin, "apiVersion", "missing apiVersion", { code: "api-version", allowed: API_VERSION, suggestion: API_VERSION }));
  }
  out.findings.push(...unknownKeys(origin, object, "", TOP_LEVEL_KEYS, new Set()));
  const metadata = object.metadata;
  if (metadata && typeof metadata === "object" && !Array.isArray(metadata)) {
    out.findings.push(...unknownKeys(origin, metadata as Record<string, unknown>, "metadata", METADATA_KEYS, SERVER_METADATA_KEYS));
  }
  const { line, column } = positionOf(origin);
  const definition: ResourceDefinition = {
    // A wrong apiVersion is reported by the core validation, with the definition's position.
    ...(typeof apiVersion === "string" ? { apiVersion } : apiVersion !== undefined && { apiVersion: String(apiVersion) }),
    kind,
    metadata: ourMetadata(metadata),
    spec: withoutNulls(object.spec ?? {}) as Record<string, unknown>,
    source: { file: origin.file, line, column },
  };
  out.resources.push({ definition, origin });
  return out;
}

function positionOf(origin: ManifestDocument): { line: number; column: number } {
  const { line, col } = origin.lines.linePos(origin.node.range?.[0] ?? 0);
  return { line, column: col };
}

/** A document that is neither VMInstance nor VMDisk: a typo of ours, or another API's object. */
function otherKind(origin: ManifestDocument, apiVersion: unknown, kind: unknown, options: ReadOptions): Finding | undefined {
  const kindText = typeof kind === "string" ? kind : JSON.stringify(kind);
  const suggestion = typeof kind === "string" ? closestMatch(kind.replace(/s$/, ""), KIND_NAMES) : undefined;
  const ourGroup = typeof apiVersion === "string" && apiVersion.split("/")[0] === API_GROUP;
  if (!ourGroup && !suggestion && options.skipOtherKinds) {
    return documentFinding("info", origin, "kind", `skipped: ${String(apiVersion)} ${kindText} is not a VMInstance or VMDisk`, { code: "skipped-kind" });
  }
  const hint = ourGroup || suggestion ? "" : " (--skip-other-kinds skips objects of other APIs)";
  return documentFinding("error", origin, "kind", `unknown kind ${JSON.stringify(kindText)}: hikube-vm reads VMInstance and VMDisk${hint}`, {
    code: "kind",
    allowed: KIND_NAMES.join(", "),
    ...(suggestion && { suggestion }),
  });
}

/** Keys this project does not know, each an error with the closest known key. */
function unknownKeys(origin: ManifestDocument, object: Record<string, unknown>, at: string, known: readonly string[], ignored: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  for (const key of Object.keys(object)) {
    if (known.includes(key) || ignored.has(key)) continue;
    const path = at ? `${at}.${key}` : key;
    const suggestion = closestMatch(key, known);
    findings.push(
      documentFinding("error", origin, path, `unknown field "${key}"`, { code: "unknown-field", allowed: known.join(", "), atKey: true, ...(suggestion && { suggestion }) }),
    );
  }
  return findings;
}

/** name, namespace, labels and annotations as given (the core validates them), nothing else. */
function ourMetadata(metadata: unknown): ResourceMetadata {
  if (!metadata || typeof metadata !== "object" || Array.isArray(metadata)) return metadata as ResourceMetadata;
  const { name, namespace, labels, annotations } = metadata as Record<string, unknown>;
  const kept = annotations && typeof annotations === "object" && !Array.isArray(annotations) ? withoutIgnored(annotations as Record<string, unknown>) : annotations;
  return {
    name,
    ...(namespace !== undefined && { namespace }),
    ...(labels !== undefined && { labels }),
    ...(kept !== undefined && { annotations: kept }),
  } as ResourceMetadata;
}

function withoutIgnored(annotations: Record<string, unknown>): Record<string, unknown> | undefined {
  const entries = Object.entries(annotations).filter(([key]) => !IGNORED_ANNOTATIONS.has(key));
  return entries.length > 0 || Object.keys(annotations).length === 0 ? Object.fromEntries(entries) : undefined;
}

/**
 * `key: null` (or a bare `key:`) in a manifest is unset, as the API server reads it (it prunes nulls and
 * applies the chart's defaults, so `sshKeys: null` is `[]`): such keys are dropped, at any depth, so that
 * every reader (validation, rendering, import) sees the field as not given. Nulls inside lists are kept
 * (they are items, and wrong). Objects without a null are returned as they are.
 */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) {
    let items: unknown[] | undefined;
    value.forEach((item, i) => {
      const kept = withoutNulls(item);
      if (kept !== item) (items ??= value.slice())[i] = kept;
    });
    return items ?? value;
  }
  if (value === null || typeof value !== "object") return value;
  // Copied only when something changes: most specs have no null.
  let out: Record<string, unknown> | undefined;
  const entries = Object.entries(value as Record<string, unknown>);
  entries.forEach(([key, member], i) => {
    const kept = member === null ? undefined : withoutNulls(member);
    if (kept === member && out === undefined) return;
    out ??= Object.fromEntries(entries.slice(0, i));
    // defineProperty, not `=`: assigning "__proto__" would set the prototype and drop the key unseen.
    if (kept !== undefined) Object.defineProperty(out, key, { value: kept, enumerable: true, writable: true, configurable: true });
  });
  return out ?? value;
}
