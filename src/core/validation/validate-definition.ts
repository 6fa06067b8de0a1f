import { HIKUBE_CATALOG, Catalog } from "../catalog";
import { definitionKey, ResourceDefinition } from "../definition/resource-definition";
import type { Finding } from "../findings/finding";
import { API_VERSION, isKindName, KINDS } from "../schema/kinds";
import { closestMatch } from "../suggest/did-you-mean";
import { FindingSink } from "./finding-sink";
import { checkInstanceSpec } from "./instance-checks";
import { ANNOTATIONS_MAX_BYTES, annotationsSizeProblem, DNS_1035_ALLOWED, dnsLabelProblem, LABEL_VALUE_ALLOWED, labelValueProblem, namespaceProblem, QUALIFIED_NAME_ALLOWED, qualifiedNameProblem } from "./name-checks";
import { HikubeError } from "../errors/hikube-error";
import { valueProblem } from "../errors/value-problem";
import { describeValue } from "./describe-value";
import { show } from "./paths";
import { validateSpecStructure } from "./schema-validator";
import { checkSemantics } from "./semantic-checks";

export interface ValidationOptions {
  /** The catalog names are checked against. @default HIKUBE_CATALOG */
  readonly catalog?: Catalog;
}

/** Every schema and semantic finding of one resource. Never throws, whatever the input. */
export function validateDefinition(def: ResourceDefinition, options: ValidationOptions = {}): Finding[] {
  const given: unknown = def;
  if (given === null || typeof given !== "object" || Array.isArray(given)) {
    return [{ severity: "error", kind: "", name: "", path: "", message: `expected a resource definition (kind, metadata, spec), got ${describeValue(given)}`, code: "document" }];
  }
  try {
    return checkDefinition(def, options ?? {});
  } catch (error) {
    // A getter that throws, a Proxy, a cycle in metadata: say which field, as a finding.
    const found = valueProblem(def, "definition");
    const message = found ? `${found.field} ${found.problem}` : `the definition cannot be read (${error instanceof Error ? error.message : String(error)})`;
    return [{ severity: "error", kind: "", name: "", path: found ? found.field.replace(/^definition\.?/, "") : "", message, code: "unreadable" }];
  }
}

function checkDefinition(def: ResourceDefinition, options: ValidationOptions): Finding[] {
  const sink = new FindingSink(def);
  if (!isKindName(def.kind)) {
    sink.error(["kind"], `unknown kind ${show(def.kind)}`, { code: "kind", allowed: "VMInstance, VMDisk", ...suggestKind(def.kind) });
    return sink.findings;
  }
  if (def.apiVersion !== undefined && def.apiVersion !== API_VERSION) {
    sink.error(["apiVersion"], `${show(def.apiVersion)} is not the API of ${def.kind}`, { code: "api-version", allowed: API_VERSION, suggestion: API_VERSION });
  }
  checkMetadata(def, sink);
  const spec = def.spec ?? {};
  if (typeof spec !== "object" || Array.isArray(spec)) {
    sink.error(["spec"], `expected an object, got ${show(spec)}`, { code: "type" });
    return sink.findings;
  }
  const info = KINDS[def.kind];
  validateSpecStructure(def.kind, spec, sink);
  checkSemantics(info.spec, spec, ["spec"], options.catalog ?? HIKUBE_CATALOG, sink);
  if (def.kind === "VMInstance") checkInstanceSpec(spec, sink);
  return sink.findings;
}

/** Each resource's findings, plus resources declared twice (same kind, namespace and name). */
export function validateDefinitions(defs: readonly ResourceDefinition[], options: ValidationOptions = {}): Finding[] {
  if (!Array.isArray(defs)) throw new HikubeError(`validateDefinitions: expected a list of resource definitions, got ${describeValue(defs)}`, { construct: "validateDefinitions", field: "argument 1" });
  const findings: Finding[] = [];
  const seen = new Map<string, ResourceDefinition>();
  for (const def of defs) {
    findings.push(...validateDefinition(def, options));
    // Without a kind, a name and a namespace as strings there is no identity to compare
    // (validateDefinition reported what is wrong).
    if (!hasIdentity(def)) continue;
    const key = definitionKey(def);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, def);
      continue;
    }
    const where = first.source ? ` (first declared in ${first.source.file}${first.source.line ? `:${first.source.line}` : ""})` : "";
    const sink = new FindingSink(def);
    sink.error(["metadata", "name"], `${def.kind} ${show(def.metadata.name)} is declared twice${where}`, { code: "duplicate-resource", allowed: "one resource per kind, namespace and name" });
    findings.push(...sink.findings);
  }
  return findings;
}

