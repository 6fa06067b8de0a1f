import { textOf } from "../validation/describe-value";
/** One problem found in a catalog (file or object). */
export interface CatalogProblem {
  /** Dotted path with `[i]` indices, e.g. `instanceTypes[2].memory`; empty for the whole file. */
  readonly path: string;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** 1-based position in the file, when known. */
  readonly line?: number;
  readonly column?: number;
}

/**
 * A catalog that cannot be used: unreadable or unparsable file, schema violation, duplicate names,
 * unknown built-in name. The message reads `file: path: problem`, one line per problem, e.g.
 * `catalog.yaml: instanceTypes[2].memory: "8GB" is not a quantity (did you mean "8Gi"?)`.
 */
export class CatalogError extends Error {
  /** The file, as given by the caller; absent for in-memory catalogs. */
  readonly file?: string;
  /** Path of the first problem (`""` for the whole file). */
  readonly path: string;
  /** 1-based line of the first problem, when known. */
  readonly line?: number;
  readonly problems: readonly CatalogProblem[];

  constructor(problems: CatalogProblem | readonly CatalogProblem[], file?: string, options?: { cause?: unknown }) {
    // A problem that is not an object (a caller's mistake) is kept as its text, not a TypeError.
    const list: readonly CatalogProblem[] = (Array.isArray(problems) ? problems : [problems]).map((p: unknown) =>
      p !== null && typeof p === "object" ? (p as CatalogProblem) : { path: "", message: textOf(p) },
    );
    super(list.map((p) => formatCatalogProblem(p, file)).join("\n"), options ?? undefined);
    this.name = "CatalogError";
    this.file = file;
    this.path = list[0]?.path ?? "";
    this.line = list[0]?.line;
    this.problems = list;
  }
}

/** `file: path: message`, leaving out what is unknown. */
export function formatCatalogProblem(p: CatalogProblem, file?: string): string {
  return [file, p?.path, p?.message].filter((part) => part !== undefined && part !== "").map(textOf).join(": ");
}
