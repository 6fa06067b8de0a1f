/**
 * One group of definitions through both engines: the library (validateDefinitions + the policy
 * rules the module implements) and modules/manifests under the real terraform binary, batched
 * (one module call per group, three terraform runs for any number of groups).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { ResourceDefinition } from "../../src/core/definition/resource-definition";
import type { Finding } from "../../src/core/findings/finding";
import { renderManifest } from "../../src/core/render/render-manifest";
import { validateDefinitions } from "../../src/core/validation/validate-definition";
import { toManifestsModuleInputs } from "../../src/generate/hcl/module-inputs";
import { snakeCase } from "../../src/generate/hcl/hcl-format";
import { KIND_INPUTS } from "../../src/generate/hcl/kind-inputs";
import { HCL_POLICY_RULES } from "../../src/generate/hcl/policy-levels-tf";
import { evaluatePolicies, HIKUBE_RULES, type Environment } from "../../src/policy";
import { terraform } from "./terraform";

export interface Group {
  /** A Terraform identifier fragment: [a-z0-9_]. */
  readonly id: string;
  readonly environment: Environment;
  readonly definitions: readonly ResourceDefinition[];
}

/** The rules whose decisions the module takes: its policy rules and HK014 (private keys, a validation in HCL). */
const MODULE_RULES = [...HCL_POLICY_RULES, ...HIKUBE_RULES.filter((r) => r.id === "HK014")];
const MODULE_RULE_IDS = HCL_POLICY_RULES.map((r) => r.id);

export interface LibraryDecision {
  readonly errors: readonly Finding[];
  readonly manifests: Record<string, unknown>;
  /** Offenders of HK001-HK004 whatever the environment (the module's policy_violations output). */
  readonly violations: Record<string, string[]>;
}

export function libraryDecision(group: Group): LibraryDecision {
  const defs = group.definitions;
  const validation = validateDefinitions(defs).filter((f) => f.severity === "error");
  const policies = evaluatePolicies(defs, { environment: group.environment, rules: MODULE_RULES }).findings.filter((f) => f.severity === "error" && !f.waiver);
  const all = evaluatePolicies(defs, { environment: "production", rules: HCL_POLICY_RULES, levelOverrides: Object.fromEntries(MODULE_RULE_IDS.map((id) => [id, "error"])) }).findings;
  const violations = Object.fromEntries(MODULE_RULE_IDS.map((id) => [id, [...new Set(all.filter((f) => f.ruleId === id).map((f) => f.name))].sort()]));
  const errors = [...validation, ...policies];
  const manifests = errors.length > 0 ? {} : Object.fromEntries(defs.map((d) => [`${d.kind}/${d.metadata.name}`, renderManifest(d) as unknown]));
  return { errors, manifests, violations };
}

export interface ModuleDecision {
  /** Problem lines the module reported (validation lines "Invalid ...", policy messages "HK00N (...)"). */
  readonly problems: readonly string[];
  readonly manifests?: Record<string, unknown>;
  readonly violations?: Record<string, string[]>;
  /** Which path of modules/manifests read the inputs (output.input_path): "fast" or "exact". */
  readonly path?: string;
}

const MANIFESTS_MODULE = join(__dirname, "..", "..", "modules", "manifests");

interface Diagnostic {
  readonly summary: string;
  readonly detail: string;
  readonly context?: string;
}

function writeRoot(dir: string, groups: readonly Group[], inputs: (g: Group) => unknown, outputs: boolean): void {
  const config = {
    variable: Object.fromEntries(groups.map((g) => [`c_${g.id}`, { type: "any" }])),
    module: Object.fromEntries(
      groups.map((g) => {
        const v = `var.c_${g.id}`;
        return [`c_${g.id}`, { source: "./manifests", namespace: `\${${v}.namespace}`, environment: `\${${v}.environment}`, disks: `\${${v}.disks}`, instances: `\${${v}.instances}` }];
      }),
    ),
    ...(outputs && groups.length > 0 && { output: { groups: { value: Object.fromEntries(groups.map((g) => [g.id, { manifests: `\${module.c_${g.id}.manifests}`, violations: `\${module.c_${g.id}.policy_violations}`, path: `\${module.c_${g.id}.input_path}` }])) } } }),
  };
  writeFileSync(join(dir, "main.tf.json"), JSON.stringify(config));
  writeFileSync(join(dir, "terraform.tfvars.json"), JSON.stringify(Object.fromEntries(groups.map((g) => [`c_${g.id}`, inputs(g)]))));
}

