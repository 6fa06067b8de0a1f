import { terminalText } from "./terminal-text";

/**
 * Text from the input inside Markdown that a pull-request comment renders: it stays on its line (control
 * characters escaped as in a terminal) and is shown literally, never as Markdown or HTML (`</details>`, a link,
 * emphasis, a heading, a table cell separator, an entity such as `&lt;`).
 */
export function markdownText(text: string): string {
  // `://` and `www.` would become links, `@name` a mention (GitHub notifies them): broken by an escape.
  return terminalText(text)
    .replace(/[\\`*_[\]<>|#~&@]/g, (ch) => `\\${ch}`)
    .replace(/:\/\//g, "\\://")
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`);
}

/**
 * Inline code that survives any content: a fence longer than any backtick run inside; in a table, `|` still
 * splits cells inside code (GFM), so it is escaped too (GFM renders `\|` in code as `|`).
 */
export function markdownCode(text: string, inTable = false): string {
  const escaped = terminalText(text);
  const safe = inTable ? escaped.replace(/\|/g, "\\|") : escaped;
  const longest = Math.max(0, ...(safe.match(/`+/g) ?? []).map((m) => m.length));
  const fence = "`".repeat(longest + 1);
  const pad = safe.startsWith("`") || safe.endsWith("`") || safe === "" ? " " : "";
  return `${fence}${pad}${safe}${pad}${fence}`;
}
