/**
 * Assembles a Terraform-registry-ready copy of the HCL modules, named in the
 * terraform-<provider>-<name> convention:
 *
 *   <target>/terraform-kubernetes-hikube-vm/
 *     main.tf variables.tf outputs.tf versions.tf   root module (modules/stack)
 *     README.md LICENSE
 *     modules/{manifests,vm-disk,vm-instance,virtual-machine}/
 *     modules/kubectl-{stack,vm-disk,vm-instance,virtual-machine}/   the kubectl backend
 *     examples/<name>/                              from examples/hcl/<name>, each with a README.md
 *     examples/README.md                            examples/hcl/README.md
 *
 * Module sources are rewritten for the new layout (the root replaces modules/stack).
 * Usage: npm run publish-module -- <target-dir>   (default: dist/); prints the steps that publish it.
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
  // The registry shows each example's README: the one of the example, else its entry of examples/hcl/README.md.
  const descriptions = exampleDescriptions(readFileSync(join(examples, "README.md"), "utf8"));
  for (const name of readdirSync(join(out, "examples"))) {
    if (existsSync(join(out, "examples", name, "README.md"))) continue;
    const description = descriptions.get(name);
    if (!description) throw new Error(`publish-module: examples/hcl/README.md does not describe examples/hcl/${name}`);
    writeFileSync(join(out, "examples", name, "README.md"), `# ${name}\n\n${description}\n`);
  }
  cpSync(join(examples, "README.md"), join(out, "examples", "README.md"));
  writeFileSync(join(out, "README.md"), rootReadme(readdirSync(join(out, "examples")).filter((e) => e !== "README.md")));
  cpSync(join(ROOT, "LICENSE"), join(out, "LICENSE"));
  return out;
}

/** `- \`name/\`: text` entries of examples/hcl/README.md, by example name; the text up to the next entry. */
export function exampleDescriptions(readme: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const entry of readme.split(/\n(?=- `)/)) {
    const match = /^- `([\w-]+)\/`: ([\s\S]*?)(\n\n|$)/.exec(entry);
    if (match) result.set(match[1], match[2].replace(/\s*\n\s*/g, " ").trim().replace(/^./, (c) => c.toUpperCase()));
  }
  return result;
}

/** What to do with the tree: the registry publishes a GitHub repository named terraform-<provider>-<name> by tag. */
export function nextSteps(out: string): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string; repository?: { url?: string } };
  const owner = /github\.com[/:]([^/]+)\//.exec(pkg.repository?.url ?? "")?.[1] ?? "<github-owner>";
  const tag = `v${pkg.version}`;
  return [
    `Next steps to publish ${MODULE_NAME} ${tag} on the Terraform Registry:`,
    `  1. Create the public GitHub repository ${owner}/${MODULE_NAME} (the registry requires the name terraform-<provider>-<name>).`,
    `  2. cd ${out}`,
    `     git init -b main && git add . && git commit -m "${MODULE_NAME} ${tag}"`,
    `     git remote add origin git@github.com:${owner}/${MODULE_NAME}.git`,
    `     git tag ${tag} && git push origin main ${tag}`,
    `  3. Once: in the Terraform Registry, Publish > Module and choose ${owner}/${MODULE_NAME}.`,
    `     Later versions: run this again, commit, and push a new tag vX.Y.Z (semver, as in CHANGELOG.md).`,
    `  Users then write: source = "${owner}/hikube-vm/kubernetes", version = "~> ${pkg.version.split(".")[0]}.0"`,
  ].join("\n");
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
  console.log(`wrote ${relative(process.cwd(), out) || out}\n`);
  console.log(nextSteps(relative(process.cwd(), out) || out));
}
