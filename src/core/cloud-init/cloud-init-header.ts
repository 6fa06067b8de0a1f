/** What cloud-init will do with the user data, decided (like cloud-init) by its first line. */
export type CloudInitKind =
  | "cloud-config"
  | "script"
  | "mime"
  | "include"
  | "jinja"
  | "boothook"
  | "part-handler"
  | "cloud-config-archive"
  | "cloud-config-jsonp"
  | "gzip"
  | "empty"
  /** No header cloud-init recognises: it ignores the whole text. */
  | "unknown";

export interface HeaderProblem {
  readonly message: string;
  /** 1-based. */
  readonly line: number;
  readonly column: number;
}

export interface Header {
  readonly kind: CloudInitKind;
  readonly problem?: HeaderProblem;
}

const CLOUD_CONFIG = /^#cloud-config(?![-\w])/;
const JINJA = /^##\s*template:\s*jinja\s*$/i;
const MIME = /^(?:content-type:|mime-version:)/i;
/** cloud-init reads a text as MIME when "mime-version:" appears in its first 4096 bytes. */
const MIME_ANYWHERE = /mime-version:/i;
const INCLUDE = /^#include(?:-once)?(?:\s|$)/;
/** The other part types cloud-init recognises by their first characters (cloudinit/handlers INCLUSION_TYPES_MAP). */
const OTHER_HEADERS: readonly (readonly [RegExp, CloudInitKind])[] = [
  [/^#cloud-config-archive(?![-\w])/, "cloud-config-archive"],
  [/^#cloud-config-jsonp(?![-\w])/, "cloud-config-jsonp"],
  [/^#cloud-boothook(?![-\w])/, "boothook"],
  [/^#part-handler(?![-\w])/, "part-handler"],
];
/** gzip's magic bytes: cloud-init decompresses such user data first. */
const GZIP = /^\x1f\x8b/;
/** Near-misses cloud-init silently ignores: `# cloud-config`, `#Cloud-Config`, `#cloud_config`, `#cloudconfig`. */
const CLOUD_CONFIG_TYPO = /^\s*#\s*cloud[-_ ]?config\s*$/i;
const MISPLACED_CLOUD_CONFIG = /^\s*#cloud-config\s*$/;

export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/**
 * Classifies user data by its first line, as cloud-init does, and catches the header
 * mistakes that make cloud-init silently skip the whole document.
 */
export function detectHeader(text: string): Header {
  if (text.trim() === "") return { kind: "empty" };
  if (GZIP.test(text)) return { kind: "gzip" };
  if (text.startsWith("\uFEFF")) {
    const { kind } = detectHeader(text.slice(1));
    const message = "starts with an invisible byte-order mark (BOM), which hides the header from cloud-init; save it without BOM";
    return { kind, problem: { message, line: 1, column: 1 } };
  }
  const lines = splitLines(text);
  return classifyFirstLine(lines) ?? misplacedHeader(lines) ?? (MIME_ANYWHERE.test(text.slice(0, 4096)) ? { kind: "mime" } : { kind: "unknown" });
}

function classifyFirstLine(lines: readonly string[]): Header | undefined {
  const first = lines[0];
  if (CLOUD_CONFIG.test(first)) return { kind: "cloud-config" };
  if (JINJA.test(first)) return jinjaHeader(lines[1] ?? "");
  if (first.startsWith("#!")) return { kind: "script" };
  if (INCLUDE.test(first)) return { kind: "include" };
  if (MIME.test(first)) return { kind: "mime" };
  for (const [pattern, kind] of OTHER_HEADERS) if (pattern.test(first)) return { kind };
  if (CLOUD_CONFIG_TYPO.test(first) && !MISPLACED_CLOUD_CONFIG.test(first)) {
    const message = "the first line must be exactly #cloud-config (lower case, no space after #); cloud-init ignores anything else";
    return { kind: "cloud-config", problem: { message, line: 1, column: 1 } };
  }
  return undefined;
}

/** A jinja template renders into another format, named on its second line. */
function jinjaHeader(second: string): Header {
  if (CLOUD_CONFIG.test(second) || second.startsWith("#!")) return { kind: "jinja" };
  const message = 'after "## template: jinja" the second line must be #cloud-config or a #! script line';
  return { kind: "jinja", problem: { message, line: 2, column: 1 } };
}

/** `#cloud-config` indented or below the first line: cloud-init would not see it. */
function misplacedHeader(lines: readonly string[]): Header | undefined {
  const index = lines.findIndex((line) => MISPLACED_CLOUD_CONFIG.test(line));
  if (index < 0) return undefined;
  const line = index + 1;
  const column = lines[index].indexOf("#") + 1;
  if (index === 0) {
    const message = "#cloud-config must start at the beginning of the first line: remove the spaces before it";
    return { kind: "cloud-config", problem: { message, line, column } };
  }
  const onlyBlankBefore = lines.slice(0, index).every((l) => l.trim() === "");
  const message = onlyBlankBefore
    ? `#cloud-config must be on the very first line: remove the ${index} blank line(s) before it`
    : `#cloud-config must be the very first line, but it is on line ${line}`;
  return { kind: "cloud-config", problem: { message, line, column } };
}
