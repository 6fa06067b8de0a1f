import { catalogIndex, Catalog, CatalogIndex } from "../catalog";
import { parseCloudInit } from "../cloud-init";
import { inexactNumber, isPositive, MAX_BINARY_QUANTITY, parseQuantity, quantityValue } from "../quantity";
import { isInteger, toPlainString } from "../quantity/decimal";
import { CatalogRef, SchemaNode } from "../schema/schema-node";
import { checkSshPublicKey } from "../ssh";
import type { FindingSink } from "./finding-sink";
import { DNS_1035_ALLOWED, dnsLabelProblem } from "./name-checks";
import { show } from "./paths";

type Path = readonly (string | number)[];

/** How each catalog section is named in messages, looked up and suggested from. */
const CATALOG_SECTIONS: Record<CatalogRef, { word: string; find(index: CatalogIndex, name: string): { readonly deprecated?: string } | undefined; suggest(index: CatalogIndex, name: string): string | undefined }> = {
  instanceTypes: { word: "instance type", find: (i, n) => i.instanceType(n), suggest: (i, n) => i.suggestInstanceType(n) },
  profiles: { word: "instance profile", find: (i, n) => i.profile(n), suggest: (i, n) => i.suggestProfile(n) },
  images: { word: "golden image", find: (i, n) => i.image(n), suggest: (i, n) => i.suggestImage(n) },
  // Storage classes carry no deprecation.
  storageClasses: { word: "storage class", find: (i, n) => i.storageClass(n) && {}, suggest: (i, n) => i.suggestStorageClass(n) },
};

/**
 * Checks what JSON Schema cannot say well: quantities, names, URLs, SSH keys, cloud-init,
 * catalog names and unique names in lists. Runs on values of the right type only, so a value
 * that ajv already rejected is not reported twice.
 */
export function checkSemantics(node: SchemaNode, value: unknown, path: Path, catalog: Catalog, sink: FindingSink): void {
  walk(node, value, path, { index: catalogIndex(catalog), sink });
}

interface WalkContext {
  readonly index: CatalogIndex;
  readonly sink: FindingSink;
}

function walk(node: SchemaNode, value: unknown, path: Path, ctx: WalkContext): void {
  if (value === undefined || value === null) return;
  switch (node.type) {
    case "string":
      if (typeof value === "string") checkString(node, value, path, ctx);
      return;
    case "quantity":
      if (typeof value === "string" || typeof value === "number") checkQuantity(node, value, path, ctx.sink);
      return;
    case "list":
      if (!Array.isArray(value)) return;
      value.forEach((item, i) => walk(node.items, item, [...path, i], ctx));
      if (node.uniqueBy && node.uniqueBy !== ".") checkUniqueBy(node, value, path, ctx.sink);
      return;
    case "object":
      if (typeof value === "string" && node.shorthand) {
        const field = node.fields.find((f) => f.name === node.shorthand);
        if (field) walk(field.node, value, path, ctx);
        return;
      }
      if (typeof value !== "object" || Array.isArray(value)) return;
      for (const field of node.fields) {
        const member = (value as Record<string, unknown>)[field.name];
        if (member !== undefined) walk(field.node, member, [...path, field.name], ctx);
      }
      return;
    default:
      return;
  }
}

function checkString(node: Extract<SchemaNode, { type: "string" }>, value: string, path: Path, ctx: WalkContext): void {
  // "" is no instance type / no profile to the platform (the chart's `with` skips it), not an unknown name.
  if (node.catalog && !(value === "" && node.empty !== undefined)) checkCatalogName(node.catalog, value, path, ctx);
  switch (node.format) {
    case "dns-label": {
      const problem = dnsLabelProblem(value, 63);
      if (problem) ctx.sink.error(path, `${problem.message}: not a valid name`, { code: "name", allowed: DNS_1035_ALLOWED, ...(problem.suggestion && { suggestion: problem.suggestion }) });
      return;
    }
    case "http-url":
      return checkUrl(value, path, ctx.sink);
    case "ssh-public-key": {
      const result = checkSshPublicKey(value);
      if (!result.ok) {
        // The message never quotes the key: it may be a private one.
        ctx.sink.error(path, result.message, { code: result.privateKey ? "private-key" : "ssh-key", ...(result.suggestion && { suggestion: result.suggestion }) });
      }
      return;
    }
    case "cloud-init": {
      const parsed = parseCloudInit(value);
      if (!parsed.ok) {
        ctx.sink.error(path, `cloud-init line ${parsed.line}, column ${parsed.column}: ${parsed.message}`, {
          code: "cloud-init",
          within: { line: parsed.line, column: parsed.column },
        });
      } else if (parsed.kind === "unknown") {
        ctx.sink.warning(path, `cloud-init ignores this user data: its first line is not a header cloud-init recognises, so nothing in it runs; start it with #cloud-config (YAML settings) or #! (a script)`, {
          code: "cloud-init-header",
          allowed: RECOGNISED_HEADERS,
          suggestion: "#cloud-config",
        });
      }
      return;
    }
    default:
      return;
  }
}

