import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import type { ErrorObject, ValidateFunction } from "ajv";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import { closestMatch } from "../suggest/did-you-mean";
import { BUILTIN_CATALOGS } from "./builtin-catalogs";
import { CatalogError, type CatalogProblem } from "./catalog-error";
import { extendCatalog } from "./extend-catalog";
import { deepFreeze } from "./freeze";
import { BUILTIN_CATALOG_NAMES, CATALOG_FILE_SCHEMA, CATALOG_NAME_PATTERN, CATALOG_QUANTITY_PATTERN, type BuiltinCatalogName } from "./schema";
import type { Catalog, GoldenImage, InstanceProfile, InstanceType, OsFamily, StorageClass } from "./types";
import { duplicateNameProblems } from "./validate-catalog";
import { jsonErrorText, yamlErrorText } from "../safe-output/parse-error";

/** An instance type as written in a file: `series` may be left out. */
export interface InstanceTypeFileEntry {
  name: string;
  series?: string;
  vcpu: number;
  memory: string;
  description?: string;
  deprecated?: string;
}

/** A golden image as written in a file: `os` and `iso` may be left out. */
export interface GoldenImageFileEntry {
  name: string;
  os?: string;
  version?: string;
  minimumStorage: string;
  iso?: boolean;
  osFamily?: OsFamily;
  description?: string;
  deprecated?: string;
}

/** The content of a catalog file, as described by CATALOG_FILE_SCHEMA. */
export interface CatalogFile {
  $schema?: string;
  name?: string;
  description?: string;
  extends?: BuiltinCatalogName;
  instanceTypes?: InstanceTypeFileEntry[];
  profiles?: InstanceProfile[];
  images?: GoldenImageFileEntry[];
  storageClasses?: StorageClass[];
}

/**
 * Reads a catalog file (JSON if it ends in `.json`, YAML otherwise): either a full catalog, or
 * `extends: hikube|cozystack` plus entries to add or replace by name. Throws a CatalogError naming the
 * file and the path of every problem, e.g. `catalog.yaml: instanceTypes[2].memory: "8GB" is not a quantity`.
 */
export function loadCatalogFile(path: string): Catalog {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new CatalogError({ path: "", message: readFailure(error) }, path, { cause: error });
  }
  return parseCatalogFile(text.replace(/^\uFEFF/, ""), path);
}

/** Parses and validates the text of a catalog file; `file` names it in errors and decides JSON or YAML. */
export function parseCatalogFile(text: string, file: string): Catalog {
  const source = parseSource(text, file);
  const validate = fileValidator();
  if (!validate(source.data)) {
    throw new CatalogError(locate(schemaProblems(validate.errors ?? [], source.data), source), file);
  }
  const data = source.data;
  const duplicates = duplicateNameProblems(data);
  if (duplicates.length > 0) throw new CatalogError(locate(duplicates, source), file);
  return buildCatalog(data, file);
}

// ---------------------------------------------------------------------------------------------
// Parsing

interface ParsedSource {
  readonly data: unknown;
  /** The YAML view of the file, for line numbers (JSON is YAML too). */
  readonly document: Document.Parsed;
  readonly lines: LineCounter;
}

function parseSource(text: string, file: string): ParsedSource {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  let data: unknown;
  if (extname(file).toLowerCase() === ".json") {
    try {
      data = JSON.parse(text);
    } catch (error) {
      // V8 quotes the text and gives the position for some errors only: the kind of error and where, no more.
      const { detail, offset } = jsonErrorText(error, text);
      const at = offset !== undefined ? lines.linePos(offset) : undefined;
      const where = at ? ` at line ${at.line}, column ${at.col}` : "";
      throw new CatalogError({ path: "", message: `JSON syntax error${where}: ${detail}`, line: at?.line, column: at?.col }, file);
    }
  } else {
    const error = document.errors[0];
    if (error) {
      const at = lines.linePos(error.pos[0]);
      const detail = yamlErrorText(error.message);
      throw new CatalogError({ path: "", message: `YAML syntax error at line ${at.line}, column ${at.col}: ${detail}`, line: at.line, column: at.col }, file);
    }
    data = document.toJS();
  }
  if (data === null || data === undefined) {
    throw new CatalogError({ path: "", message: "the file is empty; expected a catalog (instanceTypes, profiles, images, storageClasses) or extends: hikube|cozystack" }, file);
  }
  return { data, document, lines };
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "cannot read the catalog file: no such file";
  if (code === "EISDIR") return "cannot read the catalog file: it is a directory";
  if (code === "EACCES") return "cannot read the catalog file: permission denied";
  return `cannot read the catalog file: ${error instanceof Error ? error.message : String(error)}`;
}

// ---------------------------------------------------------------------------------------------
// Schema validation

