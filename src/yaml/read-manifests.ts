import { readFileSync } from "node:fs";
import { isMap, isSeq, LineCounter, parseAllDocuments, parseDocument, type Node } from "yaml";
import { aliasPastLimitAt, MAX_ALIASES, mayHaveTooManyAliases } from "../core/cloud-init/alias-limit";
import { tooDeepAt } from "../core/cloud-init/nesting-depth";
import { readSimpleYamlStream } from "../core/simple-yaml/simple-yaml";
import type { Finding } from "../core/findings/finding";
import { textOf } from "../core/validation/describe-value";
import { fileFinding } from "./document-findings";
import { LazyManifestDocument, type LoadedResource, type ManifestDocument } from "./manifest-document";
import { toDefinitions, type ReadOptions } from "./to-definition";
import { unresolvedAlias } from "./unresolved-alias";
import { PLAIN_VALUES, taggedNodes, type TaggedNode } from "./yaml-tags";
import { jsonErrorText, yamlErrorText } from "../core/safe-output/parse-error";

/** What was read from one or more files: the resources, and the problems found reading them. */
export interface ManifestSet {
  readonly files: readonly string[];
  readonly resources: readonly LoadedResource[];
  /** Syntax errors, unknown kinds and keys ... each with file, line and column. */
  readonly findings: readonly Finding[];
}

/** A file that cannot be read at all (missing, a directory, no permission). */
export class ManifestReadError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`cannot read ${textOf(file)}: ${textOf(reason)}`);
    this.name = "ManifestReadError";
  }
}

/** Reads a kubectl-style file (YAML, several documents, `kind: List`, or JSON). */
export function readManifestFile(file: string, options: ReadOptions = {}): ManifestSet {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ManifestReadError(file, readFailure(error));
  }
  return parseManifests(text, file, options);
}

/** Far deeper than any manifest (cloud-init is a string in it), far shallower than the stack. */
export const MAX_MANIFEST_DEPTH = 100;

/** How manifests are parsed (with a LineCounter added). */
const YAML_OPTIONS = { merge: true, prettyErrors: false, uniqueKeys: true } as const;

/**
 * Parses the text of a file. Never throws: syntax errors are findings with their line, and the
 * other documents of the file are still read. JSON is read as YAML (it is YAML 1.2), which
 * gives positions and never echoes the text in messages, as a JSON.parse error might.
 */
export function parseManifests(text: string, file: string, options: ReadOptions = {}): ManifestSet {
  const source = text.replace(/^\uFEFF/, "");
  const deep = tooDeepAt(source, MAX_MANIFEST_DEPTH);
  if (deep !== undefined) {
    // The parser composes recursively: junk nested thousands of levels deep would exhaust the stack.
    const { line, column } = positionAt(source, deep);
    const message = `YAML nested more than ${MAX_MANIFEST_DEPTH} levels deep, which no VMInstance or VMDisk needs; the file is not read further`;
    return { files: [file], resources: [], findings: [fileFinding("error", file, message, "yaml-depth", { line, column })] };
  }
  return (/\.json$/i.test(file) ? undefined : parseSimple(source, file, options)) ?? parseWithTrees(source, file, options);
}

/**
 * Most files are plain YAML that the fast reader gives the same values for (no syntax error, no
 * warning is possible there): the documents are read without building their syntax trees; a
 * document's tree is built (from its own text, with the yaml package) only when a finding needs
 * a position inside it. Undefined when the file leaves the reader's subset.
 */
function parseSimple(source: string, file: string, options: ReadOptions): ManifestSet | undefined {
  const simple = readSimpleYamlStream(source, YAML_OPTIONS);
  // A `kind: List` item's node must carry the file's offsets: such files take the full path.
  if (!simple || simple.some((d) => d.value.kind === "List")) return undefined;
  const lines = lineCounterOf(source);
  const parse = (text: string) => parseDocument(text, YAML_OPTIONS);
  const resources: LoadedResource[] = [];
  const findings: Finding[] = [];
  for (const document of simple) {
    const origin = new LazyManifestDocument(file, source, lines, document.value, document, parse);
    const converted = toDefinitions(origin, options, () => undefined); // no `kind: List` here
    resources.push(...converted.resources);
    findings.push(...converted.findings);
  }
  return withEmptyFileWarning({ files: [file], resources, findings });
}

/** The LineCounter the yaml parser fills: the start of the text and of every line after a line break. */
function lineCounterOf(source: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) lines.addNewLine(i + 1);
  return lines;
}

function withEmptyFileWarning(set: ManifestSet): ManifestSet {
  if (set.resources.length > 0 || set.findings.length > 0) return set;
  const file = set.files[0];
  return { ...set, findings: [{ ...fileFinding("warning", file, "no VMInstance or VMDisk in this file", "empty-file"), source: { file, line: 1, column: 1 } }] };
}

