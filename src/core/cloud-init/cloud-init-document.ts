import { parseCloudConfigYaml } from "./cloud-config-yaml";
import { detectHeader, type CloudInitKind } from "./cloud-init-header";
import { takeParsedAhead } from "./parse-ahead";

export type { CloudInitKind } from "./cloud-init-header";

export type CloudInitParse =
  | {
      ok: true;
      kind: CloudInitKind;
      /** parsed #cloud-config YAML (a mapping) when kind is cloud-config */
      config?: Record<string, unknown>;
    }
  | { ok: false; kind: CloudInitKind; message: string; line: number; column: number }; // 1-based, relative to the cloudInit string

/** The largest user data the platform can pass on: a Kubernetes Secret holds at most 1 MiB. */
export const MAX_CLOUD_INIT_BYTES = 1024 * 1024;

/**
 * Reads a VM's cloudInit user data the way cloud-init will: format from the first line, and for
 * #cloud-config a YAML mapping. Other formats (scripts, MIME, includes, jinja templates) are
 * classified but not parsed; text without a known header is `unknown` (cloud-init ignores it).
 * Messages never quote the document's content.
 */
export function parseCloudInit(text: string): CloudInitParse {
  const cached = recent.get(text);
  if (cached) return cached;
  const parsed = takeParsedAhead(text) ?? parse(text);
  remember(text, parsed);
  return parsed;
}

/** parseCloudInit without the caches (the background parser's own entry). */
export function parseCloudInitNow(text: string): CloudInitParse {
  return parse(text);
}

// Validation parses each VM's cloud-init, then the policies (and other readers) parse the same
// text again, for every VM of a stack or a file set: the last results are kept, up to a budget
// of text, oldest out first. Results are shared: treat them (and their config) as read-only.
const CACHE_BUDGET = 4 * 1024 * 1024;
const recent = new Map<string, CloudInitParse>();
let recentSize = 0;

function remember(text: string, parsed: CloudInitParse): void {
  if (text.length > CACHE_BUDGET / 64) return;
  for (const key of recent.keys()) {
    if (recentSize + text.length <= CACHE_BUDGET) break;
    recent.delete(key);
    recentSize -= key.length;
  }
  recent.set(text, parsed);
  recentSize += text.length;
}

function parse(text: string): CloudInitParse {
  const header = detectHeader(text);
  // Bytes are at least UTF-16 units: most texts are sized without being encoded.
  if (text.length > MAX_CLOUD_INIT_BYTES || (text.length * 3 > MAX_CLOUD_INIT_BYTES && Buffer.byteLength(text, "utf8") > MAX_CLOUD_INIT_BYTES)) {
    const size = Buffer.byteLength(text, "utf8");
    const message = `too large: ${(size / 1048576).toFixed(1)} MiB (${size} bytes); the platform hands cloud-init to the VM in a Kubernetes Secret, which holds at most 1 MiB; have the VM download large files instead (for example in runcmd)`;
    return { ok: false, kind: header.kind, message, line: 1, column: 1 };
  }
  if (header.problem) return { ok: false, kind: header.kind, ...header.problem };
  if (header.kind !== "cloud-config") return { ok: true, kind: header.kind };
  const yaml = parseCloudConfigYaml(text);
  if (!yaml.ok) return { ok: false, kind: "cloud-config", message: yaml.message, line: yaml.line, column: yaml.column };
  return { ok: true, kind: "cloud-config", config: yaml.config };
}
