import { readFileSync } from "fs";
import { join } from "path";
import { HCL_POLICY_RULES } from "../../src/generate/hcl/policy-levels-tf";
import { compareEngines } from "../helpers/compare-engines";
import { terraformTest } from "../helpers/terraform";
import { loadSharedCases, type Case } from "../helpers/shared-cases";
import { libraryDecision, moduleDecisions } from "../helpers/two-engines";

const DIR = __dirname;
const cases = loadSharedCases();

/**
 * Every check modules/manifests makes: the field and resource rules in its inputs.tf
 * (`Invalid instances["<name>"].ssh_keys[*]: holds a private key...`), the name checks in its variables.tf and its
 * policy rules. The strict-input checks (unknown attributes, "must be a string"...) are tested with the inputs
 * (test/modules/manifests-strict-inputs.test.ts).
 */
function moduleChecks(): string[] {
  const tf = ["variables.tf", "inputs.tf"].map((f) => readFileSync(join(DIR, "..", "..", "modules", "manifests", f), "utf8")).join("\n");
  const checks = new Set<string>();
  for (const m of tf.matchAll(/Invalid (disks|instances)\[\\"\$\{name\}\\"\]((?:\.[a-z_*[\]]+)*): ((?:[^"\\$]|\\.|\$(?!\{))*)/g)) {
    if (!/^(?:must be (?:a|an) (?:string|bool|list|number|object of attributes)\b|unknown attribute)/.test(m[3])) checks.add(`${m[1]}${m[2]}: ${m[3]}`);
  }
  for (const m of tf.matchAll(/Invalid (disks|instances) key\(s\)/g)) checks.add(`${m[1]} key(s)`);
  for (const r of HCL_POLICY_RULES) checks.add(r.id);
  return [...checks];
}

/** The problem line the module prints for a failing case. */
function expectedLine(c: Case): (line: string) => boolean {
  if (/^HK\d{3}$/.test(c.check)) return (line) => line.startsWith(`${c.check} (`);
  const [variable] = c.check.split(/[.: ]/);
  const name = c.error!.resource.split("/")[1];
  if (c.check.endsWith("key(s)")) return (line) => line.startsWith(`Invalid ${variable} key(s)`) && line.includes(`"${name}"`);
  const [field, message] = c.check.split(/: (.*)/s);
  const label = field.slice(variable.length);
  return (line) => line.startsWith(`Invalid ${variable}["${name}"]${label}: ${message}`);
}

test("the inventory: every module check and policy rule has a pass case and a fail case, and every case names a module check", () => {
  const checks = moduleChecks();
  expect(checks.length).toBeGreaterThan(40);
  const covered = (check: string, pass: boolean) => cases.some((c) => c.pass === pass && check.startsWith(c.check));
  expect(checks.filter((check) => !covered(check, true) || !covered(check, false))).toEqual([]);
  expect(cases.filter((c) => !checks.some((check) => check.startsWith(c.check))).map((c) => `${c.file}: ${c.check}`)).toEqual([]);
});

test("the library: pass cases have no error; fail cases have one at the case's resource and path", () => {
  for (const c of cases) {
    const errors = libraryDecision(c).errors;
    if (c.pass) expect({ file: c.file, errors: errors.map((f) => `${f.kind}/${f.name} ${f.path}: ${f.message}`) }).toEqual({ file: c.file, errors: [] });
    else {
      const at = errors.some((f) => `${f.kind}/${f.name}` === c.error!.resource && (f.path === c.error!.path || f.path.startsWith(`${c.error!.path}.`) || f.path.startsWith(`${c.error!.path}[`)));
      expect({ file: c.file, at, errors: errors.map((f) => `${f.kind}/${f.name} ${f.path}`) }).toEqual({ file: c.file, at: true, errors: expect.anything() });
    }
  }
});

terraformTest(
  "modules/manifests agrees with the library on every case (decision, field or rule, rendering, policy offenders), naming the case's check on failures",
  () => {
    const decisions = moduleDecisions(cases);
    const differences = cases.flatMap((c) => compareEngines(c, libraryDecision(c), decisions.get(c.id)!).map((d) => `${c.file}: ${d.what}`));
    expect(differences).toEqual([]);
    for (const c of cases.filter((x) => !x.pass)) {
      const problems = decisions.get(c.id)!.problems;
      expect({ file: c.file, named: problems.some(expectedLine(c)), problems }).toEqual({ file: c.file, named: true, problems: expect.anything() });
    }
  },
  600_000,
);
