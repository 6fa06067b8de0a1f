import type { CatalogRef, Field, SchemaNode } from "../../core/schema/schema-node";
import { SSH_KEY_TYPES } from "../../core/ssh/ssh-key-types";
import { escapeRegExp } from "../../core/text/escape-regexp";
import { CLOUD_CONFIG_HEADER, PRIVATE_KEY } from "./field-checks";
import { hclLiteral, hclString, snakeCase } from "./hcl-format";
import { hclDefault, KIND_INPUTS, KindInput } from "./kind-inputs";
import { hclRegex } from "./js-regex-hcl";

/**
 * The fast path of modules/manifests. Terraform evaluates every local in the plan walk and again
 * in the apply walk, and each function call walks its arguments and compiles its regex again, so
 * checking 1,000 VMs attribute by attribute takes tens of seconds. Most inputs are in one plain
 * form: known attributes only, exact types, null only for an unset attribute of an entry, short
 * quantities, one-line SSH keys. The
 * fast path recognises that form with one regular expression over `jsonencode` of each input
 * (cty writes object keys sorted, no spaces), plus a few cheap checks, and then renders straight
 * from the input. Anything else (a conversion such as "22" for a port, a nested null, an unknown
 * attribute, any problem) takes the exact path (inputs.tf, render.tf), which decides and renders
 * as before. The fast form is a subset of what the exact path accepts, and both render the same
 * manifests: the shared cases run through both (test/modules/manifests-fast-path.test.ts).
 */

/** Regex of a JSON string (jsonencode escapes `"`, `\`, control characters and `<>&`). */
const STRING = `"(?:[^"\\\\]|\\\\.)*"`;
const NON_EMPTY_STRING = `"(?:[^"\\\\]|\\\\.)+"`;
/** One-line SSH keys: type, base64, an optional comment of printable ASCII words (no `"&<>\`, which jsonencode escapes). */
const SSH_KEY = `"(?:${SSH_KEY_TYPES.map(escapeRegExp).join("|")}) AAAA[A-Za-z0-9+/]*={0,2}(?: [!#-%'-;=?-\\[\\]-~]+)*"`;
/** Quantities with at most six digits and a suffix: positive, whole bytes, within int64, no bare number of bytes. */
const BYTES = `"[1-9][0-9]{0,5}(?:k|M|G|T|Ki|Mi|Gi|Ti)"`;
const AMOUNT = `"[1-9][0-9]{0,5}(?:m|k|M|G|Ki|Mi|Gi)?"`;
const HTTP_URL = `"[Hh][Tt][Tt][Pp][Ss]?://(?:[^"\\\\\\x00-\\x20]|\\\\u0026)*"`;

/** Objects whose quantities the platform takes only all together (EXTRA_RULES in module-variables.ts): fast only with none or all. */
const ALL_OR_NONE: Readonly<Record<string, readonly string[]>> = { "VMInstance.resources": ["cpu", "memory", "sockets"] };

/** Catalog name alternations, built once per walk from local.catalog (names of plain characters only). */
const CATALOG_PLACEHOLDER = (section: CatalogRef) => `\u0000${section}\u0000`;

/** A DNS-1035 label of at most `maxLength` characters, as a JSON string. */
export const dnsLabelJson = (maxLength: number): string => `"[a-z](?:[-a-z0-9]{0,${maxLength - 2}}[a-z0-9])?"`;

/** An object field whose children include quantities (rendered canonical, not as given). */
const holdsQuantities = (f: Field): boolean => f.node.type === "object" && f.node.fields.some((c) => c.node.type === "quantity");

/** Regex over jsonencode output of the fast form of `node`. */
function nodeRegex(node: SchemaNode, path: string): string {
  // path: "<Kind>.<attr>..." in Terraform names, for ALL_OR_NONE and error messages.
  switch (node.type) {
    case "boolean":
      return "(?:true|false)";
    case "integer":
      if (node.minimum === undefined || node.maximum === undefined || node.minimum < 0) throw new Error(`fast path: ${path} needs a non-negative integer range`);
      return `(?:${integerRange(node.minimum, node.maximum)})`;
    case "enum":
      return `"(?:${node.values.map(escapeRegExp).join("|")})"`;
    case "quantity":
      return node.unit === "bytes" ? BYTES : AMOUNT;
    case "map":
      return `\\{(?:${STRING}:${STRING}(?:,${STRING}:${STRING})*)?\\}`;
    case "list": {
      const item = nodeRegex(node.items, `${path}[*]`);
      return `\\[(?:${item}(?:,${item})*)?\\]`;
    }
    case "object":
      return objectRegex(node.fields, node.atMostOne === true, path);
    case "string":
      if (node.catalog) return `"(?:${CATALOG_PLACEHOLDER(node.catalog)})"`;
      if (node.format === "dns-label") return dnsLabelJson(63);
      if (node.format === "http-url") return HTTP_URL;
      if (node.format === "ssh-public-key") return SSH_KEY;
      return node.minLength ? NON_EMPTY_STRING : STRING;
  }
}

