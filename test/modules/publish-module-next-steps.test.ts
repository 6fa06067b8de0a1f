import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { exampleDescriptions, MODULE_NAME, publishModule } from "../../scripts/publish-module";

const ROOT = join(__dirname, "..", "..");

test("every published example has a README (the registry shows it), from examples/hcl/README.md", () => {
  const out = publishModule(mkdtempSync(join(tmpdir(), "hikube-publish-readmes-")));
  const examples = readdirSync(join(out, "examples")).filter((e) => statSync(join(out, "examples", e)).isDirectory());
  expect(examples.length).toBeGreaterThanOrEqual(4);
  const descriptions = exampleDescriptions(readFileSync(join(ROOT, "examples", "hcl", "README.md"), "utf8"));
  for (const name of examples) {
    const readme = readFileSync(join(out, "examples", name, "README.md"), "utf8");
    expect(readme.startsWith(`# ${name}\n\n`)).toBe(true);
    expect(readme).toContain(descriptions.get(name)!.slice(0, 40));
  }
  expect(readFileSync(join(out, "examples", "README.md"), "utf8")).toBe(readFileSync(join(ROOT, "examples", "hcl", "README.md"), "utf8"));
});

test("npm run publish-module prints the repository to create, the tag and the registry step", () => {
  const target = mkdtempSync(join(tmpdir(), "hikube-publish-steps-"));
  const run = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", join(ROOT, "scripts", "publish-module.ts"), target], { cwd: ROOT, encoding: "utf8" });
  expect(run.status).toBe(0);
  const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
  expect(run.stdout).toContain(`Create the public GitHub repository hikube-vm/${MODULE_NAME}`);
  expect(run.stdout).toContain(`git tag v${version} && git push origin main v${version}`);
  expect(run.stdout).toContain("Publish > Module");
  expect(existsSync(join(target, MODULE_NAME, "main.tf"))).toBe(true);
});
