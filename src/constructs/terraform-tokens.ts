import type { Finding } from "../core/findings/finding";
import { escapeTerraformString } from "../core/render/terraform-escape";
import { formatPath } from "../core/validation/paths";
import type { BodyEscaping } from "../terraform/resource-body";
import { Fn, Token } from "./framework";

// cdktf encodes references (`var.ssh_key`, another resource's attribute) as marker strings.
const STRING_TOKEN = /\$\{TfToken\[[^\]]+\]\}|#\{TfToken\[[^\]]+\]\}/g;

/** Paths (`spec.sshKeys[0]`) of values Terraform computes: they cannot be checked at synth time. */
export function unresolvedPaths(value: unknown, path: (string | number)[] = []): string[] {
  const out: string[] = [];
  collectUnresolved(value, [...path], out);
  return out;
}

/**
 * Token.isUnresolved runs a regular expression over every string; a string without the marker
 * text, or an ordinary number, cannot be a token (number tokens are encoded as doubles beyond
 * -1e288), so those skip it: this runs on every value of every resource.
 */
function mayBeToken(value: unknown): boolean {
  if (typeof value === "string") return value.includes("TfToken[");
  if (typeof value === "number") return !(value > -1e288);
  return true;
}

// One path, pushed and popped, formatted only where a token is: this runs on every resource.
function collectUnresolved(value: unknown, path: (string | number)[], out: string[]): void {
  if (mayBeToken(value) && Token.isUnresolved(value)) {
    out.push(formatPath(path));
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      collectUnresolved(value[i], path, out);
      path.pop();
    }
  } else if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value)) {
      path.push(key);
      collectUnresolved((value as Record<string, unknown>)[key], path, out);
      path.pop();
    }
  }
}

/** Drops findings about computed values (and what they contain); says once that they were not checked. */
export function withoutFindingsOnTokens(findings: readonly Finding[], paths: readonly string[], who: Pick<Finding, "kind" | "name" | "namespace">): Finding[] {
  if (paths.length === 0) return [...findings];
  const covered = (p: string) => paths.some((t) => p === t || p.startsWith(`${t}.`) || p.startsWith(`${t}[`));
  return [
    ...findings.filter((f) => !covered(f.path)),
    ...paths.map((path) => ({
      severity: "info" as const,
      ...who,
      path,
      message: "computed by Terraform at apply time: not checked at synth time",
      code: "unresolved",
    })),
  ];
}

/** Escapes `${` and `%{` in the literal parts of a string, leaving cdktf's token markers intact. */
export function escapeAroundTokens(text: string): string {
  // Neither a token marker nor anything to escape without a brace: most strings.
  if (!text.includes("{")) return text;
  let out = "";
  let last = 0;
  for (const match of text.matchAll(STRING_TOKEN)) {
    out += escapeTerraformString(text.slice(last, match.index)) + match[0];
    last = (match.index ?? 0) + match[0].length;
  }
  return out + escapeTerraformString(text.slice(last));
}

/** Whether a value is, or holds, a token (a reference Terraform resolves). */
function isToken(value: unknown): boolean {
  return mayBeToken(value) && Token.isUnresolved(value);
}

/**
 * How the constructs escape resource arguments: around token markers, and (kubectl backend, whose body is YAML
 * text) a token becomes `${jsonencode(...)}`, a JSON string or number that YAML reads as the value itself.
 */
export const FRAMEWORK_ESCAPING: BodyEscaping = {
  escapeString: escapeAroundTokens,
  tokens: {
    isToken,
    asJson: (value) => Fn.jsonencode(typeof value === "string" ? escapeAroundTokens(value) : value),
  },
};
