import { isScalar, parseDocument, type DocumentOptions, type ParseOptions, type SchemaOptions, type Tags } from "yaml";

/**
 * A fast reader for the plain kind of YAML almost everyone writes, in manifests and in
 * #cloud-config: block mappings and sequences, one-line scalars (plain, 'single' or "double"
 * quoted with simple escapes), one-line flow sequences of scalars, `{}`, literal blocks (`|`,
 * `|-`), comments, `---` between documents. It gives exactly the value the yaml package gives
 * for such a text (plain scalars are typed by the same schema's tags, so `yes`, `0644` or
 * `2001-12-14` read as that schema says), and gives up, returning undefined, at the first thing
 * outside that subset (anchors, tags, folded or multi-line scalars, flow mappings, tabs,
 * duplicate keys, odd indentation, directives ...): the caller then uses the yaml package,
 * which also words every error. Every document must be a mapping.
 */
export function readSimpleYaml(text: string, options: ParseOptions & DocumentOptions & SchemaOptions): Record<string, unknown> | undefined {
  const documents = readSimpleYamlStream(text, options, false);
  return documents?.length === 1 ? documents[0].value : undefined;
}

/** One document of a stream: its value, the offset where its contents start (its first key), and its text's span. */
export interface SimpleDocument {
  readonly value: Record<string, unknown>;
  readonly start: number;
  /** The document's text is text.slice(from, to): after the `---` line before it, up to the next one. */
  readonly from: number;
  readonly to: number;
}

/**
 * The documents of a stream (`---` between them; blank or comment-only documents left out), or
 * undefined when any of it leaves the subset. With `stream` false, a `---` gives up.
 */
export function readSimpleYamlStream(text: string, options: ParseOptions & DocumentOptions & SchemaOptions, stream = true): SimpleDocument[] | undefined {
  if (UNSUPPORTED_CHARACTERS.test(text)) return undefined;
  try {
    const tags = tagsFor(options);
    const lines = text.split("\n");
    const unterminated = lines[lines.length - 1] !== "";
    if (!unterminated) lines.pop();
    const documents: SimpleDocument[] = [];
    let offset = 0;
    let from = 0;
    let fromOffset = 0;
    for (let i = 0; i <= lines.length; i++) {
      const end = i === lines.length;
      const line = end ? "" : lines[i];
      const c = line.charCodeAt(0);
      if (!end && c !== 0x2d && c !== 0x2e && c !== 0x25) {
        offset += line.length + 1;
        continue;
      }
      if (!end && !DOCUMENT_START.test(line)) {
        // `...`, `%YAML`, `--- value`: left to yaml; a `-` item at column 0 is ordinary content.
        if (!isDash(line, 0)) notSimple();
        offset += line.length + 1;
        continue;
      }
      if (!end && !stream) notSimple();
      const document = new SimpleReader(lines.slice(from, i), end && unterminated, tags).read();
      if (document) documents.push({ value: document.value, start: fromOffset + document.startOffset, from: fromOffset, to: Math.min(offset, text.length) });
      if (!end) offset += line.length + 1;
      from = i + 1;
      fromOffset = offset;
    }
    return documents;
  } catch (error) {
    if (error === NOT_SIMPLE) return undefined;
    throw error;
  }
}