/** Members sorted as cty writes them; at most one; all or none; or any subset (in order when some are required). */
function objectRegex(fields: readonly Field[], atMostOne: boolean, path: string, nullable = false): string {
  const sorted = [...fields].sort((a, b) => (snakeCase(a.name) < snakeCase(b.name) ? -1 : 1));
  const member = (f: Field) => {
    const value = nodeRegex(f.node, `${path}.${snakeCase(f.name)}`);
    return `"${snakeCase(f.name)}":${nullable ? `(?:null|${value})` : value}`;
  };
  if (sorted.length === 0) return "\\{\\}";
  if (atMostOne) return `\\{(?:${sorted.map(member).join("|")})?\\}`;
  const allOrNone = ALL_OR_NONE[path];
  if (allOrNone) return `\\{(?:${allOrNone.map((n) => member(sorted.find((f) => snakeCase(f.name) === n) as Field)).join(",")})?\\}`;
  if (sorted.some((f) => f.required)) return `\\{${inOrder(sorted, 0, true, member)}\\}`;
  const any = `(?:${sorted.map(member).join("|")})`;
  return `\\{(?:${any}(?:,${any})*)?\\}`;
}

/** Members from `i` on, in order, each optional unless required; `first`: no comma before the next one. */
function inOrder(fields: readonly Field[], i: number, first: boolean, member: (f: Field) => string): string {
  if (i === fields.length) return "";
  const here = `${first ? "" : ","}${member(fields[i])}${inOrder(fields, i + 1, false, member)}`;
  return fields[i].required ? here : `(?:${here}|${inOrder(fields, i + 1, first, member)})`;
}

/** Regex alternatives of the decimal integers from `min` to `max` (0 <= min <= max). */
export function integerRange(min: number, max: number): string {
  const out: string[] = [];
  for (let digits = String(min).length; digits <= String(max).length; digits++) {
    const lo = Math.max(min, digits === 1 ? 0 : 10 ** (digits - 1));
    const hi = Math.min(max, 10 ** digits - 1);
    if (lo <= hi) out.push(...sameLength(String(lo), String(hi)));
  }
  return out.join("|");
}

function sameLength(lo: string, hi: string): string[] {
  if (lo.length === 0) return [""];
  if (/^0*$/.test(lo) && /^9*$/.test(hi)) return [`[0-9]{${lo.length}}`];
  const [a, b, rest] = [Number(lo[0]), Number(hi[0]), lo.length - 1];
  if (a === b) return sameLength(lo.slice(1), hi.slice(1)).map((s) => `${a}${s}`);
  const out = sameLength(lo.slice(1), "9".repeat(rest)).map((s) => `${a}${s}`);
  if (b - a > 1) out.push(`[${a + 1}-${b - 1}]${rest ? `[0-9]{${rest}}` : ""}`);
  out.push(...sameLength("0".repeat(rest), hi.slice(1)).map((s) => `${b}${s}`));
  return out;
}

/** HCL string of a regex with catalog placeholders turned into `${local.fast_catalog.<section>}`. */
function hclTemplate(regex: string): string {
  const parts = regex.split(/\u0000/).map((part, i) => (i % 2 === 1 ? `\${local.fast_catalog.${snakeCase(part)}}` : hclRegex(part).slice(1, -1)));
  return `"${parts.join("")}"`;
}

/** The whole map `var.<variable>` in the fast form: `{"name":{...},...}` with names as the variable's validation allows. */
function mapRegex(input: KindInput): string {
  const name = dnsLabelJson(input.maxNameLength);
  // An entry's attributes may be null (unset: the exact path gives them their default), nested ones not.
  const entry = `${name}:${objectRegex(input.fields, false, input.kind, true)}`;
  return `^\\{(?:${entry}(?:,${entry})*)?\\}$`;
}