/** terraform plan -json: the error diagnostics, or [] when the plan succeeds. */
function planDiagnostics(dir: string): Diagnostic[] {
  let out: string;
  try {
    out = terraform(dir, "plan", "-json", "-input=false", "-no-color", "-lock=false");
  } catch (e) {
    out = (e as Error).message;
  }
  return out
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as { type?: string; diagnostic?: { severity: string; summary: string; detail: string; snippet?: { context?: string } } })
    .filter((m) => m.type === "diagnostic" && m.diagnostic?.severity === "error")
    .map((m) => ({ summary: m.diagnostic!.summary, detail: m.diagnostic!.detail, context: m.diagnostic!.snippet?.context }));
}

/** Problem lines of a diagnostic: each line of a validation message, or a policy message. */
const problemLines = (d: Diagnostic) =>
  d.detail
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("This was checked by"));

/**
 * Each group's definitions with resources renamed g<group>r<index> (references follow), so that the
 * output precondition's lines (input problems, policy messages) name their group. A name that is not
 * a valid reference (DNS-1035, at most 63 characters) is kept: renaming it would change the decision.
 */
function renamed(group: Group, index: number): { inputs: unknown; names: Map<string, string> } {
  const names = new Map<string, string>();
  const rename = (n: unknown) => {
    if (typeof n !== "string" || !/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(n) || n.length > 63) return n;
    if (!names.has(n)) names.set(n, `g${index}r${names.size}`);
    return names.get(n);
  };
  const defs = group.definitions.map((d) => {
    const spec = (d.spec ?? {}) as Record<string, unknown>;
    const copy: Record<string, unknown> = { ...spec };
    if (Array.isArray(spec.disks)) copy.disks = spec.disks.map((x) => (typeof x === "string" ? rename(x) : x && typeof x === "object" ? { ...(x as object), name: rename((x as { name?: unknown }).name) } : x));
    return { ...d, metadata: { ...d.metadata, name: rename(d.metadata.name) as string }, spec: d.spec === null || d.spec === undefined ? d.spec : copy };
  });
  return { inputs: { environment: group.environment, ...toManifestsModuleInputs(defs) }, names };
}

/** Every attribute an entry of disks/instances does not set, written as null (what typed HCL objects pass on). */
function withUnsetAsNull(inputs: unknown): unknown {
  const out = { ...(inputs as Record<string, unknown>) };
  for (const { variable, fields } of KIND_INPUTS) {
    const attributes = fields.map((f) => snakeCase(f.name));
    const entries = out[variable];
    if (!entries || typeof entries !== "object" || Array.isArray(entries)) continue;
    out[variable] = Object.fromEntries(
      Object.entries(entries as Record<string, unknown>).map(([name, e]) =>
        e && typeof e === "object" && !Array.isArray(e) ? [name, { ...Object.fromEntries(attributes.map((a) => [a, null])), ...(e as object) }] : [name, e],
      ),
    );
  }
  return out;
}

/** modules/manifests (a copy) with its fast path turned off: every input takes the exact path (fast-path.ts). */
export function withoutFastPath(moduleDir: string): void {
  const file = join(moduleDir, "inputs.tf");
  const text = readFileSync(file, "utf8");
  const off = text.replace(/^( {2}fast +=) .*$/m, "$1 false");
  if (off === text) throw new Error("inputs.tf has no `fast = ...` line to turn off");
  writeFileSync(file, off);
}

/**
 * The module's decision on every group: run 1 plans all groups (variable validation errors name their
 * module call), run 2 plans the groups that passed with resources renamed per group (output.manifests'
 * preconditions, input problems and policies, name only resources), run 3 applies the groups that
 * passed both and reads their outputs.
 */
