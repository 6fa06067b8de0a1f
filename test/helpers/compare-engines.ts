import type { Finding } from "../../src/core/findings/finding";
import { HCL_DIFFERENCES, type HclDifference } from "../../src/generate/hcl/hcl-differences";
import type { Group, LibraryDecision, ModuleDecision } from "./two-engines";

/** One disagreement between the engines on a group, and the documented difference that explains it, if any. */
export interface Difference {
  readonly group: string;
  readonly what: string;
  readonly documented?: string;
}

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** A module problem line as the resource and the library path prefix it names, when it names one. */
export function problemTarget(line: string): { kind: string; names: string[]; path?: RegExp; ruleId?: string } | undefined {
  const field = /^Invalid (disks|instances)\["([^"]+)"\]((?:\.[A-Za-z_*[\]]+)*)?:/.exec(line);
  if (field) {
    // Agreement on the top-level field: the library reports a shorthand item (disks: ["x"]) at the item, and a
    // missing resources block at spec.instanceType.
    const top = camel((field[3] ?? "").split(".").filter(Boolean)[0]?.replace(/\[\*\]$/, "") ?? "");
    const alternatives = top === "resources" ? "resources|instanceType" : top;
    return { kind: field[1] === "disks" ? "VMDisk" : "VMInstance", names: [field[2]], path: new RegExp(`^spec${alternatives ? `\\.(?:${alternatives})` : ""}(?:[.[]|$)`) };
  }
  const keys = /^Invalid (disks|instances) key\(s\) (.*): a /.exec(line);
  if (keys) return { kind: keys[1] === "disks" ? "VMDisk" : "VMInstance", names: [...keys[2].matchAll(/"([^"]*)"/g)].map((m) => m[1]), path: /^metadata\.name$/ };
  const rule = /^(HK\d{3}) \(.*?\): (VMDisk|VMInstance) (.*?) (?:use|has|enable)/.exec(line);
  if (rule) return { kind: rule[2], names: rule[3].split(", "), ruleId: rule[1] };
  return undefined;
}

const documentedBy = (f: Finding): HclDifference | undefined =>
  HCL_DIFFERENCES.find((d) => (d.library.code === undefined || d.library.code === f.code) && (d.library.ruleId === undefined || (f.ruleId !== undefined && d.library.ruleId.test(f.ruleId))) && (d.library.path === undefined || d.library.path.test(f.path)) && (d.library.message === undefined || d.library.message.test(f.message)));

const describe = (f: Finding) => `${f.ruleId ?? f.code ?? "?"} ${f.kind}/${f.name} ${f.path}: ${f.message}`;

/** Every disagreement on one group: decision (refused or not), the field or rule named, rendering, policy offenders. */
export function compareEngines(group: Group, library: LibraryDecision, module: ModuleDecision): Difference[] {
  const out: Difference[] = [];
  const diff = (what: string, documented?: string) => out.push({ group: group.id, what, ...(documented && { documented }) });
  const moduleRefuses = module.problems.length > 0;
  if (library.errors.length > 0 && !moduleRefuses) {
    for (const f of library.errors) diff(`library refuses, module accepts: ${describe(f)}`, documentedBy(f)?.id);
  }
  if (moduleRefuses) {
    for (const line of module.problems) {
      const target = problemTarget(line);
      const confirmed = library.errors.some(
        (f) => target !== undefined && f.kind === target.kind && target.names.includes(f.name) && (target.ruleId ? f.ruleId === target.ruleId : target.path!.test(f.path)),
      );
      if (!confirmed) diff(library.errors.length === 0 ? `module refuses, library accepts: ${line}` : `module names a problem the library does not report: ${line} (library: ${library.errors.map(describe).join("; ")})`);
    }
  }
  if (library.errors.length === 0 && !moduleRefuses) {
    if (JSON.stringify(sortKeys(module.manifests)) !== JSON.stringify(sortKeys(library.manifests))) {
      diff(`renders differently:\n module:  ${JSON.stringify(sortKeys(module.manifests))}\n library: ${JSON.stringify(sortKeys(library.manifests))}`);
    }
  }
  if (module.violations) {
    for (const [id, names] of Object.entries(library.violations)) {
      const theirs = module.violations[id] ?? [];
      if (JSON.stringify(theirs) !== JSON.stringify(names)) {
        diff(`${id} offenders differ: module ${JSON.stringify(theirs)}, library ${JSON.stringify(names)}`);
      }
    }
  }
  return out;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  return value;
}
