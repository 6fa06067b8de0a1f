// CI must run the HCL modules for real: with CI=true and no terraform on the PATH the terraform
// tests fail (naming the fix) instead of skipping; on a workstation without terraform they skip.
import { spawnSync } from "child_process";
import { mkdtempSync, symlinkSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { missingTerraform } from "../helpers/terraform";

const ROOT = join(__dirname, "..", "..");

test("missingTerraform: a failing test under CI=true, a skip otherwise", () => {
  expect(missingTerraform("x", { CI: "true" }).skip).toBe(false);
  expect(() => missingTerraform("x", { CI: "true" }).run()).toThrow(/CI=true but no terraform binary runs on the PATH: install Terraform/);
  expect(missingTerraform("x", {}).skip).toBe(true);
  expect(missingTerraform("x", {}).name).toBe("x (skipped: no terraform binary on the PATH)");
});

/** jest on one terraform test file, with a PATH that has node but no terraform. */
function jestWithoutTerraform(env: NodeJS.ProcessEnv) {
  const bin = mkdtempSync(join(tmpdir(), "hikube-no-terraform-"));
  symlinkSync(process.execPath, join(bin, "node"));
  const { CI: _ci, ...rest } = process.env;
  return spawnSync(process.execPath, [join(ROOT, "node_modules", "jest", "bin", "jest.js"), "--ci", "test/modules/manifests-terraform-test.test.ts", "-t", "terraform fmt"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...rest, PATH: bin, ...env },
    timeout: 120_000,
  });
}

test(
  "a terraform test file, run without terraform: fails under CI=true, skips without CI",
  () => {
    const ci = jestWithoutTerraform({ CI: "true" });
    expect(ci.status).toBe(1);
    expect(ci.stderr).toContain("terraform fmt -check -recursive modules examples/hcl (terraform required: CI=true)");
    expect(ci.stderr).toContain("CI=true but no terraform binary runs on the PATH");
    const local = jestWithoutTerraform({});
    expect(local.status).toBe(0);
    expect(local.stderr).toMatch(/skipped/);
  },
  240_000,
);
