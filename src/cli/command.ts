/** What a command sees of the outside world; tests may pass their own streams. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** One `hikube-vm` command, in its own file under commands/, loaded only when it runs. */
export interface Command {
  readonly name: string;
  /** One line for `hikube-vm --help`. */
  readonly summary: string;
  /** Full usage text for `hikube-vm <name> --help`. */
  readonly usage: string;
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

/** A usage mistake: reported in one line plus the command's usage, exit 2. */
export class UsageError extends Error {}
