import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { namespaceProblem } from "../core/validation/name-checks";
import { ManifestReadError, mergeManifestSets, parseManifests, type ManifestSet } from "../yaml";
import type { CliIo } from "./command";
import { UsageError } from "./command";

export interface InputOptions {
  /** Skip objects of other APIs (ConfigMap ...) instead of reporting them as errors. */
  readonly skipOtherKinds?: boolean;
}

const MANIFEST_FILE = /\.(ya?ml|json)$/i;

/**
 * The resources of every FILE argument: files (YAML or JSON), directories (their .yaml, .yml
 * and .json files, recursively, in name order) and `-` (standard input). Paths are kept as the
 * user wrote them, so findings read `vms/web.yaml:12:5`. Unreadable files throw, and so does an empty standard
 * input (a pipe that produced nothing is a mistake, not an empty fleet). A file named twice (`a.yaml ./a.yaml`, or
 * a file and its directory) is read once: twice, each resource would be reported as declared twice.
 */
export function readInputs(paths: readonly string[], io: CliIo, options: InputOptions = {}): ManifestSet {
  if (paths.length === 0) throw new UsageError("no FILES given (YAML or JSON files, directories, or - for standard input)");
  const sets: ManifestSet[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    for (const file of expand(path, io.cwd)) {
      const identity = file === "-" ? "-" : canonicalPath(resolve(io.cwd, file));
      if (seen.has(identity)) continue;
      seen.add(identity);
      const text = file === "-" ? readStdin() : readText(file, io.cwd);
      sets.push(parseManifests(text, file === "-" ? "<stdin>" : file, options));
    }
  }
  return mergeManifestSets(sets);
}

function expand(path: string, cwd: string): string[] {
  if (path === "-") return [path];
  const absolute = resolve(cwd, path);
  let isDirectory = false;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch {
    return [path]; // reading it reports why
  }
  if (!isDirectory) return [path];
  const files = walk(absolute).map((f) => join(path, relative(absolute, f)));
  if (files.length === 0) throw new ManifestReadError(path, "the directory holds no .yaml, .yml or .json file");
  return files;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (MANIFEST_FILE.test(entry.name)) out.push(full);
  }
  return out;
}

function readText(file: string, cwd: string): string {
  try {
    return readFileSync(resolve(cwd, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "it is a directory" : (error as Error).message;
    throw new ManifestReadError(file, reason);
  }
}

function readStdin(): string {
  let text: string;
  try {
    text = readFileSync(0, "utf8");
  } catch (error) {
    throw new ManifestReadError("<stdin>", (error as Error).message);
  }
  if (text.trim() === "") throw new ManifestReadError("<stdin>", "standard input is empty: pipe manifests in (kubectl get vminstances,vmdisks -o yaml | ...) or name FILES");
  return text;
}

/** The file's real path (symbolic links followed), to know the same file under two names. */
function canonicalPath(absolute: string): string {
  try {
    return realpathSync(absolute);
  } catch {
    return absolute; // reading it reports why
  }
}

/** The --namespace option, checked: a DNS-1123 label. */
export function namespaceOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const problem = namespaceProblem(value);
  if (problem) throw new UsageError(`--namespace ${problem}`);
  return value;
}
