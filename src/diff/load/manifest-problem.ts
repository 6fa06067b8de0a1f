import { KNOWN_AFTER_APPLY, type JsonObject } from "../model";
import { asObject } from "./manifest-attribute";
import { readYamlBody } from "./yaml-body";

/** The attribute holding the object, per resource type the diff reads. */
const MANIFEST_ATTRIBUTE: Readonly<Record<string, string>> = { kubernetes_manifest: "manifest", kubectl_manifest: "yaml_body" };

/**
 * Why the object of a resource cannot be read from its attributes (values as Terraform holds them: unescaped), or
 * undefined. A value Terraform knows only after apply is not a problem here: a plan says so and the risks handle it.
 */
export function manifestProblem(type: string, attributes: JsonObject): string | undefined {
  if (type === "kubernetes_manifest") {
    const manifest = attributes.manifest;
    if (manifest === KNOWN_AFTER_APPLY || asObject(manifest)) return undefined;
    if (manifest === undefined || manifest === null) return "has no manifest (missing, or known only after apply: a plan's planned values leave those out)";
    return typeof manifest === "string"
      ? "its manifest is a Terraform expression (such as ${yamldecode(file(…))}), not an object the diff can read: write the object as literal values (hikube-vm synth renders them), or check the real plan with 'hikube-vm plan-check'"
      : "its manifest is not an object";
  }
  if (type === "kubectl_manifest") {
    const text = [attributes.yaml_body, attributes.yaml_body_parsed].find((v): v is string => typeof v === "string" && v !== KNOWN_AFTER_APPLY);
    if (text !== undefined) return readYamlBody(text).problem;
    if (attributes.yaml_body === KNOWN_AFTER_APPLY || attributes.yaml_body_parsed === KNOWN_AFTER_APPLY) return undefined;
    return attributes.yaml_body === undefined ? "has no yaml_body (missing, or known only after apply: a plan's planned values leave those out)" : "its yaml_body is not a string";
  }
  return undefined;
}

/**
 * In a Terraform JSON configuration (strings still escaped: `$${` is a literal), where the object's attribute holds
 * a template sequence (`${…}`, `%{…}`) that Terraform evaluates: the diff cannot know its value. Keys are templates too.
 */
export function expressionProblem(type: string, rawAttributes: JsonObject): string | undefined {
  const attribute = MANIFEST_ATTRIBUTE[type];
  if (!attribute || !(attribute in rawAttributes)) return undefined;
  const value = rawAttributes[attribute];
  if (typeof value === "string") {
    return hasTemplate(value) ? `its ${attribute} is a Terraform expression (\${…} or %{…}, such as \${file(…)}), not what Terraform will apply: write the object as literal values (hikube-vm synth renders them), or check the real plan with 'hikube-vm plan-check'` : undefined;
  }
  const path = templatePath(value, "");
  return path === undefined ? undefined : `its ${attribute} holds a Terraform expression (\${…} or %{…}) at ${path || "its root"}, whose value the diff cannot know: write the object as literal values (hikube-vm synth renders them), or check the real plan with 'hikube-vm plan-check'`;
}

/** An unescaped `${` or `%{`: one not preceded by the same sigil (`$${` is Terraform's literal `${`). */
export function hasTemplate(text: string): boolean {
  return /(^|[^$])\$\{|(^|[^%])%\{/.test(text);
}

function templatePath(value: unknown, path: string): string | undefined {
  if (typeof value === "string") return hasTemplate(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = templatePath(value[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const object = asObject(value);
  if (!object) return undefined;
  for (const [key, member] of Object.entries(object)) {
    const here = path ? `${path}.${key}` : key;
    if (hasTemplate(key)) return `${path ? `${path}.` : ""}(a key)`;
    const found = templatePath(member, here);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The problem of a resource whose attributes were read into `manifest` (undefined when unknown or unreadable). */
export function resourceProblem(type: string, attributes: JsonObject, manifest: JsonObject | undefined): string | undefined {
  const problem = manifestProblem(type, attributes);
  if (problem !== undefined || !manifest) return problem;
  const metadata = asObject(manifest.metadata);
  if (typeof manifest.kind !== "string" || manifest.kind === "") return "its object has no kind: the diff cannot tell what it is; give it a kind";
  if (typeof metadata?.name !== "string" || metadata.name === "") return `its ${manifest.kind} has no metadata.name: the diff cannot tell which object it is; give it a name`;
  if (metadata.namespace !== undefined && typeof metadata.namespace !== "string") return `its ${manifest.kind} has a metadata.namespace that is not a string`;
  return undefined;
}
