import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * A temporary directory next to `target` (same filesystem, so renames are atomic) to write
 * into, and how to publish or discard it. Publishing a new directory is one rename. Into an
 * existing directory, each file is renamed over its old version: the directory may hold
 * Terraform's own files (.terraform/, a local state), which must never be touched.
 */
export function stagingDirectory(target: string): { readonly path: string; publish(from: string): string[]; discard(): void } {
  mkdirSync(dirname(target), { recursive: true });
  const path = mkdtempSync(join(dirname(target), `.${basename(target)}.tmp-`));
  const discard = () => rmSync(path, { recursive: true, force: true });
  return {
    path,
    discard,
    publish(from: string): string[] {
      const files = readdirSync(from).sort();
      if (!existsSync(target)) {
        renameSync(from, target);
      } else {
        for (const file of files) renameSync(join(from, file), join(target, file));
      }
      discard();
      return files.map((f) => join(target, f));
    },
  };
}

/** A target that cannot be a directory (an existing file) is a usage error, found before any work. */
export function isUsableDirectory(target: string): boolean {
  return !existsSync(target) || statSync(target).isDirectory();
}
