/**
 * A misuse of the library, said plainly: what was called or built (`VmDisk "data"`,
 * `validateDefinitions`), the field or argument at fault (`props.storage`), and what is wrong.
 * Thrown instead of whatever TypeError or RangeError the misuse would otherwise raise deep inside.
 */
export class HikubeError extends Error {
  /** The construct (`VmDisk "data"`) or function (`renderManifest`) that was misused. */
  readonly construct?: string;
  /** The field or argument at fault, `props.storage` or `argument 1`. */
  readonly field?: string;

  constructor(message: string, where?: { construct?: string; field?: string; cause?: unknown }) {
    super(String(message), where?.cause === undefined ? undefined : { cause: where.cause });
    this.name = "HikubeError";
    if (typeof where?.construct === "string") this.construct = where.construct;
    if (typeof where?.field === "string") this.field = where.field;
  }
}

/** The errors JavaScript raises on misuse (null.x, a cycle overflowing the stack ...), as opposed to a deliberate error. */
export function isRawJsError(error: unknown): boolean {
  return error instanceof TypeError || error instanceof RangeError || error instanceof SyntaxError || error instanceof ReferenceError || !(error instanceof Error);
}
