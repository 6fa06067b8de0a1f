import type { Finding } from "../core/findings/finding";
import { redactSecrets } from "../core/safe-output/redact-secrets";
import { terminalText } from "../core/safe-output/terminal-text";

/**
 * A finding as every report shows it: each string that may come from the input (message, suggestion, allowed,
 * names, path, file, waiver reason) through `show`. Findings never carry secrets by contract; this holds the
 * contract when a message quotes a value (a URL with a password given where a name was expected, a key pasted
 * as a string, a file named after one).
 */
export function mapFindingText(f: Finding, show: (text: string) => string): Finding {
  return {
    ...f,
    kind: show(f.kind),
    name: show(f.name),
    ...(f.namespace !== undefined && { namespace: show(f.namespace) }),
    path: show(f.path),
    message: show(f.message),
    ...(f.allowed !== undefined && { allowed: show(f.allowed) }),
    ...(f.suggestion !== undefined && { suggestion: show(f.suggestion) }),
    ...(f.source && { source: { ...f.source, file: show(f.source.file) } }),
    ...(f.waiver && { waiver: { ...f.waiver, reason: show(f.waiver.reason), ...(f.waiver.expires !== undefined && { expires: show(f.waiver.expires) }) } }),
  };
}

/** For machine formats (JSON, SARIF): secrets redacted; the format's own encoding escapes the rest. */
export function redactedFinding(f: Finding): Finding {
  return mapFindingText(f, redactSecrets);
}

/** For text read by people (terminal, CI log, JUnit message): secrets redacted, control characters escaped. */
export function terminalFinding(f: Finding): Finding {
  return mapFindingText(f, (text) => terminalText(redactSecrets(text)));
}