/** Per-entry checks a regex cannot make (uniqueness, settings that contradict), over the loop variable `e`. */
function entryChecks(input: KindInput): string[] {
  const checks: string[] = [];
  for (const f of input.fields) {
    if (f.node.type !== "list" || !f.node.uniqueBy) continue;
    const attr = `e.${snakeCase(f.name)}`;
    // try(): an absent or null list has no duplicate.
    checks.push(
      f.node.uniqueBy === "."
        ? `try(length(distinct(${attr})) == length(${attr}), true)`
        : `try(length(distinct(compact([for x in ${attr} : try(x.${snakeCase(f.node.uniqueBy)}, "")]))) == length(compact([for x in ${attr} : try(x.${snakeCase(f.node.uniqueBy)}, "")])), true)`,
    );
  }
  // running and run_strategy together may contradict (EXTRA_RULES): the exact path decides.
  if (input.kind === "VMInstance") checks.push("!(try(e.running, null) != null && try(e.run_strategy, null) != null)");
  return checks;
}

/** Fields rendered otherwise than as given (renamed to camelCase): quantities and objects of quantities, derived and input-only fields. */
function isSpecial(f: Field): boolean {
  return f.node.type === "quantity" || holdsQuantities(f) || f.inputOnly !== undefined || f.name === "runStrategy";
}

/** The fast-path spec of an entry `e` of the kind, as render.tf would write it. */
function fastSpec(input: KindInput): string {
  for (const f of input.fields) assertNestedNamesAsGiven(f.node, f.name);
  const defaults = input.fields.filter((f) => !isSpecial(f) && hclDefault(f) !== undefined).map((f) => `${f.name} = ${hclLiteral(hclDefault(f))}`);
  const notSpecial = input.fields.filter((f) => isSpecial(f)).map((f) => `k != "${snakeCase(f.name)}"`);
  const special: string[] = [];
  for (const f of input.fields) {
    if (!isSpecial(f) || f.inputOnly) continue;
    const attr = snakeCase(f.name);
    // Null is unset, as absent: coalesce() for strings; try() around a for over a null or absent object.
    if (f.name === "runStrategy") special.push(`runStrategy = coalesce(try(e.run_strategy, null), try(e.running, null) == false ? "Halted" : "Always")`);
    else if (f.node.type === "quantity") {
      if (hclDefault(f) === undefined) throw new Error(`fast path: ${f.name} is a quantity without a default; render it in fast-path.ts`);
      special.push(`${f.name} = local.canonical_quantities[${quantityOrDefault(f)}]`);
    }
    else special.push(`${f.name} = try({ for k, v in e.${attr} : k => local.canonical_quantities[v] }, {})`);
  }
  return `merge({ ${defaults.join(", ")} }, { for k, v in e : local.fast_api_names[k] => v if v != null${notSpecial.length ? ` && ${notSpecial.join(" && ")}` : ""} }, { ${special.join(", ")} })`;
}

/** The fast renderer copies nested objects as given: their API names must be their Terraform names. */
function assertNestedNamesAsGiven(node: SchemaNode, path: string): void {
  const fields = node.type === "object" ? node.fields : node.type === "list" && node.items.type === "object" ? node.items.fields : [];
  for (const f of fields) {
    if (snakeCase(f.name) !== f.name) throw new Error(`fast path: ${path}.${f.name} is renamed in Terraform; render it in fast-path.ts`);
    assertNestedNamesAsGiven(f.node, `${path}.${f.name}`);
  }
}

/** A top-level quantity of entry `e`, its default when null or absent (coalesce: a fast-path quantity is never ""). */
function quantityOrDefault(f: Field): string {
  const fallback = hclLiteral(hclDefault(f) ?? null);
  return `try(coalesce(e.${snakeCase(f.name)}, ${fallback}), ${fallback})`;
}

/** The quantities of the fast-path entries, for the canonical-quantity locals of render.tf. */
export function fastQuantityInputs(input: KindInput): string {
  const paths: string[] = [];
  for (const f of input.fields) {
    const attr = snakeCase(f.name);
    if (f.node.type === "quantity") paths.push(quantityOrDefault(f));
    else if (holdsQuantities(f)) paths.push(`try(values(e.${attr}), [])`);
  }
  return `[for e in var.${input.variable} : [${paths.join(", ")}] if local.fast]`;
}