/** `---` alone (or before a comment) at column 0. */
const DOCUMENT_START = /^---(?: +(?:#.*)?)?$/;

/** Tabs, carriage returns, control characters, YAML 1.1's extra line breaks, a BOM. */
const UNSUPPORTED_CHARACTERS = /[\u0000-\u0009\u000b-\u001f\u007f\u0085\u2028\u2029\ufeff]/;

/** Thrown inside the reader when the text leaves the subset. */
const NOT_SIMPLE = Symbol("not simple YAML");
function notSimple(): never {
  throw NOT_SIMPLE;
}

/** A mapping key: a word (no quotes, no merge key `<<`), short enough for any YAML reader. */
const KEY = /^([A-Za-z_][A-Za-z0-9_.-]{0,127}):(?: +(.*))?$/;
/** `|` or `|-`, then nothing or a comment (no indentation indicator, no keep `|+`). */
const LITERAL_HEADER = /^\|(-?)(?: +(?:#.*)?)?$/;
/** What may follow a closed quote or bracket: nothing, or spaces and a comment. */
const TAIL = /^(?: +(?:#.*)?)?$/;
/** A plain scalar cannot start with one of these (`-` only when a space or the end follows). */
const INDICATORS = new Set("?:,[]{}#&*!|>'\"%@`");

interface ScalarTags {
  readonly value: readonly TagLike[];
  readonly key: readonly TagLike[];
  /** Any of the tags' tests, in one expression: most scalars are strings, and one test says so. */
  readonly anyTag: RegExp;
  readonly options: Readonly<Record<string, unknown>>;
}

interface TagLike {
  readonly test: RegExp;
  readonly resolve: (value: string, onError: (message: string) => void, options: Readonly<Record<string, unknown>>) => unknown;
}

/** The scalar tags of a schema, in the order the yaml package tries them, per set of options. */
const cachedTags = new WeakMap<object, ScalarTags>();
function tagsFor(options: ParseOptions & DocumentOptions & SchemaOptions): ScalarTags {
  const cached = cachedTags.get(options);
  if (cached) return cached;
  const reference = parseDocument("", { ...options, lineCounter: undefined });
  const all = reference.schema.tags as Tags;
  const pick = (atKey: boolean) =>
    all.filter((tag): tag is typeof tag & TagLike => typeof tag !== "string" && (tag.default === true || (atKey && tag.default === "key")) && "test" in tag && tag.test instanceof RegExp);
  const key = pick(true);
  // The tests are anchored (^...$) and without flags, so their union matches what any of them does.
  const combinable = key.every((tag) => tag.test.flags === "");
  const anyTag = combinable ? new RegExp(key.map((tag) => `(?:${tag.test.source})`).join("|")) : /(?:)/;
  const tags = { value: pick(false), key, anyTag, options: reference.options as unknown as Record<string, unknown> };
  cachedTags.set(options, tags);
  return tags;
}

/** One document's lines. */
class SimpleReader {
  constructor(
    private readonly lines: string[],
    /** The last line has no line break after it. */
    private readonly unterminated: boolean,
    private readonly tags: ScalarTags,
  ) {}

  /** The document's mapping and where its first key starts (undefined for a blank document). */
  read(): { value: Record<string, unknown>; startOffset: number } | undefined {
    const first = this.nextContent(0);
    if (first >= this.lines.length) return undefined;
    if (this.indent(first) !== 0) notSimple();
    let startOffset = 0;
    for (let i = 0; i < first; i++) startOffset += this.lines[i].length + 1;
    const [value, end] = this.mapping(first, 0);
    if (this.nextContent(end) < this.lines.length) notSimple();
    return { value, startOffset };
  }

  /** Index of the first line from `i` that is neither blank nor a comment. */
  private nextContent(i: number): number {
    const { lines } = this;
    for (; i < lines.length; i++) {
      const line = lines[i];
      const at = leadingSpaces(line);
      if (at < line.length && line.charCodeAt(at) !== 0x23) return i;
    }
    return i;
  }

  private indent(i: number): number {
    return leadingSpaces(this.lines[i]);
  }

  /** A block mapping whose keys are at column n, from line i: [value, next line]. */
  private mapping(i: number, n: number): [Record<string, unknown>, number] {
    const map: Record<string, unknown> = {};
    for (;;) {
      i = this.nextContent(i);
      if (i >= this.lines.length) break;
      const indent = this.indent(i);
      if (indent < n) break;
      if (indent > n) notSimple();
      const entry = KEY.exec(this.lines[i].slice(n));
      if (!entry) notSimple();
      const key = entry[1];
      if (key === "__proto__" || Object.prototype.hasOwnProperty.call(map, key) || this.plain(key, true) !== key) notSimple();
      const [value, next] = this.entryValue(entry[2] ?? "", i, n);
      map[key] = value;
      i = next;
    }
    return [map, i];
  }

  /** The value after `key:` on line i (key at column n). */
  private entryValue(rest: string, i: number, n: number): [unknown, number] {
    if (rest === "" || rest.charCodeAt(0) === 0x23) {
      const j = this.nextContent(i + 1);
      if (j < this.lines.length) {
        const indent = this.indent(j);
        if (indent > n) return this.block(j, indent);
        // `key:` then `- item` at the key's own column is a sequence too.
        if (indent === n && isDash(this.lines[j], n)) return this.sequence(j, n);
      }
      return [null, i + 1];
    }
    if (rest.charCodeAt(0) === 0x7c) return this.literal(rest, i, n);
    return [this.inline(rest), this.afterInline(i, n)];
  }

  /** A nested mapping or sequence starting on line i, at column n. */
  private block(i: number, n: number): [unknown, number] {
    return isDash(this.lines[i], n) ? this.sequence(i, n) : this.mapping(i, n);
  }

  /** A block sequence whose dashes are at column n. */
  private sequence(i: number, n: number): [unknown[], number] {
    const items: unknown[] = [];
    const { lines } = this;
    for (;;) {
      i = this.nextContent(i);
      if (i >= lines.length) break;
      const indent = this.indent(i);
      if (indent < n) break;
      if (indent > n) notSimple();
      const line = lines[i];
      if (!isDash(line, n)) break; // the next key of a mapping whose value this was
      if (line.length === n + 1) notSimple(); // `-` alone: the item is a block below
      let column = n + 1;
      while (line.charCodeAt(column) === 0x20) column++;
      const rest = line.slice(column);
      if (rest === "" || rest.charCodeAt(0) === 0x23 || isDash(rest, 0)) notSimple();
      if (KEY.test(rest)) {
        // `- key: value`: a mapping whose keys are at the column after the dash.
        lines[i] = " ".repeat(column) + rest;
        const [map, next] = this.mapping(i, column);
        items.push(map);
        i = next;
      } else if (rest.charCodeAt(0) === 0x7c) {
        const [text, next] = this.literal(rest, i, n);
        items.push(text);
        i = next;
      } else {
        items.push(this.inline(rest));
        i = this.afterInline(i, n);
      }
    }
    return [items, i];
  }

  /** After a one-line value on line i: nothing deeper may follow (a continuation line, a block under a scalar). */
  private afterInline(i: number, n: number): number {
    const j = this.nextContent(i + 1);
    if (j < this.lines.length && this.indent(j) > n) notSimple();
    return i + 1;
  }

  /** A literal block scalar (`|` or `|-` on line i), its content indented deeper than column `parent`. */
  private literal(header: string, i: number, parent: number): [string, number] {
    const match = LITERAL_HEADER.exec(header);
    if (!match) notSimple();
    const strip = match[1] === "-";
    const { lines } = this;
    const parts: string[] = [];
    let indent: number | undefined;
    let widestLeadingBlank = 0;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j];
      const spaces = leadingSpaces(line);
      if (spaces === line.length) {
        // A blank line. One with more spaces than the content's indentation is content: left to yaml.
        if (indent === undefined) widestLeadingBlank = Math.max(widestLeadingBlank, spaces);
        else if (spaces > indent) notSimple();
        parts.push("");
        continue;
      }
      if (indent === undefined) {
        if (spaces <= parent) break;
        if (widestLeadingBlank > spaces) notSimple();
        indent = spaces;
      } else if (spaces < indent) break;
      parts.push(line.slice(indent));
    }
    if (indent === undefined) return ["", j];
    if (j >= lines.length && this.unterminated) notSimple();
    if (j < lines.length && leadingSpaces(lines[j]) > parent) notSimple();
    while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
    return [parts.join("\n") + (strip ? "" : "\n"), j];
  }

  /** A one-line value in block context: quoted, a flow sequence, or plain. */
  private inline(rest: string): unknown {
    const c = rest.charCodeAt(0);
    if (c === 0x22 || c === 0x27) {
      const [value, end] = quoted(rest, 0);
      if (!TAIL.test(rest.slice(end))) notSimple();
      return value;
    }
    if (c === 0x7b && EMPTY_FLOW_MAP.test(rest)) return {};
    if (c === 0x5b) {
      const [items, end] = this.flowSequence(rest);
      if (!TAIL.test(rest.slice(end))) notSimple();
      return items;
    }
    if (INDICATORS.has(rest[0]) || isDash(rest, 0)) notSimple();
    const comment = rest.indexOf(" #");
    const value = (comment === -1 ? rest : rest.slice(0, comment)).trimEnd();
    // `a: b: c` is an error, `key: value:` a mapping key: both left to yaml.
    if (value.includes(": ") || value.endsWith(":")) notSimple();
    return this.plain(value, false);
  }

  /** `[a, 'b', "c"]` on one line, of scalars only: [items, offset after the `]`]. */
  private flowSequence(text: string): [unknown[], number] {
    const items: unknown[] = [];
    let at = skipSpaces(text, 1);
    if (text.charCodeAt(at) === 0x5d) return [items, at + 1];
    for (;;) {
      const c = text.charCodeAt(at);
      if (c === 0x22 || c === 0x27) {
        const [value, end] = quoted(text, at);
        items.push(value);
        at = end;
      } else {
        let end = at;
        while (end < text.length && !FLOW_PLAIN_END.has(text[end])) end++;
        const value = text.slice(at, end).trimEnd();
        if (end >= text.length || value === "" || FLOW_PLAIN_REFUSED.test(value) || INDICATORS.has(value[0]) || isDash(value, 0)) notSimple();
        items.push(this.plain(value, false));
        at = end;
      }
      at = skipSpaces(text, at);
      const next = text.charCodeAt(at);
      if (next === 0x5d) return [items, at + 1];
      if (next !== 0x2c) notSimple();
      at = skipSpaces(text, at + 1);
      if (text.charCodeAt(at) === 0x5d) notSimple(); // a trailing comma
    }
  }

  /** A plain scalar typed as the yaml package types it (null, booleans, numbers, timestamps, strings). */
  private plain(value: string, atKey: boolean): unknown {
    if (!this.tags.anyTag.test(value)) return value;
    for (const tag of atKey ? this.tags.key : this.tags.value) {
      if (!tag.test.test(value)) continue;
      const resolved = tag.resolve(value, notSimple, this.tags.options);
      const plainValue = isScalar(resolved) ? resolved.value : resolved;
      return typeof plainValue === "bigint" ? Number(plainValue) : plainValue;
    }
    return value;
  }
}

const FLOW_PLAIN_END = new Set([",", "]"]);
/** `{}`, then nothing or a comment. */
const EMPTY_FLOW_MAP = /^\{ *\}(?: +(?:#.*)?)?$/;
/** In a flow sequence item: other brackets, `:` (a pair), `#` (a comment), quotes after the start. */
const FLOW_PLAIN_REFUSED = /[[\]{}:#"']/;

function leadingSpaces(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 0x20) i++;
  return i;
}

function skipSpaces(text: string, at: number): number {
  while (text.charCodeAt(at) === 0x20) at++;
  return at;
}

/** `-` at column n, followed by a space or the end of the line. */
function isDash(line: string, n: number): boolean {
  return line.charCodeAt(n) === 0x2d && (line.length === n + 1 || line.charCodeAt(n + 1) === 0x20);
}

const ESCAPES: Readonly<Record<string, string>> = { "\\": "\\", '"': '"', "/": "/", n: "\n", t: "\t" };

/** A quoted scalar closed on the same line, starting at `start`: [value, offset after the quote]. */
function quoted(text: string, start: number): [string, number] {
  const quote = text[start];
  let value = "";
  let from = start + 1;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c !== "'") continue;
      value += text.slice(from, i);
      if (text[i + 1] !== "'") return [value, i + 1];
      value += "'";
      from = ++i + 1;
    } else if (c === "\\") {
      const escaped = ESCAPES[text[i + 1]];
      if (escaped === undefined) notSimple();
      value += text.slice(from, i) + escaped;
      from = ++i + 1;
    } else if (c === '"') {
      return [value + text.slice(from, i), i + 1];
    }
  }
  return notSimple();
}
