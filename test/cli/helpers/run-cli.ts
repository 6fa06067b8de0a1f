import { spawnSync } from "child_process";
import { join } from "path";

export const ROOT = join(__dirname, "..", "..", "..");
export const BIN = join(ROOT, "bin", "hikube-vm.js");
export const CORPUS = join(ROOT, "test", "corpus");

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI in a child process, as a user would. */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string; nodeArgs?: readonly string[]; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: "utf8",
    // No colour unless a test asks for it (jest may set FORCE_COLOR for its workers).
    env: { ...process.env, CHECKPOINT_DISABLE: "1", FORCE_COLOR: undefined, NO_COLOR: undefined, ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `validate --format json` parsed. */
export function validateJson(args: readonly string[], options: Parameters<typeof runCli>[1] = {}): CliResult & { json: ValidateOutput } {
  const result = runCli(["validate", "--format", "json", ...args], options);
  let json: ValidateOutput;
  try {
    json = JSON.parse(result.stdout);
  } catch {
    throw new Error(`validate printed no JSON (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return { ...result, json };
}

export interface JsonFinding {
  file: string | null;
  line: number | null;
  column: number | null;
  severity: "error" | "warning" | "info";
  kind: string;
  name: string;
  namespace?: string;
  path: string;
  ruleId?: string;
  message: string;
  suggestion?: string;
  code?: string;
}

export interface ValidateOutput {
  findings: JsonFinding[];
  summary: Record<string, number>;
}
