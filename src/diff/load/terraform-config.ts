import type { DiffResource, JsonObject, MovedBlock } from "../model";
import { SETTINGS_READERS } from "./apply-settings";
import { asObject, MANIFEST_READERS, ManifestReader } from "./manifest-attribute";
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
): { resources: DiffResource[]; moved: MovedBlock[] } {
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
          resources.push({
            stack,
            address: `${type}.${name}`,
            type,
            manifest: read(attributes),
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
  return { resources, moved: [...moved, ...adoptions(json, stack)] };
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
