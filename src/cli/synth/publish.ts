import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmdirSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { POLICY_REPORT_JSON, POLICY_REPORT_SARIF } from "../../report/policy-report-files";
import { STACK_FILE } from "./write-stack";

/**
 * Publishing a synthesis into `--out`, so that a run that fails or is killed at any moment leaves either the old set
 * of files or the new one, never the policy report of one run beside the cdk.tf.json of another.
 *
 * - Staging is a folder INSIDE the target, next to the files it replaces: the same filesystem even when the target
 *   is a mount point or a symlink to another filesystem, so every rename(2) is atomic (one across filesystems fails
 *   with EXDEV). Its name holds the process id: `.hikube-vm-staging-<pid>-<random>`.
 * - Publishing renames file by file, in an order where every state in between is consistent: first the old reports
 *   are removed (all of them, also those this run does not write: a run without resources writes none), then the
 *   new cdk.tf.json is renamed over the old one, then the new reports are renamed in. Killed in between, the folder
 *   holds the old cdk.tf.json without reports, or the new one with none or some of its own reports: every report
 *   present is of the run that wrote the cdk.tf.json (a missing report says the run did not finish). cdk.tf.json
 *   holds no run id: it must be byte for byte what a cdktf app writes.
 * - Before anything is removed, every name is checked renamable (no directory in the way), so a failure that can be
 *   foreseen leaves the old set whole.
 * - Staging folders of earlier runs that were killed are removed at the next run: those whose process is gone (a
 *   live one may be another synthesis running now), or older than a day. Terraform's own files (.terraform/, a local
 *   state) are never touched.
 */

/** Every file a synthesis may write, reports first: the order in which the old ones are removed. */
export const OUTPUT_FILES: readonly string[] = [POLICY_REPORT_JSON, POLICY_REPORT_SARIF, STACK_FILE];

const STAGING_PREFIX = ".hikube-vm-staging-";
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

export interface Staging {
  /** Where the run writes its files. */
  readonly path: string;
  /** Moves the files of `from` (the staging folder) into the target; returns their new paths. */
  publish(from: string): string[];
  /** Removes the staging folder, and the target when this run created it and it is empty. */
  discard(): void;
}

export function stagingDirectory(target: string): Staging {
  const created = !existsSync(target);
  mkdirSync(target, { recursive: true });
  removeStaleStaging(target);
  const path = mkdtempSync(join(target, `${STAGING_PREFIX}${process.pid}-`));
  const removeStaging = () => rmSync(path, { recursive: true, force: true });
  return {
    path,
    discard() {
      removeStaging();
      if (created) {
        try {
          rmdirSync(target);
        } catch {
          // Not empty: someone else wrote there meanwhile; leave it.
        }
      }
    },
    publish(from: string): string[] {
      const files = readdirSync(from).sort();
      const reports = files.filter((f) => f !== STACK_FILE);
      for (const name of new Set([...OUTPUT_FILES, ...files])) {
        const there = join(target, name);
        if (existsSync(there) && lstatSync(there).isDirectory()) {
          throw new Error(`--out ${target}: ${name} there is a directory, not a file: remove it or choose another --out (nothing was changed)`);
        }
      }
      crashPoint("staged");
      for (const name of OUTPUT_FILES) {
        if (name === STACK_FILE) continue;
        rmSync(join(target, name), { force: true });
        crashPoint(`removed ${name}`);
      }
      if (files.includes(STACK_FILE)) {
        renameSync(join(from, STACK_FILE), join(target, STACK_FILE));
        crashPoint(`renamed ${STACK_FILE}`);
      }
      for (const name of reports) {
        renameSync(join(from, name), join(target, name));
        crashPoint(`renamed ${name}`);
      }
      removeStaging();
      return files.map((f) => join(target, f));
    },
  };
}

/** A target that cannot be a directory (an existing file) is a usage error, found before any work. */
export function isUsableDirectory(target: string): boolean {
  return !existsSync(target) || statSync(target).isDirectory();
}

/** Staging folders of killed runs: in the target, and the parent's `.<name>.tmp-*` of versions that staged there. */
function removeStaleStaging(target: string): void {
  for (const entry of readdirSync(target)) {
    if (!entry.startsWith(STAGING_PREFIX)) continue;
    const pid = Number(/^(\d+)-/.exec(entry.slice(STAGING_PREFIX.length))?.[1]);
    const path = join(target, entry);
    if (!isStale(path, pid)) continue;
    rmSync(path, { recursive: true, force: true });
  }
  const parent = dirname(target);
  const legacy = `.${basename(target)}.tmp-`;
  for (const entry of safeReaddir(parent)) {
    const path = join(parent, entry);
    if (entry.startsWith(legacy) && isStale(path, NaN)) rmSync(path, { recursive: true, force: true });
  }
}

function isStale(path: string, pid: number): boolean {
  let mtime: number;
  try {
    const stat = lstatSync(path);
    if (!stat.isDirectory()) return false;
    mtime = stat.mtimeMs;
  } catch {
    return false;
  }
  if (Date.now() - mtime > STALE_AFTER_MS) return true;
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false; // alive: maybe another synthesis, now
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * For tests only: HIKUBE_VM_TEST_CRASH_AT names a step (`staged`, `removed <file>`, `renamed <file>`) at which the
 * process kills itself, as a crash or a kill -9 would, with no cleanup.
 */
function crashPoint(step: string): void {
  if (process.env.HIKUBE_VM_TEST_CRASH_AT === step) process.kill(process.pid, "SIGKILL");
}
