import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "fs";
import { tmpdir } from "os";
import { join, relative } from "path";
import { MODULE_NAME, publishModule, SUBMODULES } from "../../scripts/publish-module";
import { terraform, terraformTest } from "../helpers/terraform";

const ROOT = join(__dirname, "..", "..");

function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(root, path) : [relative(root, path)];
  });
}

describe("publish-module", () => {
  const out = publishModule(mkdtempSync(join(tmpdir(), "hikube-publish-")));
  const files = filesUnder(out).map((f) => f.split("\\").join("/"));

  test(`the tree is named ${MODULE_NAME} and has the registry's standard layout`, () => {
    expect(out.endsWith(MODULE_NAME)).toBe(true);
    for (const file of ["main.tf", "variables.tf", "outputs.tf", "versions.tf", "README.md", "LICENSE"]) expect(files).toContain(file);
    for (const module of SUBMODULES) {
      for (const file of ["main.tf", "variables.tf", "outputs.tf", "versions.tf", "README.md"]) expect(files).toContain(`modules/${module}/${file}`);
    }
    expect(files).toEqual(expect.arrayContaining(["examples/virtual-machine/main.tf", "examples/disks-and-instance/main.tf", "examples/manifests-only/main.tf"]));
    expect(files.filter((f) => /\.terraform|tfstate/.test(f))).toEqual([]);
    expect(files.some((f) => f.startsWith("modules/stack/"))).toBe(false);
  });

  test("module sources point inside the tree", () => {
    const sources = files
      .filter((f) => f.endsWith(".tf"))
      .flatMap((f) => [...readFileSync(join(out, f), "utf8").matchAll(/\bsource\s*=\s*"(\.[^"]*)"/g)].map((m) => ({ file: f, source: m[1] })));
    expect(sources.length).toBeGreaterThan(5);
    for (const { file, source } of sources) expect({ file, exists: existsSync(join(out, file, "..", source, "main.tf")) }).toEqual({ file, exists: true });
    expect(readFileSync(join(out, "main.tf"), "utf8")).toContain('source = "./modules/manifests"');
  });

  test("the README names the parts and carries the root module's generated tables", () => {
    const readme = readFileSync(join(out, "README.md"), "utf8");
    expect(readme).toMatch(new RegExp(`^# ${MODULE_NAME}`));
    for (const module of SUBMODULES) expect(readme).toContain(`modules/${module}/README.md`);
    expect(readme).toContain("| `prevent_destroy_disks` |");
    expect(readFileSync(join(out, "LICENSE"), "utf8")).toContain("Apache License");
  });

  terraformTest(
    "the published copy is formatted and its offline parts run: terraform test in modules/manifests, the manifests-only example",
    () => {
      terraform(out, "fmt", "-check", "-recursive", "-no-color");
      const manifests = join(out, "modules", "manifests");
      terraform(manifests, "init", "-input=false", "-no-color");
      expect(terraform(manifests, "test", "-no-color")).toMatch(/0 failed/);
      const example = join(out, "examples", "manifests-only");
      terraform(example, "init", "-input=false", "-no-color");
      terraform(example, "apply", "-auto-approve", "-input=false", "-no-color");
    },
    180_000,
  );
});

test("npm pack ships only what users need: lib/, bin/, schemas/, README.md, CHANGELOG.md, LICENSE, package.json", () => {
  const result = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8" });
  expect(result.status).toBe(0);
  const [pack] = JSON.parse(result.stdout) as { files: { path: string }[] }[];
  const outside = pack.files.map((f) => f.path).filter((p) => !/^(lib|bin|schemas)\//.test(p) && !["README.md", "CHANGELOG.md", "LICENSE", "package.json"].includes(p));
  expect(outside).toEqual([]);
  expect(pack.files.map((f) => f.path)).toEqual(expect.arrayContaining(["LICENSE", "CHANGELOG.md", "bin/cdktf.js", "lib/api.js"]));
});