function hasIdentity(def: ResourceDefinition): boolean {
  try {
    return identityOf(def);
  } catch {
    return false; // unreadable: validateDefinition said where
  }
}

function identityOf(def: ResourceDefinition): boolean {
  if (def === null || typeof def !== "object") return false;
  const metadata: unknown = def.metadata;
  if (!isKindName(def.kind) || typeof metadata !== "object" || metadata === null) return false;
  const { name, namespace } = metadata as { name?: unknown; namespace?: unknown };
  return typeof name === "string" && (namespace === undefined || typeof namespace === "string");
}

function checkMetadata(def: ResourceDefinition, sink: FindingSink): void {
  const metadata: unknown = def.metadata;
  if (!metadata || typeof metadata !== "object") {
    sink.error(["metadata"], "missing metadata with a name", { code: "required" });
    return;
  }
  const { name, namespace, labels, annotations } = metadata as Record<string, unknown>;
  if (typeof name !== "string") {
    sink.error(["metadata", "name"], name === undefined ? "missing name" : `expected a string, got ${show(name)}`, { code: "required" });
  } else {
    const problem = dnsLabelProblem(name, KINDS[def.kind].maxNameLength);
    if (problem) {
      sink.error(["metadata", "name"], problem.message, {
        code: "name",
        allowed: `${DNS_1035_ALLOWED}, at most ${KINDS[def.kind].maxNameLength} characters for a ${def.kind}`,
        ...(problem.suggestion && { suggestion: problem.suggestion }),
      });
    }
  }
  if (namespace !== undefined) {
    const problem = typeof namespace === "string" ? namespaceProblem(namespace) : `expected a string, got ${show(namespace)}`;
    if (problem) sink.error(["metadata", "namespace"], problem, { code: "namespace", allowed: "a DNS-1123 label such as tenant-foo" });
  }
  for (const [field, map] of [["labels", labels], ["annotations", annotations]] as const) {
    // null is unset, as the API server reads it (and as null is everywhere in a spec).
    if (map === undefined || map === null) continue;
    if (!map || typeof map !== "object" || Array.isArray(map)) {
      sink.error(["metadata", field], `expected a map of strings, got ${show(map)}`, { code: "type" });
      continue;
    }
    for (const [key, value] of Object.entries(map)) {
      const keyProblem = qualifiedNameProblem(key);
      if (keyProblem) sink.error(["metadata", field, key], keyProblem, { code: "label-key", allowed: QUALIFIED_NAME_ALLOWED });
      if (typeof value !== "string") {
        // A number or a boolean is meant as its text (quoted in YAML); a list or an object has no obvious string.
        const scalar = typeof value === "number" || typeof value === "boolean";
        const fix = scalar ? `; quote it: ${JSON.stringify(String(value))}` : "";
        sink.error(["metadata", field, key], `expected a string, got ${describeValue(value)}${fix}`, { code: "type", ...(scalar && { suggestion: String(value) }) });
        continue;
      }
      const valueProblem = field === "labels" ? labelValueProblem(value) : undefined;
      if (valueProblem) sink.error(["metadata", field, key], valueProblem, { code: "label-value", allowed: LABEL_VALUE_ALLOWED });
    }
    const total = field === "annotations" ? annotationsSizeProblem(map as Record<string, unknown>) : undefined;
    if (total) sink.error(["metadata", field], total, { code: "annotations-size", allowed: `at most ${ANNOTATIONS_MAX_BYTES} bytes of keys and values in all` });
  }
}

function suggestKind(kind: unknown): { suggestion?: string } {
  const suggestion = typeof kind === "string" ? closestMatch(kind, ["VMInstance", "VMDisk"]) : undefined;
  return suggestion ? { suggestion } : {};
}
