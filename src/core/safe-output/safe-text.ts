import { markdownCode, markdownText } from "./markdown-text";
import { redactSecrets } from "./redact-secrets";
import { terminalText } from "./terminal-text";

/** Input-derived text for a terminal or a log: secrets redacted, then made terminal-safe. */
export function safeText(text: string): string {
  return terminalText(redactSecrets(text));
}

/** Input-derived text for Markdown prose: secrets redacted, then shown literally. */
export function safeMarkdown(text: string): string {
  return markdownText(redactSecrets(text));
}

/** Input-derived text as Markdown inline code (in a table cell: `inTable`): secrets redacted. */
export function safeMarkdownCode(text: string, inTable = false): string {
  return markdownCode(redactSecrets(text), inTable);
}
