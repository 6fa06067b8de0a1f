import { spawnSync } from "child_process";
import { readdirSync, statSync } from "fs";
import { join } from "path";

/**
 * The CLI tests run the built CLI (bin/hikube-vm.js -> lib/) as a user would: build lib/ once
 * per jest run, and only when a source file is newer than the last build.
 */
export default function globalSetup(): void {
  const root = join(__dirname, "..");
  const outputs = [join(root, "lib", "cli", "main.js"), join(root, "lib", "cdktn", "entry.js")].map(mtime);
  const built = outputs.includes(undefined) ? undefined : Math.min(...(outputs as number[]));
  if (built !== undefined && newest(join(root, "src")) <= built) return;
  // Type errors elsewhere in the tree do not stop tsc from emitting; the tests then say what broke.
  spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(root, "tsconfig.build.json")], { cwd: root, stdio: "ignore" });
  // hikube-vm/cdktn: the construct layer built against cdktn.
  spawnSync(process.execPath, [join(root, "scripts", "build-cdktn.js")], { cwd: root, stdio: "ignore" });
}

function mtime(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : (mtime(path) ?? 0));
  }
  return latest;
}
