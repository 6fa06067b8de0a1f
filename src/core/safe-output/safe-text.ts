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

/**
 * A message of several lines (a list of problems) for a terminal: each line through safeText, and every line after
 * the first indented, so that a line break inside a value can neither start a line of its own nor a CI command.
 */
export function safeMessage(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line, i) => {
      const safe = safeText(line);
      return i === 0 || safe === "" || /^ {2}/.test(safe) ? safe : `  ${safe}`;
    })
    .join("\n");
}
