// Every HCL example under examples/hcl runs in CI: each is applied offline against copies of the
// modules whose provider resources are terraform_data (see offline-modules.ts), its own provider
// blocks removed. What cannot run here is only the provider's side (the API calls).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { spawnSync } from "child_process";
import { tmpdir } from "os";
import { join } from "path";
import { terraformTest } from "../helpers/terraform";
import { copyModulesOffline, exampleWithoutProviders } from "./offline-modules";

const ROOT = join(__dirname, "..", "..");
const EXAMPLES = join(ROOT, "examples", "hcl");
const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFngqH7md4Y6FwwuyUwgmTZoPdUy5iKNHYZBUGDw7P3q ops@example.com";

/** terraform with HOME in the sandbox (an example reads ~/.ssh/id_ed25519.pub). */
function run(dir: string, home: string, ...args: string[]): string {
  const r = spawnSync("terraform", args, { cwd: dir, encoding: "utf8", env: { ...process.env, HOME: home, TF_IN_AUTOMATION: "1", TF_INPUT: "0", CHECKPOINT_DISABLE: "1" } });
  if (r.status !== 0) throw new Error(`terraform ${args.join(" ")} in ${dir} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

const examples = readdirSync(EXAMPLES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

test("there are HCL examples to run", () => {
  expect(examples.sort()).toEqual(expect.arrayContaining(["disks-and-instance", "kubectl-virtual-machine", "manifests-only", "virtual-machine"]));
});

terraformTest(
  "every examples/hcl example applies offline and yields manifests",
  () => {
    for (const example of examples) {
      const root = mkdtempSync(join(tmpdir(), `hikube-example-${example}-`));
      const home = join(root, "home");
      mkdirSync(join(home, ".ssh"), { recursive: true });
      writeFileSync(join(home, ".ssh", "id_ed25519.pub"), `${KEY}\n`);
      copyModulesOffline(root, readdirSync(join(ROOT, "modules")));
      const dir = join(root, "examples", "hcl", example);
      cpSync(join(EXAMPLES, example), dir, { recursive: true, filter: (src) => !src.includes(".terraform") });
      writeFileSync(join(dir, "main.tf"), exampleWithoutProviders(readFileSync(join(dir, "main.tf"), "utf8")));
      writeFileSync(join(dir, "terraform.tfvars.json"), JSON.stringify(/variable "ssh_public_key"/.test(readFileSync(join(dir, "main.tf"), "utf8")) ? { ssh_public_key: KEY } : {}));
      run(dir, home, "init", "-input=false", "-no-color");
      run(dir, home, "apply", "-auto-approve", "-input=false", "-no-color");
      // Each example applies its VMInstance (a terraform_data standing for the provider's resource), or outputs its manifest.
      const applied = run(dir, home, "state", "list").split("\n").filter((a) => /terraform_data\.instance\[/.test(a));
      const outputs = run(dir, home, "output", "-json");
      expect({ example, instance: applied.length > 0 || /"kind":\s*"VMInstance"|kind: \\"VMInstance\\"|\\"kind\\": \\"VMInstance\\"/.test(outputs) }).toEqual({ example, instance: true });
    }
  },
  600_000,
);