/** `locals` lines of the fast path: the gate, the cloud-configs it decodes, the specs. */
export function fastPathLocals(): string[] {
  const sections: CatalogRef[] = ["instanceTypes", "profiles", "images", "storageClasses"];
  const renames = new Map<string, string>();
  for (const k of KIND_INPUTS) for (const f of k.fields) renames.set(snakeCase(f.name), f.name);
  const instances = KIND_INPUTS.find((k) => k.kind === "VMInstance") as KindInput;
  const cloudInit = instances.fields.find((f) => f.node.type === "string" && f.node.format === "cloud-init") as Field;
  const sshKeys = instances.fields.find((f) => f.node.type === "list" && f.node.items.type === "string" && f.node.items.format === "ssh-public-key") as Field;
  const lines = [
    "  # The fast path (fast-path.ts): inputs in the plain form are recognised by one regex over their JSON and rendered",
    "  # as given; any other input takes the exact path below. Catalog names of plain characters, as regex alternatives.",
    "  fast_catalog = {",
    ...sections.map(
      (s) =>
        `    ${snakeCase(s)} = join("|", concat([for n in local.catalog.${snakeCase(s)} : replace(n, ".", "\\\\.") if can(regex("^[-A-Za-z0-9_.]+$", n))], ["[^\\\\x00-\\\\x{10FFFF}]"]))`,
    ),
    "  }",
    ...KIND_INPUTS.map((k) => `  fast_${k.variable}_form = can(regex(${hclTemplate(mapRegex(k))}, jsonencode(var.${k.variable})))`),
    "  fast_form = " + KIND_INPUTS.map((k) => `local.fast_${k.variable}_form`).join(" && "),
    "  # Uniqueness and contradictions, once the form is known (HCL's && evaluates both sides: the outer for-if guards; counting, as alltrue would unify thousands of values); no private key among the SSH keys.",
    `  fast_checks = ${KIND_INPUTS.filter((k) => entryChecks(k).length > 0).map((k) => `length(flatten([for f in [local.fast_form] : [for e in var.${k.variable} : 0 if !(${entryChecks(k).map((c) => `(${c})`).join(" && ")})] if f])) == 0`).join(" && ")} && alltrue([for f in [local.fast_form] : !can(regex(${hclRegex(PRIVATE_KEY)}, join("\\n", flatten([for e in var.instances : try([for k in e.${snakeCase(sshKeys.name)} : k], [])])))) if f])`,
    "  # Each #cloud-config decoded once: for the fast gate (a mapping, as the exact path requires) and HK004.",
    `  fast_cloud_configs = { for name, e in var.instances : name => try(yamldecode(e.${snakeCase(cloudInit.name)}), null) if local.fast_form && can(regex(${hclRegex(CLOUD_CONFIG_HEADER)}, try(e.${snakeCase(cloudInit.name)}, ""))) }`,
    "  fast = local.fast_form && local.fast_checks && alltrue([for c in local.fast_cloud_configs : can(keys(c))])",
    "",
    "  # API names of the attributes the fast path renders as given.",
    `  fast_api_names = { ${[...renames].map(([snake, camel]) => `${snake} = ${hclString(camel)}`).join(", ")} }`,
    ...KIND_INPUTS.map((k) => `  ${k.kind.toLowerCase()}_specs_fast = { for name, e in var.${k.variable} : name => ${fastSpec(k)} if local.fast }`),
    "",
    "  # HK004 on the fast path: a config whose JSON names no password setting, no sshd_config and no usermod (once",
    "  # ssh_pwauth: false and lock_passwd: true are set aside) cannot enable password login; the others are read",
    "  # exactly (password-login.tf).",
    '  fast_password_suspects = [for name, c in local.fast_cloud_configs : name if local.fast && anytrue([for j in [replace(replace(jsonencode(c), "\\"ssh_pwauth\\":false", ""), "\\"lock_passwd\\":true", "")] : strcontains(j, "pwauth") || strcontains(j, "passw") || strcontains(j, "sshd_config") || strcontains(j, "usermod")])]',
  ];
  return lines;
}
