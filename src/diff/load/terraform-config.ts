import type { DiffResource, JsonObject, MovedBlock, StackState } from "../model";
import { SETTINGS_READERS } from "./apply-settings";
import { asObject, MANIFEST_READERS, ManifestReader } from "./manifest-attribute";
import { expressionProblem, resourceProblem } from "./manifest-problem";
import { stableJson } from "./stable-json";
import { unescapeTerraformTemplates } from "./terraform-unescape";

/** Whether a JSON document looks like Terraform's JSON configuration syntax (`cdk.tf.json`). */
export function isTerraformConfig(json: JsonObject): boolean {
  return ["resource", "terraform", "provider", "moved", "module", "output", "variable", "locals", "data"].some((k) => k in json);
}

/**
 * The manifest resources and moved blocks of one Terraform JSON configuration. Strings are
 * unescaped (`$${` is Terraform's literal `${`), so values compare with a state's; a
 * kubectl_manifest's yaml_body is unescaped as a whole before it is parsed, which is the same.
 */
export function readTerraformConfig(
  json: JsonObject,
  stack: string,
  readers: Readonly<Record<string, ManifestReader>> = MANIFEST_READERS,
): { resources: DiffResource[]; moved: MovedBlock[]; stacks: StackState[] } {
  const resources: DiffResource[] = [];
  for (const block of blocks(json.resource)) {
    for (const [type, byName] of Object.entries(block)) {
      const read = readers[type];
      if (!read) continue;
      for (const [name, raw] of Object.entries(asObject(byName) ?? {})) {
        for (const attrs of blocks(raw)) {
          const attributes = unescapeTerraformTemplates(attrs) as JsonObject;
          const lifecycle = blocks(attributes.lifecycle)[0];
          const settings = SETTINGS_READERS[type]?.(attributes);
          const manifest = read(attributes);
          // Checked on the escaped text: once unescaped, a literal `$${` and an expression `${` look alike.
          const problem = expressionProblem(type, attrs) ?? repetitionProblem(attrs) ?? resourceProblem(type, attributes, manifest);
          resources.push({
            stack,
            address: `${type}.${name}`,
            type,
            manifest: problem === undefined ? manifest : undefined,
            ...(problem !== undefined && { problem }),
            preventDestroy: lifecycle?.prevent_destroy === true,
            dependsOn: Array.isArray(attributes.depends_on) ? attributes.depends_on.map(String) : [],
            ...(settings && { settings }),
          });
        }
      }
    }
  }
  const moved: MovedBlock[] = blocks(json.moved)
    .filter((m) => typeof m.from === "string" && typeof m.to === "string")
    .map((m) => ({ stack, from: m.from as string, to: m.to as string }));
  // A module's resources are in another configuration the diff does not read: it cannot say they are safe.
  for (const block of blocks(json.module)) {
    for (const name of Object.keys(block)) {
      resources.push({
        stack,
        address: `module.${name}`,
        type: "module",
        problem: `module ${name} is not read: the diff cannot see the resources it declares; check them with 'hikube-vm plan-check' on a terraform plan`,
      });
    }
  }
  return { resources, moved: [...moved, ...adoptions(json, stack)], stacks: [stackState(json, stack)] };
}

/** count or for_each: one resource is several objects (or none) the diff cannot list from the configuration alone. */
function repetitionProblem(attrs: JsonObject): string | undefined {
  const which = ["count", "for_each"].find((k) => k in attrs);
  return which ? `it uses ${which}: its instances and their objects are known only when Terraform evaluates it; check the real plan with 'hikube-vm plan-check'` : undefined;
}

/** The stack name cdktf writes and the backend block: together they say where the state is. */
function stackState(json: JsonObject, stack: string): StackState {
  const metadata = asObject(asObject(json["//"])?.metadata);
  const backend = asObject(asObject(json.terraform)?.backend);
  return {
    stack,
    ...(typeof metadata?.stackName === "string" && { stackName: metadata.stackName }),
    ...(backend && { backend: stableJson(backend) }),
  };
}

/**
 * A `removed` block that keeps the object (`lifecycle { destroy = false }`) and an `import` block to a resource of
 * the same name under another type: the object changes resource type without being destroyed.
 */
function adoptions(json: JsonObject, stack: string): MovedBlock[] {
  const nameOf = (address: string) => address.slice(address.indexOf(".") + 1);
  const kept = blocks(json.removed)
    .filter((r) => typeof r.from === "string" && blocks(r.lifecycle)[0]?.destroy === false)
    .map((r) => r.from as string);
  const imported = blocks(json.import)
    .map((i) => i.to)
    .filter((to): to is string => typeof to === "string");
  const out: MovedBlock[] = [];
  for (const from of kept) {
    const to = imported.find((t) => nameOf(t) === nameOf(from) && t !== from);
    if (to) out.push({ stack, from, to, adoption: true });
  }
  return out;
}

/** Terraform JSON allows a block as an object or as an array of objects. */
function blocks(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.map(asObject).filter((v): v is JsonObject => v !== undefined);
  const one = asObject(value);
  return one ? [one] : [];
}