function checkCatalogName(ref: CatalogRef, value: string, path: Path, ctx: WalkContext): void {
  const section = CATALOG_SECTIONS[ref];
  const entry = section.find(ctx.index, value);
  if (!entry) {
    const suggestion = section.suggest(ctx.index, value);
    ctx.sink.error(path, `unknown ${section.word} ${show(value)}${ref === "images" ? declareImageHint(value, ctx.index) : ""}`, {
      code: "catalog",
      allowed: `${/^[aeiou]/.test(section.word) ? "an" : "a"} ${section.word} of the catalog (hikube-vm catalog lists them)`,
      ...(suggestion && { suggestion }),
    });
    return;
  }
  if (entry.deprecated) {
    ctx.sink.info(path, `${section.word} ${show(value)}: ${entry.deprecated}`, { code: "catalog-deprecated" });
  }
}

/** What cloud-init reads as user data (cloudinit/handlers: the start of the text, or MIME, or gzip). */
const RECOGNISED_HEADERS =
  "#cloud-config, #! (a script), #include, #include-once, #cloud-boothook, #part-handler, #cloud-config-archive, #cloud-config-jsonp, ## template: jinja, MIME multipart (Content-Type:), gzip";

/**
 * A golden image the catalog does not know may still exist on the platform (an administrator's own):
 * say how to declare it, with the shape of the catalog file.
 */
function declareImageHint(name: string, index: CatalogIndex): string {
  const base = index.catalog.name === "cozystack" ? "cozystack" : "hikube";
  const entry = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name) ? name : "my-image";
  return (
    `; if the platform provides it, declare it in a catalog file and pass it with --catalog FILE (or loadCatalogFile(FILE) in code): ` +
    `"extends: ${base}" then "images:" with an entry "- { name: ${entry}, minimumStorage: 20Gi }" (add osFamily: windows for a Windows image, iso: true for an installer ISO)`
  );
}

function checkUrl(value: string, path: Path, sink: FindingSink): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    sink.error(path, `${show(value)} is not a valid URL`, { code: "url", allowed: "an http:// or https:// URL" });
    return;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    sink.error(path, `${show(value)} uses ${url.protocol.replace(/:$/, "")}, which the platform cannot download from`, {
      code: "url",
      allowed: "an http:// or https:// URL",
    });
  } else if (!url.hostname) {
    sink.error(path, `${show(value)} has no host`, { code: "url", allowed: "an http:// or https:// URL" });
  }
}

const MEBIBYTE = 1024n * 1024n;

function checkQuantity(node: Extract<SchemaNode, { type: "quantity" }>, value: string | number, path: Path, sink: FindingSink): void {
  const inexact = inexactNumber(value);
  if (inexact !== undefined) {
    sink.error(path, inexact, { code: "quantity", allowed: 'a quantity string such as "20Gi"' });
    return;
  }
  const parsed = parseQuantity(value);
  if (!parsed.ok) {
    sink.error(path, parsed.message, { code: "quantity", ...(parsed.suggestion && { suggestion: parsed.suggestion }) });
    return;
  }
  if (node.positive && !isPositive(parsed.quantity)) {
    sink.error(path, `${show(value)} must be greater than zero`, { code: "quantity", allowed: "a positive quantity" });
    return;
  }
  if (parsed.overflow) {
    // The API server would store 2^63-1 in its place, silently.
    sink.error(path, `${show(value)} is beyond the 64-bit range Kubernetes stores quantities in (at most ${MAX_BINARY_QUANTITY}, just under 8Ei)`, { code: "quantity", allowed: "at most 8Ei - 1" });
    return;
  }
  if (node.unit !== "bytes") return;
  const text = String(value).trim();
  if (!isInteger(parsed.quantity)) {
    sink.error(path, `${show(value)} is ${toPlainString(parsed.quantity)} bytes: a size is a whole number of bytes`, {
      code: "quantity",
      allowed: "a quantity with a unit, such as 20Gi",
      ...(BARE_NUMBER.test(text) && gibibytesOf(text)),
    });
    return;
  }
  // A bare number is bytes: `storage: 20` (or "20.", "2e1") is twenty bytes, never what was meant.
  if (BARE_NUMBER.test(text) && quantityValue(parsed.quantity) < MEBIBYTE) {
    sink.error(path, `${show(value)} is ${quantityValue(parsed.quantity)} bytes: a bare number counts bytes`, {
      code: "quantity",
      allowed: "a quantity with a unit, such as 20Gi",
      ...gibibytesOf(text),
    });
  }
}

/** A number with no suffix, as Kubernetes reads it: `5`, `+5`, `5.`, `.5`, `5.0`, `5e3`. */
const BARE_NUMBER = /^\+?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** `5.` → `5Gi`, `+.5` → `0.5Gi`: what a bare number probably meant (none for `5e3`). */
function gibibytesOf(text: string): { suggestion?: string } {
  if (/e/i.test(text)) return {};
  return { suggestion: `${text.replace(/^\+/, "").replace(/\.$/, "").replace(/^\./, "0.")}Gi` };
}

function checkUniqueBy(node: Extract<SchemaNode, { type: "list" }>, list: unknown[], path: Path, sink: FindingSink): void {
  const key = node.uniqueBy as string;
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const id = typeof item === "string" ? item : item && typeof item === "object" ? (item as Record<string, unknown>)[key] : undefined;
    if (typeof id !== "string") return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else sink.error([...path, i], `${show(id)} is listed twice (also item ${first})`, { code: "duplicate", allowed: `each ${key} once` });
  });
}
