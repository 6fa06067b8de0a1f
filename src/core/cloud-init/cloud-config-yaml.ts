import {
  LineCounter,
  isMap,
  parseDocument,
  visit,
  type Document,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
  type Tags,
  type YAMLError,
} from "yaml";
import { aliasPastLimitAt, MAX_ALIASES, mayHaveTooManyAliases } from "./alias-limit";
import { MAX_CLOUD_CONFIG_DEPTH, tooDeepAt } from "./nesting-depth";
import { readSimpleYaml } from "../simple-yaml/simple-yaml";
import { yamlErrorText } from "../safe-output/parse-error";

export type YamlParse =
  | { ok: true; config: Record<string, unknown> }
  | { ok: false; message: string; line: number; column: number };

/**
 * cloud-init reads #cloud-config with PyYAML's safe_load, i.e. YAML 1.1: `yes`/`no`/`on`/`off`
 * are booleans and 0644 is octal. PyYAML, unlike YAML 1.1 proper, does not read `y`/`n` as booleans.
 */
const PYYAML_TRUE = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const PYYAML_FALSE = /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/;

function pyyamlBooleans(tags: Tags): Tags {
  return tags.map((tag) => {
    if (typeof tag === "string" || tag.tag !== "tag:yaml.org,2002:bool" || !("test" in tag) || !tag.test) return tag;
    return { ...tag, test: tag.test.test("true") ? PYYAML_TRUE : PYYAML_FALSE };
  });
}

export function cloudConfigYamlOptions(
  lineCounter?: LineCounter,
): ParseOptions & DocumentOptions & SchemaOptions {
  return { version: "1.1", customTags: pyyamlBooleans, prettyErrors: true, uniqueKeys: true, lineCounter };
}

const SIMPLE_OPTIONS = cloudConfigYamlOptions();

/** Parses a #cloud-config body; the document must be a mapping (or empty). */
export function parseCloudConfigYaml(text: string): YamlParse {
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    const { line, column } = positionOf(text, deep);
    return { ok: false, message: `invalid YAML: nested more than ${MAX_CLOUD_CONFIG_DEPTH} levels deep, which no cloud-config needs; not read further`, line, column };
  }
  // Most cloud-configs are plain YAML that a fast reader gives the same value for; anything else
  // (and every error, with its wording) goes through the yaml package.
  const simple = readSimpleYaml(text, SIMPLE_OPTIONS);
  if (simple) return { ok: true, config: simple };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, cloudConfigYamlOptions(lineCounter));
  const error = firstError(doc);
  if (error) return yamlFailure(error, text);
  const contents = doc.contents;
  if (contents === null) return { ok: true, config: {} };
  if (!isMap(contents)) {
    const pos = lineCounter.linePos(contents.range?.[0] ?? 0);
    const message = "a #cloud-config document must be a mapping of keys (users:, packages:, runcmd: ...), not a list or a single value";
    return { ok: false, message, line: pos.line, column: pos.col };
  }
  const aliasAt = mayHaveTooManyAliases(text) ? aliasPastLimitAt(doc) : undefined;
  if (aliasAt !== undefined) {
    const pos = lineCounter.linePos(aliasAt);
    return { ok: false, message: `invalid YAML: more than ${MAX_ALIASES} aliases (*name), which no cloud-config needs; not read further (write the values out)`, line: pos.line, column: pos.col };
  }
  return toConfig(doc, lineCounter);
}

/** 1-based line and column of an offset. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** safe_load rejects unknown tags, so their warning is an error here. */
function firstError(doc: Document.Parsed): YAMLError | undefined {
  return doc.errors[0] ?? doc.warnings.find((w) => w.code === "TAG_RESOLVE_FAILED");
}

function yamlFailure(error: YAMLError, text: string): YamlParse {
  const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
  return { ok: false, message: describeYamlError(error, text, pos.line, pos.col), line: pos.line, column: pos.col };
}

/**
 * Our own wording where the yaml package's message would quote the source (which may hold a
 * password); its message minus the location and source excerpt otherwise.
 */
function describeYamlError(error: YAMLError, text: string, line: number, column: number): string {
  switch (error.code) {
    case "TAB_AS_INDENT":
      return "invalid YAML: a tab is used for indentation; YAML allows only spaces";
    case "DUPLICATE_KEY":
      return duplicateKeyMessage(text, line, column);
    case "MULTIPLE_DOCS":
      return "invalid YAML: #cloud-config must be a single YAML document (remove the --- separator)";
    case "BAD_DQ_ESCAPE":
      return 'invalid YAML: invalid escape sequence in a "double-quoted" string (use single quotes, or \\\\ for a backslash)';
    case "TAG_RESOLVE_FAILED":
      return "invalid YAML: unknown tag; cloud-init's safe YAML loader rejects it";
    case "UNEXPECTED_TOKEN":
    case "BAD_PROP_ORDER":
    case "BAD_SCALAR_START":
    case "BAD_COLLECTION_TYPE":
      return "invalid YAML: unexpected characters here (check quotes, colons and indentation)";
    default:
      return `invalid YAML: ${plainMessage(error)}`;
  }
}

function plainMessage(error: YAMLError): string {
  // The parser quotes what it stumbled on, and this is cloud-init: never echoed.
  const bare = yamlErrorText(error.message);
  return bare.charAt(0).toLowerCase() + bare.slice(1);
}

/** Names the key when it looks like a config key (never a value). */
function duplicateKeyMessage(text: string, line: number, column: number): string {
  const source = text.split(/\r?\n/)[line - 1] ?? "";
  const key = /^["']?([A-Za-z_][\w.-]{0,63})["']?\s*:/.exec(source.slice(column - 1))?.[1];
  return key ? `duplicate key "${key}": each key may appear only once in a mapping` : "duplicate key in a mapping";
}

/** toJS throws on aliases it cannot resolve or that expand too much (a "billion laughs" document). */
function toConfig(doc: Document.Parsed, lineCounter: LineCounter): YamlParse {
  try {
    const config: unknown = doc.toJS();
    if (isRecord(config)) return { ok: true, config };
    // A tagged mapping such as !!set becomes a Set, which cloud-init's schema rejects as well.
    const pos = lineCounter.linePos(doc.contents?.range?.[0] ?? 0);
    return { ok: false, message: "a #cloud-config document must be a plain mapping of keys", line: pos.line, column: pos.col };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const offset = firstBadAliasOffset(doc);
    const pos = lineCounter.linePos(offset);
    const message = /excessive alias/i.test(error.message)
      ? "invalid YAML: too many alias expansions (*name); simplify the anchors"
      : "invalid YAML: an alias (*name) refers to an anchor (&name) that is not defined before it";
    return { ok: false, message, line: pos.line, column: pos.col };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function firstBadAliasOffset(doc: Document.Parsed): number {
  let unresolved: number | undefined;
  let first: number | undefined;
  visit(doc, {
    Alias(_, node) {
      const start = node.range?.[0] ?? 0;
      first ??= start;
      if (unresolved === undefined && node.resolve(doc) === undefined) unresolved = start;
    },
  });
  return unresolved ?? first ?? 0;
}
