import { cpSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { terraform, terraformTest } from "../helpers/terraform";

const ROOT = join(__dirname, "..", "..");

terraformTest("terraform fmt -check -recursive modules examples/hcl", () => {
  terraform(ROOT, "fmt", "-check", "-recursive", "-no-color", "modules");
  terraform(ROOT, "fmt", "-check", "-recursive", "-no-color", "examples/hcl");
});

terraformTest(
  "terraform init and terraform test pass offline in modules/manifests (valid inputs, each validation rule, HK001-HK004)",
  () => {
    // A copy, so that .terraform never lands in the source tree.
    const dir = join(mkdtempSync(join(tmpdir(), "hikube-tftest-")), "manifests");
    cpSync(join(ROOT, "modules", "manifests"), dir, { recursive: true, filter: (src) => !src.includes(".terraform") });
    terraform(dir, "init", "-input=false", "-no-color");
    const out = terraform(dir, "test", "-no-color");
    expect(out).toMatch(/Success! \d+ passed, 0 failed/);
    // Every rule file ran.
    for (const file of ["valid", "validation", "policy"]) expect(out).toContain(`tests/${file}.tftest.hcl... pass`);
  },
  180_000,
);

terraformTest(
  "examples/hcl/manifests-only applies offline and prints canonical manifests",
  () => {
    // examples/hcl/<name> reaches the modules at ../../../modules: copy both, keeping that layout.
    const dir = mkdtempSync(join(tmpdir(), "hikube-example-"));
    cpSync(join(ROOT, "modules", "manifests"), join(dir, "modules", "manifests"), { recursive: true, filter: (src) => !src.includes(".terraform") });
    const example = join(dir, "examples", "hcl", "manifests-only");
    cpSync(join(ROOT, "examples", "hcl", "manifests-only"), example, { recursive: true, filter: (src) => !src.includes(".terraform") });
    terraform(example, "init", "-input=false", "-no-color");
    terraform(example, "apply", "-auto-approve", "-input=false", "-no-color");
    const yaml = JSON.parse(terraform(example, "output", "-json", "manifests_yaml")) as string;
    expect(yaml).toContain('"storage": "20Gi"');
    expect(yaml).toContain('"runStrategy": "Always"');
  },
  180_000,
);
