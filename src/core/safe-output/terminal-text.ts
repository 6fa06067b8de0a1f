/**
 * Text for a terminal or a CI log, one line: a name, a path or a value from the input can neither move the
 * cursor, recolour, erase, reorder (bidi overrides), nor start a line of its own. Control characters (C0, DEL,
 * C1), line and paragraph separators, bidi controls and zero-width characters are written as escapes
 * (`\n`, `\x1b`, `\u202e`); a text that starts like a CI workflow command (`::error::`, `##[error]`, `##vso[`)
 * is defused, for the formats that put a value at the start of a line.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\ufff9-\ufffb]/g;
const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

export function terminalText(text: string): string {
  const escaped = text.replace(UNSAFE, (ch) => NAMED[ch] ?? escapeCode(ch.charCodeAt(0)));
  return defuseCommand(escaped);
}

function escapeCode(code: number): string {
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** GitHub Actions and Azure Pipelines read `::cmd::` and `##[cmd]` / `##vso[` at the start of a (trimmed) line. */
const COMMAND_START = /^(\s*)(:)(:)|^(\s*)(#)(#)(?=\[|vso\[)/;

export function defuseCommand(text: string): string {
  return text.replace(COMMAND_START, (_m, s1?: string, c1?: string, _c2?: string, s2?: string, h1?: string) =>
    c1 !== undefined ? `${s1}\\x3a:` : `${s2 ?? ""}\\x23${h1}`,
  );
}

/** A whole output of several lines: every line defused (for output assembled from already-escaped parts). */
export function defuseLines(text: string): string {
  return text.split("\n").map(defuseCommand).join("\n");
}
