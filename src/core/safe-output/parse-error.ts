/**
 * Parser diagnoses without the input: the `yaml` package's messages quote the token they stumbled on
 * (`Unexpected scalar token in YAML stream: "hunter2"`, an alias or tag name) and append a code frame when
 * pretty; V8's JSON.parse quotes up to 30 characters of the text (`Unexpected token 'h', "{"password": h"... is
 * not valid JSON`). A file that fails to parse may hold a secret anywhere, so only the kind of error and a
 * position are kept.
 */

/** The `yaml` package's message reduced to what went wrong, with no text of the input and no position. */
export function yamlErrorText(message: string): string {
  const first = message.split("\n", 1)[0].replace(/ at line \d+, column \d+:?\s*$/, "");
  // Everything after ": " names input (a token, an alias, a tag); quoted parts do too.
  const head = first.split(/:\s/, 1)[0].replace(/"(?:[^"\\]|\\.)*"|`[^`]*`/g, "").replace(/\s+\\\S*$/, "");
  return head.trim() || "invalid YAML";
}

export interface JsonErrorText {
  /** What went wrong, e.g. `unexpected character` or `Unterminated string`. */
  readonly detail: string;
  /** Where (a UTF-16 offset into the text), when it can be told. */
  readonly offset?: number;
}

/** JSON.parse's error reduced to what went wrong and where: V8 gives a position for some errors only. */
export function jsonErrorText(error: unknown, text: string): JsonErrorText {
  const message = error instanceof Error ? error.message : String(error);
  const position = /\bat position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : firstJsonErrorOffset(text);
  const detail = /^Unexpected end of JSON input/.test(message)
    ? "unexpected end of input"
    : /^Unexpected (?:token|non-whitespace)/.test(message)
      ? "unexpected character"
      : message.split(/ in JSON\b| at position|, "|\n/)[0].replace(/'[^']*'|"[^"]*"/g, (q) => (q.length <= 3 ? q : "")).trim() || "invalid JSON";
  return { detail, ...(offset !== undefined && { offset }) };
}

/** `not valid JSON at line 3, column 7 (unexpected character)`. */
export function jsonErrorMessage(error: unknown, text: string): string {
  const { detail, offset } = jsonErrorText(error, text);
  if (offset === undefined) return `not valid JSON (${detail})`;
  const { line, column } = lineColumn(text, offset);
  return `not valid JSON at line ${line}, column ${column} (${detail})`;
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.min(offset, text.length));
  const lastBreak = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: offset - (lastBreak + 1) + 1 };
}

/** Where a JSON text first goes wrong, by a small recursive-descent scan (for V8 errors that give no position). */
export function firstJsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => (text.startsWith(word, i) ? (i += word.length) : fail());
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? "x")) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail();
    i += match![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 10000) fail();
    ws();
    const ch = text[i];
    if (ch === "{") {
      i++;
      ws();
      if (text[i] === "}") return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ":") fail();
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") return void i++;
        else fail();
      }
    }
    if (ch === "[") {
      i++;
      ws();
      if (text[i] === "]") return void i++;
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") return void i++;
        else fail();
      }
    }
    if (ch === '"') return string();
    if (ch === "t") return void literal("true");
    if (ch === "f") return void literal("false");
    if (ch === "n") return void literal("null");
    return number();
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i++;
    value(0);
    ws();
    return i < text.length ? i : undefined;
  } catch (at) {
    return typeof at === "number" ? Math.min(at, text.length) : undefined;
  }
}