let validator: ValidateFunction<CatalogFile> | undefined;

function fileValidator(): ValidateFunction<CatalogFile> {
  if (!validator) {
    // Loaded here, not at start-up: only a catalog file needs the ajv compiler.
    const { default: Ajv } = require("ajv") as typeof import("ajv");
    // Strict, except for "required" naming properties defined elsewhere (the if/then on "extends").
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false });
    validator = ajv.compile<CatalogFile>(CATALOG_FILE_SCHEMA);
  }
  return validator;
}

/** A problem, plus the path segments it points at (for line numbers). */
interface RawProblem extends CatalogProblem {
  readonly segments: readonly (string | number)[];
  /** Point at the key of the last segment rather than its value (unknown keys). */
  readonly atKey?: boolean;
}

function schemaProblems(errors: readonly ErrorObject[], data: unknown): RawProblem[] {
  const problems: RawProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const problem = describeError(error, data);
    if (!problem) continue;
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function describeError(error: ErrorObject, data: unknown): RawProblem | undefined {
  const segments = pointerSegments(error.instancePath, data);
  const value: unknown = error.data;
  const schema = (error.parentSchema ?? {}) as { pattern?: string; properties?: Record<string, unknown> };
  const last = segments[segments.length - 1];
  const at = (message: string, extra: Partial<RawProblem> = {}): RawProblem => ({
    path: formatPath(extra.segments ?? segments),
    message,
    segments,
    ...extra,
  });

  switch (error.keyword) {
    case "if":
      return undefined; // reported through the "then" errors
    case "additionalProperties": {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(schema.properties ?? {}).filter((k) => k !== "$schema");
      const suggestion = closestMatch(key, allowed);
      const hint = suggestion ? ` (did you mean "${suggestion}"?)` : "";
      const keySegments = [...segments, key];
      return at(`unknown key "${key}"${hint}; allowed: ${allowed.join(", ")}`, { segments: keySegments, path: formatPath(keySegments), atKey: true });
    }
    case "required": {
      const key = String((error.params as { missingProperty: string }).missingProperty);
      const whole = segments.length === 0 && ["instanceTypes", "profiles", "images", "storageClasses"].includes(key);
      const hint = whole ? ' (a catalog file without "extends" must list instanceTypes, profiles, images and storageClasses; they may be empty)' : "";
      return at(`required key "${key}" is missing${hint}`, { path: formatPath([...segments, key]) });
    }
    case "pattern":
      if (schema.pattern === CATALOG_QUANTITY_PATTERN) return at(notAQuantity(value));
      if (schema.pattern === CATALOG_NAME_PATTERN) {
        return at(`${JSON.stringify(value)} is not a valid name: lowercase letters, digits, "-" and ".", starting and ending with a letter or digit`);
      }
      return at(`${JSON.stringify(value)} does not match ${String(schema.pattern)}`);
    case "type":
    case "minimum":
      if (last === "vcpu") return at(`${describe(value)} is not a positive integer`);
      if (schema.pattern === CATALOG_QUANTITY_PATTERN) return at(notAQuantity(value));
      if (error.keyword === "type") return at(`expected ${withArticle(String((error.params as { type: string }).type))}, got ${describe(value)}`);
      return at(error.message ?? "invalid value");
    case "minLength":
      return at("must not be empty");
    case "maxLength":
      return at(`is longer than ${String((error.params as { limit: number }).limit)} characters`);
    case "enum": {
      if (last === "extends") {
        const suggestion = typeof value === "string" ? closestMatch(value, BUILTIN_CATALOG_NAMES) : undefined;
        const hint = suggestion ? ` (did you mean "${suggestion}"?)` : "";
        return at(`${describe(value)} is not a built-in catalog; expected ${BUILTIN_CATALOG_NAMES.map((n) => `"${n}"`).join(" or ")}${hint}`);
      }
      const allowed = ((error.params as { allowedValues?: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v));
      return at(`${describe(value)} is not one of the allowed values${allowed.length ? `: ${allowed.join(", ")}` : ""}`);
    }
    default:
      return at(error.message ?? `invalid (${error.keyword})`);
  }
}

/** `"8GB" is not a quantity (did you mean "8Gi"?)` */
function notAQuantity(value: unknown): string {
  if (typeof value !== "string") {
    return `${describe(value)} is not a quantity (write it as a string with a unit, e.g. "8Gi")`;
  }
  const suggestion = suggestQuantity(value);
  return `${JSON.stringify(value)} is not a quantity${suggestion ? ` (did you mean "${suggestion}"?)` : ' (e.g. "8Gi", "512Mi")'}`;
}

const BINARY_SUFFIXES: Readonly<Record<string, string>> = { k: "Ki", m: "Mi", g: "Gi", t: "Ti", p: "Pi", e: "Ei" };

/** Common mistakes: `8GB`, `8 Gi`, `8gib`, `8G B` → binary units, as the platform sizes memory and disks. */
function suggestQuantity(value: string): string | undefined {
  const match = /^\s*([0-9]+(?:\.[0-9]+)?)\s*([a-zA-Z]*)\s*$/.exec(value);
  if (!match) return undefined;
  const unit = match[2].toLowerCase().replace(/i?b$/, "").replace(/i$/, "");
  const suffix = unit === "" ? "" : BINARY_SUFFIXES[unit];
  if (suffix === undefined) return undefined;
  const candidate = `${match[1]}${suffix}`;
  return candidate !== value && new RegExp(CATALOG_QUANTITY_PATTERN).test(candidate) ? candidate : undefined;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return JSON.stringify(value) ?? String(value);
}

function withArticle(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** JSON pointer `/instanceTypes/2/memory` → `["instanceTypes", 2, "memory"]` (indices as numbers for arrays). */
function pointerSegments(pointer: string, data: unknown): (string | number)[] {
  if (pointer === "") return [];
  const segments: (string | number)[] = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      const index = Number(segment);
      segments.push(index);
      node = node[index];
    } else {
      segments.push(segment);
      node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return segments;
}

/** `["instanceTypes", 2, "memory"]` → `instanceTypes[2].memory` */
export function formatPath(segments: readonly (string | number)[]): string {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else path += path === "" ? segment : `.${segment}`;
  }
  return path;
}

/** Adds line and column to each problem, from the YAML view of the file, and sorts them in file order. */
function locate(problems: readonly (CatalogProblem & { segments?: readonly (string | number)[]; atKey?: boolean })[], source: ParsedSource): CatalogProblem[] {
  const located = problems.map(({ segments, atKey, ...problem }): CatalogProblem => {
    const offset = nodeOffset(source.document, segments ?? pathSegments(problem.path), atKey ?? false);
    if (offset === undefined) return problem;
    const position = source.lines.linePos(offset);
    return { ...problem, line: position.line, column: position.col };
  });
  const order = (p: CatalogProblem): number => (p.line ?? Number.MAX_SAFE_INTEGER) * 100_000 + (p.column ?? 0);
  return located.sort((a, b) => order(a) - order(b));
}

/** `images[3].name` → `["images", 3, "name"]` (for problems found outside the schema). */
function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1]);
  }
  return segments;
}