/** The yaml package's reading, with every document's syntax tree (and every error and warning); exported for the tests that compare it with the fast path. */
export function parseWithTrees(source: string, file: string, options: ReadOptions): ManifestSet {
  const lines = new LineCounter();
  const documents = parseAllDocuments(source, { ...YAML_OPTIONS, lineCounter: lines });
  const resources: LoadedResource[] = [];
  const findings: Finding[] = [];
  if (/\.json$/i.test(file) && documents.some((d) => d.errors.length > 0)) {
    // YAML's view of broken JSON is confusing ("block collections ..."): say what JSON says.
    const jsonError = jsonSyntaxFinding(source, file, lines);
    if (jsonError) return { files: [file], resources, findings: [jsonError] };
  }
  const manyAliases = mayHaveTooManyAliases(source);
  for (const document of documents) {
    if (document.errors.length > 0) {
      // The rest of a broken document is guesswork (and further errors mostly echo the first):
      // report where it first broke, skip the document.
      const first = [...document.errors].sort((a, b) => a.pos[0] - b.pos[0])[0];
      findings.push(syntaxFinding(file, lines, first.pos[0], first.message));
      continue;
    }
    if (document.contents === null) continue; // `---` followed by nothing, or only comments
    const tagged = taggedNodes(document);
    if (tagged.length > 0) {
      // Read on, a tagged value would be an empty object or a changed value: refuse the document.
      for (const t of tagged) findings.push(tagFinding(file, lines, t));
      continue;
    }
    for (const warning of document.warnings) findings.push({ ...syntaxFinding(file, lines, warning.pos[0], warning.message), severity: "warning" });
    const aliasAt = manyAliases ? aliasPastLimitAt(document) : undefined;
    if (aliasAt !== undefined) {
      // Reading aliases is quadratic in the yaml package: refuse before it hangs.
      const message = `more than ${MAX_ALIASES} aliases (*name) in one document, which no VMInstance or VMDisk needs; the document is not read (write the values out, or split the document)`;
      const { line, col } = lines.linePos(aliasAt);
      findings.push(fileFinding("error", file, message, "yaml-aliases", { line, column: col }));
      continue;
    }
    let data: unknown;
    try {
      data = document.toJS({ maxAliasCount: 1000 });
    } catch (error) {
      const alias = unresolvedAlias(document, documents);
      if (alias) {
        const { line, col } = lines.linePos(alias.offset);
        findings.push(fileFinding("error", file, `YAML: ${alias.message}`, "yaml-alias", { line, column: col }));
        continue;
      }
      const message = error instanceof Error ? error.message : String(error);
      findings.push(syntaxFinding(file, lines, document.contents.range?.[0] ?? 0, message));
      continue;
    }
    if (data === null || data === undefined) continue;
    const origin: ManifestDocument = { file, document, node: document.contents, lines, text: source, data };
    const converted = toDefinitions(origin, options, (i) => listItem(origin, i));
    resources.push(...converted.resources);
    findings.push(...converted.findings);
  }
  return withEmptyFileWarning({ files: [file], resources, findings });
}

/** The i-th item of a `kind: List` document, as a document of its own. */
function listItem(list: ManifestDocument, index: number): ManifestDocument | undefined {
  if (!isMap(list.node)) return undefined;
  const items = list.node.get("items", true) as unknown;
  const node = isSeq(items) ? (items.items[index] as Node | undefined) : undefined;
  const data = ((list.data as { items?: unknown[] }).items ?? [])[index];
  return node ? { ...list, node, data } : undefined;
}

/** 1-based line and column of an offset (before parsing, so without the LineCounter). */
function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}

function tagFinding(file: string, lines: LineCounter, t: TaggedNode): Finding {
  const { line, col } = lines.linePos(t.offset);
  const where = t.path ? ` at ${t.path}` : "";
  const message = `YAML tag ${t.tag}${where} is not allowed: a manifest holds plain values; remove the tag and write the value itself (the document is not read)`;
  return { ...fileFinding("error", file, message, "yaml-tag", { line, column: col }), path: t.path, allowed: PLAIN_VALUES };
}

function syntaxFinding(file: string, lines: LineCounter, offset: number, message: string): Finding {
  const { line, col } = lines.linePos(offset);
  // The parser's message ends with " at line L, column C:" and an excerpt of the text: the
  // position is ours to give, and the excerpt could hold a secret.
  const detail = yamlErrorText(message);
  return fileFinding("error", file, `YAML syntax error: ${detail}`, "yaml-syntax", { line, column: col });
}

/** JSON.parse's diagnosis, without the excerpt of the text that newer V8 versions append. */
function jsonSyntaxFinding(text: string, file: string, lines: LineCounter): Finding | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const { detail, offset } = jsonErrorText(error, text);
    const { line, col } = lines.linePos(offset ?? 0);
    return fileFinding("error", file, `JSON syntax error: ${detail}`, "json-syntax", { line, column: col });
  }
}

/** Several files as one set, in the order given. */
export function mergeManifestSets(sets: readonly ManifestSet[]): ManifestSet {
  return {
    files: sets.flatMap((s) => s.files),
    resources: sets.flatMap((s) => s.resources),
    findings: sets.flatMap((s) => s.findings),
  };
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a directory";
  if (code === "EACCES") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

