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

/** `test`, or `test.skip` with the reason in its name when terraform is missing. */
export const terraformTest: (name: string, fn: jest.ProvidesCallback, timeout?: number) => void = terraformVersion
  ? (name, fn, timeout) => test(name, fn, timeout)
  : (name, fn, timeout) => test.skip(`${name} (skipped: no terraform binary on the PATH)`, fn, timeout);

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
