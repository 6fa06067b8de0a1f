import { spawnSync } from "child_process";

/** Whether the terraform binary runs here; tests that need it skip, saying why, when not. */
export const terraformVersion: string | undefined = (() => {
  const result = spawnSync("terraform", ["version", "-json"], { encoding: "utf8" });
  if (result.error || result.status !== 0) return undefined;
  try {
    return (JSON.parse(result.stdout) as { terraform_version: string }).terraform_version;
  } catch {
    return undefined;
  }
})();

/** CI=true: a missing terraform is a failure, not a skip (CI must run the modules for real). */
export const terraformRequired = (env: NodeJS.ProcessEnv = process.env): boolean => env.CI === "true" || env.CI === "1";

/** The test to run when terraform is missing: a skip on a workstation, a failure in CI. */
export function missingTerraform(name: string, env: NodeJS.ProcessEnv = process.env): { skip: boolean; name: string; run: () => void } {
  if (!terraformRequired(env)) return { skip: true, name: `${name} (skipped: no terraform binary on the PATH)`, run: () => undefined };
  return {
    skip: false,
    name: `${name} (terraform required: CI=true)`,
    run: () => {
      throw new Error("CI=true but no terraform binary runs on the PATH: install Terraform >= 1.9 in the CI image (the HCL modules are tested for real, never skipped in CI).");
    },
  };
}

/** `test`; when terraform is missing, `test.skip` with the reason in its name, or under CI=true a failing test. */
export const terraformTest: (name: string, fn: jest.ProvidesCallback, timeout?: number) => void = terraformVersion
  ? (name, fn, timeout) => test(name, fn, timeout)
  : (name, fn, timeout) => {
      const missing = missingTerraform(name);
      if (missing.skip) test.skip(missing.name, fn, timeout);
      else test(missing.name, missing.run);
    };

/** Runs terraform in a directory with no network and no prompts; throws with its output on failure. */
export function terraform(dir: string, ...args: string[]): string {
  const result = spawnSync("terraform", args, {
    cwd: dir,
    encoding: "utf8",
    // plan -json of a batch of hundreds of module calls runs past the 1 MiB default.
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, TF_IN_AUTOMATION: "1", TF_INPUT: "0", CHECKPOINT_DISABLE: "1" },
  });
  if (result.status !== 0) throw new Error(`terraform ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}
