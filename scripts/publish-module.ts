/**
 * Assembles a Terraform-registry-ready copy of the HCL modules, named in the
 * terraform-<provider>-<name> convention:
 *
 *   <target>/terraform-kubernetes-hikube-vm/
 *     main.tf variables.tf outputs.tf versions.tf   root module (modules/stack)
 *     README.md LICENSE
 *     modules/{manifests,vm-disk,vm-instance,virtual-machine}/
 *     modules/kubectl-{stack,vm-disk,vm-instance,virtual-machine}/   the kubectl backend
 *     examples/<name>/                              from examples/hcl/<name>
 *
 * Module sources are rewritten for the new layout (the root replaces modules/stack).
 * Usage: npm run publish-module -- <target-dir>   (default: dist/)
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { join, relative } from "path";

export const MODULE_NAME = "terraform-kubernetes-hikube-vm";
export const SUBMODULES = ["manifests", "vm-disk", "vm-instance", "virtual-machine", "kubectl-stack", "kubectl-vm-disk", "kubectl-vm-instance", "kubectl-virtual-machine"] as const;
const ROOT_MODULE = "stack";
const ROOT = join(__dirname, "..");

/** Skips Terraform's working files (.terraform/, lock files, state). */
const keep = (path: string) => !/(^|[\\/])(\.terraform(\.lock\.hcl)?|terraform\.tfstate[^\\/]*)$/.test(path);

/** Writes the tree and returns its directory. An existing copy is replaced. */
export function publishModule(target: string): string {
  const out = join(target, MODULE_NAME);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  // Root module: modules/stack, reaching modules/manifests at its new place.
  for (const file of readdirSync(join(ROOT, "modules", ROOT_MODULE)).filter((f) => f.endsWith(".tf"))) {
    const text = readFileSync(join(ROOT, "modules", ROOT_MODULE, file), "utf8");
    writeFileSync(join(out, file), text.replace(/source(\s*)= "\.\.\/(\w[\w-]*)"/g, 'source$1= "./modules/$2"'));
  }
  for (const name of SUBMODULES) {
    cpSync(join(ROOT, "modules", name), join(out, "modules", name), { recursive: true, filter: keep });
    rewriteSources(join(out, "modules", name), (source) => (source === `../${ROOT_MODULE}` ? "../.." : source));
  }
  const examples = join(ROOT, "examples", "hcl");
  for (const name of readdirSync(examples).filter((f) => statSync(join(examples, f)).isDirectory())) {
    cpSync(join(examples, name), join(out, "examples", name), { recursive: true, filter: keep });
    rewriteSources(join(out, "examples", name), (source) =>
      source === `../../../modules/${ROOT_MODULE}` ? "../.." : source.replace(/^\.\.\/\.\.\/\.\.\/modules\//, "../../modules/"),
    );
  }
  writeFileSync(join(out, "README.md"), rootReadme(readdirSync(join(out, "examples"))));
  cpSync(join(ROOT, "LICENSE"), join(out, "LICENSE"));
  return out;
}

/** Applies `map` to every `source = "..."` of the .tf files under a directory. */
function rewriteSources(dir: string, map: (source: string) => string): void {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) rewriteSources(path, map);
    else if (entry.endsWith(".tf")) {
      const text = readFileSync(path, "utf8");
      writeFileSync(path, text.replace(/(\bsource\s*=\s*)"([^"]+)"/g, (_m, lead: string, source: string) => `${lead}"${map(source)}"`));
    }
  }
}

/** The stack module's README (its generated tables included) as the root's, plus the parts. */
function rootReadme(examples: readonly string[]): string {
  const stack = readFileSync(join(ROOT, "modules", ROOT_MODULE, "README.md"), "utf8").replace(/^# .*\n/, "");
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { description: string };
  return [
    `# ${MODULE_NAME}`,
    "",
    pkg.description,
    "",
    "The root module creates VMDisks and VMInstances from maps; the submodules cover one disk, one",
    "instance, one whole VM, and the pure computation and validation of manifests.",
    "",
    "Two backends: the root module and `modules/{vm-disk,vm-instance,virtual-machine}` apply with",
    "`kubernetes_manifest` (hashicorp/kubernetes, server-side apply with `force_conflicts`);",
    "`modules/kubectl-*` apply the same manifests with `kubectl_manifest` (alekc/kubectl), which",
    "needs no CRD listing at plan time, for tenants whose kubeconfig cannot list CRDs. Each module",
    "requires one provider only. See `modules/kubectl-stack/README.md` for the choice and for",
    "switching an existing stack without destroying it.",
    "",
    "## Submodules",
    "",
    ...SUBMODULES.map((m) => `- [\`modules/${m}\`](modules/${m}/README.md)`),
    "",
    "## Examples",
    "",
    ...examples.map((e) => `- [\`examples/${e}\`](examples/${e})`),
    "",
    "## Root module",
    stack,
  ].join("\n");
}

if (require.main === module) {
  const target = process.argv[2] ?? join(ROOT, "dist");
  const out = publishModule(target);
  if (!existsSync(join(out, "main.tf"))) throw new Error("no root module written");
  console.log(`wrote ${relative(process.cwd(), out) || out}`);
}