export function moduleDecisions(
  groups: readonly Group[],
  { chunk = 50, exactPathOnly = false, nullUnset = false }: { chunk?: number; exactPathOnly?: boolean; nullUnset?: boolean } = {},
): Map<string, ModuleDecision> {
  // Terraform's time grows faster than the number of module calls in one root: chunks keep it linear.
  const decisions = new Map<string, ModuleDecision>();
  for (let i = 0; i < groups.length; i += chunk) {
    for (const [id, d] of decideChunk(groups.slice(i, i + chunk), exactPathOnly, nullUnset)) decisions.set(id, d);
  }
  return decisions;
}

function decideChunk(groups: readonly Group[], exactPathOnly: boolean, nullUnset: boolean): Map<string, ModuleDecision> {
  const dir = mkdtempSync(join(tmpdir(), "hikube-two-engines-"));
  cpSync(MANIFESTS_MODULE, join(dir, "manifests"), { recursive: true, filter: (src) => !src.includes(".terraform") });
  if (exactPathOnly) withoutFastPath(join(dir, "manifests"));
  const decisions = new Map<string, { problems: string[]; manifests?: Record<string, unknown>; violations?: Record<string, string[]>; path?: string }>();
  for (const g of groups) decisions.set(g.id, { problems: [] });
  const withNulls = (inputs: unknown) => (nullUnset ? withUnsetAsNull(inputs) : inputs);
  const inputsOf = (g: Group) => withNulls({ environment: g.environment, ...toManifestsModuleInputs(g.definitions) });

  writeRoot(dir, groups, inputsOf, false);
  terraform(dir, "init", "-input=false", "-no-color", "-backend=false");
  const unattributed: string[] = [];
  for (const d of planDiagnostics(dir)) {
    // Output preconditions name no module call: run 2 attributes them.
    if (/precondition/i.test(d.summary)) continue;
    const id = /^module\.c_(\w+)/.exec(d.context ?? "")?.[1];
    if (id && decisions.has(id)) decisions.get(id)!.problems.push(...problemLines(d));
    else unattributed.push(`${d.summary}: ${d.detail}`);
  }
  let remaining = groups.filter((g) => decisions.get(g.id)!.problems.length === 0);

  const renames = new Map(remaining.map((g) => [g.id, renamed(g, groups.indexOf(g))]));
  writeRoot(dir, remaining, (g) => withNulls(renames.get(g.id)!.inputs), false);
  for (const d of planDiagnostics(dir)) {
    const index = /\bg(\d+)r\d+\b/.exec(d.detail)?.[1];
    const group = index === undefined ? undefined : groups[Number(index)];
    const id = group?.id ?? /^module\.c_(\w+)/.exec(d.context ?? "")?.[1];
    if (id && decisions.has(id)) {
      const back = new Map([...(renames.get(id)?.names ?? new Map<string, string>())].map(([from, to]) => [to, from]));
      decisions.get(id)!.problems.push(...problemLines(d).map((l) => l.replace(/\bg\d+r\d+\b/g, (n) => back.get(n) ?? n)));
    } else unattributed.push(`${d.summary}: ${d.detail}`);
  }
  if (unattributed.length > 0) throw new Error(`terraform reported problems no group could be named for:\n${unattributed.join("\n")}`);
  remaining = remaining.filter((g) => decisions.get(g.id)!.problems.length === 0);

  writeRoot(dir, remaining, inputsOf, true);
  terraform(dir, "apply", "-auto-approve", "-input=false", "-no-color", "-lock=false");
  if (remaining.length > 0) {
    const outputs = JSON.parse(terraform(dir, "output", "-json", "groups")) as Record<string, { manifests: Record<string, unknown>; violations: Record<string, string[]>; path: string }>;
    for (const g of remaining) {
      const out = outputs[g.id];
      decisions.get(g.id)!.manifests = out.manifests;
      decisions.get(g.id)!.path = out.path;
      decisions.get(g.id)!.violations = Object.fromEntries(Object.entries(out.violations).map(([id, names]) => [id, [...names].sort()]));
    }
  }
  return decisions;
}