/** Offset of the deepest node of the file along `segments` (the key itself when `atKey`). */
function nodeOffset(document: Document.Parsed, segments: readonly (string | number)[], atKey: boolean): number | undefined {
  let node: unknown = document.contents;
  let offset = rangeStart(node);
  segments.forEach((segment, i) => {
    if (node === undefined) return;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) {
        node = undefined;
        return;
      }
      if (atKey && i === segments.length - 1) {
        offset = rangeStart(pair.key) ?? offset;
        node = undefined;
        return;
      }
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      node = node.items[segment];
    } else {
      node = undefined;
      return;
    }
    offset = rangeStart(node) ?? offset;
  });
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: readonly number[] } | null | undefined)?.range;
  return range ? range[0] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Building the catalog

function buildCatalog(data: CatalogFile, file: string): Catalog {
  const sections = {
    instanceTypes: (data.instanceTypes ?? []).map(toInstanceType),
    profiles: (data.profiles ?? []).map((p) => compact<InstanceProfile>({ ...p })),
    images: (data.images ?? []).map(toGoldenImage),
    storageClasses: (data.storageClasses ?? []).map((s) => compact<StorageClass>({ ...s })),
  };
  if (data.extends) {
    const base = BUILTIN_CATALOGS[data.extends];
    return extendCatalog(base, {
      name: data.name ?? base.name,
      description: data.description ?? `${base.description}; extended by ${basename(file)}`,
      ...sections,
    });
  }
  return deepFreeze({
    name: data.name ?? basename(file, extname(file)),
    description: data.description ?? `Catalog read from ${basename(file)}`,
    ...sections,
  });
}

function toInstanceType(entry: InstanceTypeFileEntry): InstanceType {
  const dot = entry.name.indexOf(".");
  return compact<InstanceType>({ ...entry, series: entry.series ?? (dot > 0 ? entry.name.slice(0, dot) : entry.name) });
}

function toGoldenImage(entry: GoldenImageFileEntry): GoldenImage {
  return compact<GoldenImage>({ ...entry, os: entry.os ?? entry.name.replace(/-[0-9][0-9a-z.]*$/, ""), iso: entry.iso ?? false });
}

/** Drops keys whose value is undefined, so that entries compare equal to hand-written ones. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
