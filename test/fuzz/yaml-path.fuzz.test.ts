import fc from "fast-check";
import { stringify } from "yaml";
import type { ResourceDefinition } from "../../src/core/definition/resource-definition";
import { definitionKey } from "../../src/core/definition/resource-definition";
import { validateDefinition, validateDefinitions } from "../../src/core/validation/validate-definition";
import { evaluatePolicies } from "../../src/policy";
import { locateFindings, parseManifests } from "../../src/yaml";
import { arbitraryDefinition } from "../helpers/arbitrary-definitions";
import { captureOutput, errorsIn, expectedManifest, expectWellFormed, fuzzSettings, fuzzTimeout, mutate, mutation, STACK_TRACE, synthesizeDefinitions } from "./harness";

// The path a file takes: YAML text -> read (src/yaml) -> validate -> policies -> render ->
// synthesise. Random, generated and mutated files never make it throw or print a stack trace;
// every finding has a line; every resource the whole check accepts synthesises.

const FILE = "fuzz.yaml";

function toYaml(defs: readonly unknown[]): string {
  return defs.map((d) => stringify(d, { aliasDuplicateObjects: false })).join("---\n");
}

/** Reads, validates and checks a file like `hikube-vm validate`; synthesises what it accepts. */
function checkFile(text: string): { resources: number; accepted: number } {
  const { result, printed } = captureOutput(() => {
    const set = parseManifests(text, FILE);
    expectWellFormed(set.findings);
    for (const f of set.findings) {
      expect(f.source?.file).toBe(FILE);
      expect(f.source?.line).toBeGreaterThanOrEqual(1);
    }
    const defs = set.resources.map((r) => r.definition);
    const validation = locateFindings(validateDefinitions(defs), set.resources);
    expectWellFormed(validation);
    for (const env of ["development", "production"] as const) expectWellFormed(evaluatePolicies(defs, { environment: env }).findings);
    // Each definition validation accepts (policies decide what blocks per environment, not
    // what can be synthesised) must synthesise; one of each kind, namespace and name.
    const seen = new Set<string>();
    const accepted: ResourceDefinition[] = [];
    for (const def of defs) {
      if (errorsIn(validateDefinition(def)).length > 0) continue;
      const key = definitionKey(def);
      if (seen.has(key)) continue;
      seen.add(key);
      accepted.push(def);
    }
    if (accepted.length > 0) {
      const synthesized = synthesizeDefinitions(accepted);
      for (const def of accepted) {
        const expected = expectedManifest(def);
        expect(synthesized[expected.name]).toEqual(expected.manifest);
      }
    }
    return { resources: defs.length, accepted: accepted.length };
  });
  expect(printed).not.toMatch(STACK_TRACE);
  return result;
}

const withApi = (def: ResourceDefinition) => ({ apiVersion: "apps.cozystack.io/v1alpha1", ...def });

// Text mutations: what editors, copy-paste and merges do to a YAML file.
const textMutation = fc.oneof(
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), text: fc.constantFrom(":", "- ", "[", "{", "}", "]", "\t", "\n---\n", "&a ", "*a", "!!binary ", '"', "'", "#", "\u0000", "\uFEFF", "<<: *a\n", "? ", "|", ">-\n", "%YAML 1.1\n", " ", "\n  ", "{{ .Values.x }}", "${var.x}") }),
  fc.record({ op: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant("duplicate-line" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("indent-line" as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ op: fc.constant("swap-lines" as const), at: fc.nat(), with: fc.nat() }),
);
type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateText(text: string, mutations: readonly TextMutation[]): string {
  let out = text;
  for (const m of mutations) {
    const lines = out.split("\n");
    switch (m.op) {
      case "insert": {
        const at = m.at % (out.length + 1);
        out = out.slice(0, at) + m.text + out.slice(at);
        break;
      }
      case "delete": {
        const at = m.at % (out.length + 1);
        out = out.slice(0, at) + out.slice(at + m.length);
        break;
      }
      case "duplicate-line": {
        const i = m.at % lines.length;
        lines.splice(i, 0, lines[i]);
        out = lines.join("\n");
        break;
      }
      case "indent-line": {
        const i = m.at % lines.length;
        lines[i] = m.by >= 0 ? " ".repeat(m.by) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-m.by}}`), "");
        out = lines.join("\n");
        break;
      }
      case "swap-lines": {
        const i = m.at % lines.length;
        const j = m.with % lines.length;
        [lines[i], lines[j]] = [lines[j], lines[i]];
        out = lines.join("\n");
        break;
      }
    }
  }
  return out;
}

const RUNS = 50;

test(
  "generated files of valid resources: every resource read and accepted",
  () => {
    fc.assert(
      fc.property(fc.array(arbitraryDefinition("valid"), { minLength: 1, maxLength: 5 }), (defs) => {
        const unique = defs.map((d, i) => withApi({ ...d, metadata: { ...d.metadata, name: `${d.metadata.name}-${i}` } }));
        expect(checkFile(toYaml(unique))).toEqual({ resources: unique.length, accepted: unique.length });
      }),
      fuzzSettings(RUNS),
    );
  },
  fuzzTimeout(RUNS, 150),
);

test(
  "files of noisy and structurally mutated resources: findings with lines, never an exception",
  () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(arbitraryDefinition("noisy"), fc.tuple(arbitraryDefinition("valid"), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([d, m]) => mutate(d, m))), { minLength: 1, maxLength: 5 }),
        (defs) => {
          checkFile(toYaml(defs.map(withApi)));
        },
      ),
      fuzzSettings(RUNS),
    );
  },
  fuzzTimeout(RUNS, 200),
);

test(
  "text-mutated files: findings with lines, never an exception",
  () => {
    let broken = 0;
    fc.assert(
      fc.property(fc.array(arbitraryDefinition("valid"), { minLength: 1, maxLength: 3 }), fc.array(textMutation, { minLength: 1, maxLength: 4 }), (defs, mutations) => {
        const text = mutateText(toYaml(defs.map(withApi)), mutations);
        const { result } = captureOutput(() => parseManifests(text, FILE));
        if (result.findings.length > 0) broken++;
        checkFile(text);
      }),
      fuzzSettings(RUNS * 2),
    );
    expect(broken).toBeGreaterThan(0);
  },
  fuzzTimeout(RUNS * 2, 200),
);

test(
  "arbitrary text: findings, never an exception",
  () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: fc.constantFrom(..."{}[]:-?&*!|>'\"#%@` \n\tab1") , maxLength: 300 })), (text) => {
        checkFile(text);
      }),
      fuzzSettings(RUNS * 4),
    );
  },
  fuzzTimeout(RUNS * 4, 50),
);
