import { readFileSync } from "fs";
import { LineCounter, parseDocument, isNode } from "yaml";
import type { PolicyRule } from "../rule";
import { HIKUBE_RULES } from "../rules";
import type { Waiver } from "./waiver";
import type { ErrorObject } from "ajv";
import { validateWaiverEnvelope } from "./waiver-schema";
import { WaiverError, waiverProblems } from "./validate-waivers";
import { yamlErrorText } from "../../core/safe-output/parse-error";

/**
 * Reads a waiver file (YAML or JSON, which is YAML too):
 *
 * ```yaml
 * waivers:
 *   - ruleId: HK003
 *     resource: VMInstance/tenant-dev/sandbox
 *     reason: Demo VM reachable on every port for the training session.
 *     expires: 2026-06-30
 * ```
 * Throws a WaiverError listing every problem with its line.
 */
export function parseWaiverFile(text: string, file: string, rules: readonly PolicyRule[] = HIKUBE_RULES): Waiver[] {
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema: 2026-06-30 stays a string, never a Date.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => (offset === undefined ? "" : `:${lineCounter.linePos(offset).line}`);
  if (doc.errors.length > 0) {
    throw new WaiverError(doc.errors.map((e) => `${file}${at(e.pos[0])}: ${yamlErrorText(e.message)}`));
  }
  const data: unknown = doc.toJS();
  const lineOf = (path: readonly (string | number)[]): number | undefined => {
    for (let p = [...path]; p.length > 0; p = p.slice(0, -1)) {
      const node = doc.getIn(p, true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const where = (path: readonly (string | number)[]) => {
    const line = lineOf(path);
    return `${file}${line === undefined ? "" : `:${line}`}`;
  };

  // The envelope first; then each waiver, so that every bad one is named with its line.
  if (!validateWaiverEnvelope(data)) {
    const problems = (validateWaiverEnvelope.errors ?? []).map((e) => `${where([])}: ${describeEnvelopeError(e)}`);
    throw new WaiverError(problems);
  }
  const items = (data as { waivers: unknown[] }).waivers;
  const problems = items.flatMap((item, i) => waiverProblems(item, rules).map((p) => `${where(["waivers", i])}: waivers[${i}]: ${p}`));
  if (problems.length > 0) throw new WaiverError(problems);
  return items.map((item, i) => ({ ...(item as Waiver), source: { file, ...lineAt(lineOf(["waivers", i])) } }));
}

function lineAt(line: number | undefined): { line?: number } {
  return line === undefined ? {} : { line };
}

function describeEnvelopeError(e: ErrorObject): string {
  if (e.keyword === "additionalProperties") return `unknown field ${JSON.stringify(e.params.additionalProperty)} (expected only \`waivers\`)`;
  if (e.instancePath === "/waivers") return "waivers must be a list";
  return "expected a mapping with a `waivers` list";
}

/** Reads and checks a waiver file from disk. */
export function loadWaiverFile(path: string, rules: readonly PolicyRule[] = HIKUBE_RULES): Waiver[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new WaiverError([`${path}: cannot read the waiver file (${(e as NodeJS.ErrnoException).code ?? String(e)})`]);
  }
  return parseWaiverFile(text, path, rules);
}
